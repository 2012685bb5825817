using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Frontline.Places;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline places …</c>: look up the gazetteer by name or point, and tag the places a text names.</summary>
internal static class PlacesCommands
{
    private static readonly JsonSerializerOptions _json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Option<string?> _geo = new("--geo")
    {
        Description = "Gazetteer folder (default $FRONTLINE_GEO, ./data/geo or ../shared/data/geo)",
        Recursive = true,
    };

    public static Command Create()
    {
        var places = new Command("places", "Gazetteer: find places by name or point, tag the places a text names");
        places.Options.Add(_geo);
        places.Subcommands.Add(Find());
        places.Subcommands.Add(At());
        places.Subcommands.Add(Tag());
        places.Subcommands.Add(Eval());
        return places;
    }

    private static Command Find()
    {
        var name = new Argument<string>("NAME") { Description = "A name in any script or spelling: Kharkov, Харкові, Kharkiv Oblast, Donbas" };
        var near = new Option<string?>("--near") { Description = "LON,LAT: rank by distance from this point" };
        var oblast = new Option<string?>("--oblast") { Description = "Only entries in this oblast (Kharkiv, Donetsk, Crimea…)" };
        var json = new Option<bool>("--json") { Description = "Write JSON" };
        var cmd = new Command("find", "List gazetteer entries with this name") { name, near, oblast, json };
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (!TryLoad(parse, out var index))
            {
                return 2;
            }
            double? lon = null, lat = null;
            if (parse.GetValue(near) is { } n)
            {
                if (!TryPoint(n, out var x, out var y))
                {
                    parse.InvocationConfiguration.Error.WriteLine($"--near: expected LON,LAT in degrees, got '{n}'");
                    return 2;
                }
                (lon, lat) = (x, y);
            }
            var found = index.Find(parse.GetValue(name) ?? string.Empty, oblast: parse.GetValue(oblast), nearLon: lon, nearLat: lat);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(found.Select(e => Describe(e, lon, lat)), _json));
                return found.Count > 0 ? 0 : 1;
            }
            if (found.Count == 0)
            {
                output.WriteLine("No place of that name.");
                return 1;
            }
            output.WriteLine($"{found.Count} match(es), {(lon is null ? "most prominent first" : "nearest first")}:");
            foreach (var e in found.Take(50))
            {
                output.WriteLine(Line(e, lon, lat));
            }
            if (found.Count > 50)
            {
                output.WriteLine($"… and {found.Count - 50} more (narrow with --oblast or --near)");
            }
            return 0;
        });
        return cmd;
    }

    private static Command At()
    {
        var lon = new Argument<double>("LON") { Description = "Longitude, WGS 84 degrees" };
        var lat = new Argument<double>("LAT") { Description = "Latitude, WGS 84 degrees" };
        var cmd = new Command("at", "Which settlement, raion and oblast a point is in or nearest to") { lon, lat };
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var (x, y) = (parse.GetValue(lon), parse.GetValue(lat));
            if (!double.IsFinite(x) || !double.IsFinite(y) || Math.Abs(x) > 180 || Math.Abs(y) > 90)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Not a point: {x}, {y} (expected LON in -180..180, LAT in -90..90)");
                return 2;
            }
            if (!TryLoad(parse, out var index))
            {
                return 2;
            }
            var paths = GeoDataPaths.Locate(parse.GetValue(_geo));
            var oblast = File.Exists(paths.Oblasts) ? OblastMap.Load(paths.Oblasts).Locate(x, y) : null;
            output.WriteLine(FormattableString.Invariant($"Point {x:0.#####}, {y:0.#####}"));
            output.WriteLine(oblast is null ? "Oblast: outside Ukraine's oblasts (territorial sea included)" : $"Oblast: {oblast.FullName} ({oblast.Name}, {oblast.Iso})");
            if (index.Nearest(x, y) is { } near)
            {
                var s = near.Settlement;
                output.WriteLine(FormattableString.Invariant($"Nearest settlement: {s.Name} ({s.NameUk}), {near.DistanceKm:0.0} km away, gn:{s.GeonameId}"));
                output.WriteLine($"Raion: {s.Raion ?? "unknown"}; settlement's oblast: {s.Oblast ?? "none"}");
            }
            return 0;
        });
        return cmd;
    }

    private static Command Tag()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A UTF-8 text file" };
        var json = new Option<bool>("--json") { Description = "Write the mentions as JSON" };
        var cmd = new Command("tag", "Print the text with its place mentions resolved") { file, json };
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{path.FullName}: no such file");
                return 2;
            }
            if (!TryLoad(parse, out var index))
            {
                return 2;
            }
            var text = File.ReadAllText(path.FullName);
            var mentions = new PlaceTagger(index).Tag(text);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(mentions.Select(m => new
                {
                    m.Start, m.End, m.Text, kind = m.SchemaKind, m.Oblast, id = m.Entry.Id, name = m.Entry.Name,
                    lon = m.Entry.HasPoint ? m.Entry.Lon : (double?)null, lat = m.Entry.HasPoint ? m.Entry.Lat : (double?)null,
                    precision = m.Precision.ToString().ToLowerInvariant(), m.Confidence, ambiguous = m.IsAmbiguous, role = m.Role.ToString().ToLowerInvariant(),
                    candidates = m.IsAmbiguous ? m.Candidates.Take(8).Select(c => new { c.Entry.Id, c.Entry.Name, c.Entry.Oblast, c.Score }) : null,
                }), _json));
                return 0;
            }
            output.WriteLine(Annotate(text, mentions));
            output.WriteLine();
            output.WriteLine($"{mentions.Count} mention(s), {mentions.Count(m => m.IsAmbiguous)} ambiguous, {mentions.Count(m => m.Role == MentionRole.Qualifier)} qualifier(s).");
            return 0;
        });
        return cmd;
    }

    private static Command Eval()
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "A corpus folder with NNN-slug.txt and NNN-slug.claims.json gold files" };
        var scope = new Option<string>("--scope") { Description = "Places of a claim: named in its quote's 'sentence' (default), in the 'quote' alone, 'linked' (quote, else sentence, else what it points back to or, for events, the place the text is about), or 'document' (tagging alone: gold places found anywhere in the document; places tagged in quotes that the annotators name in the document)", DefaultValueFactory = _ => "sentence" };
        var verbose = new Option<bool>("--verbose") { Description = "List every miss and extra" };
        var cmd = new Command("eval", "Recall and precision of place tagging against the gold claims' places") { dir, scope, verbose };
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = parse.GetValue(dir)!;
            if (!folder.Exists)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{folder.FullName}: no such folder");
                return 2;
            }
            if (!TryLoad(parse, out var index))
            {
                return 2;
            }
            var scopeName = parse.GetValue(scope) ?? "sentence";
            if (scopeName is not ("sentence" or "quote" or "linked" or "document"))
            {
                parse.InvocationConfiguration.Error.WriteLine($"--scope {scopeName}: expected sentence, quote, linked or document");
                return 2;
            }
            var score = GoldPlaceScore.Evaluate(index, folder.FullName, scopeName);
            output.WriteLine(FormattableString.Invariant(
                $"{score.Documents} documents, {score.Claims} gold claims, scope {score.Scope}: gold places {score.GoldPlaces}, found {score.Matched}; places predicted {score.FoundPlaces}, right {score.FoundMatched}"));
            output.WriteLine(FormattableString.Invariant($"recall {score.Recall:0.000}  precision {score.Precision:0.000}"));
            if (parse.GetValue(verbose))
            {
                foreach (var m in score.Misses)
                {
                    output.WriteLine("  miss  " + m);
                }
                foreach (var e in score.Extras)
                {
                    output.WriteLine("  extra " + e);
                }
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>The text with each mention followed by what it resolved to: <c>Lyman⟦settlement Lyman, Donetsk · gn:704204 · 0.97⟧</c>.</summary>
    internal static string Annotate(string text, IReadOnlyList<PlaceMention> mentions)
    {
        var sb = new StringBuilder(text.Length * 2);
        var at = 0;
        foreach (var m in mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (m.Start < at)
            {
                continue;
            }
            sb.Append(text, at, m.End - at);
            var where = m.Oblast is null ? string.Empty : ", " + m.Oblast;
            var role = m.Role == MentionRole.Qualifier ? " · qualifier" : string.Empty;
            var ambiguous = m.IsAmbiguous
                ? " · AMBIGUOUS: " + string.Join(" | ", m.Candidates.Take(4).Select(c => $"{c.Entry.Name} ({c.Entry.Oblast ?? "-"})"))
                : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"⟦{m.SchemaKind} {m.Entry.Name}{where} · {m.Entry.Id} · {m.Confidence:0.00}{role}{ambiguous}⟧");
            at = m.End;
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    private static bool TryLoad(ParseResult parse, out PlaceIndex index)
    {
        try
        {
            index = PlaceIndex.Load(GeoDataPaths.Locate(parse.GetValue(_geo)));
            return true;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException or IOException)
        {
            parse.InvocationConfiguration.Error.WriteLine(e.Message);
            index = null!;
            return false;
        }
    }

    private static bool TryPoint(string s, out double lon, out double lat)
    {
        lon = lat = double.NaN;
        var parts = s.Split(',');
        return parts.Length == 2 &&
            double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out lon) &&
            double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out lat) &&
            Math.Abs(lon) <= 180 && Math.Abs(lat) <= 90;
    }

    private static string Line(PlaceEntry e, double? lon, double? lat)
    {
        var point = e.HasPoint ? FormattableString.Invariant($"{e.Lon:0.#####}, {e.Lat:0.#####}") : "no point";
        var dist = lon is { } x && lat is { } y && e.HasPoint ? FormattableString.Invariant($" · {Geometry.Geodesic.DistanceKm(x, y, e.Lon, e.Lat):0.0} km") : string.Empty;
        var pop = e.Population > 0 ? $" · pop {e.Population.ToString("N0", CultureInfo.InvariantCulture)}" : string.Empty;
        var names = string.Join(" / ", new[] { e.NameUk, e.NameRu }.Where(n => n.Length > 0));
        return $"  {e.Kind.ToSchema(),-10} {e.Name}{(names.Length > 0 ? " (" + names + ")" : string.Empty)} · {e.Oblast ?? "-"}{(e.Raion is null ? string.Empty : " · " + e.Raion)} · {point}{pop}{dist} · {e.Id}";
    }

    private static object Describe(PlaceEntry e, double? lon, double? lat) => new
    {
        id = e.Id, kind = e.Kind.ToSchema(), name = e.Name, name_uk = e.NameUk, name_ru = e.NameRu, oblast = e.Oblast, raion = e.Raion,
        lon = e.HasPoint ? e.Lon : (double?)null, lat = e.HasPoint ? e.Lat : (double?)null, population = e.Population, feature_code = e.FeatureCode,
        geonameid = e.GeonameId, katottg = e.Katottg,
        distance_km = lon is { } x && lat is { } y && e.HasPoint ? Math.Round(Geometry.Geodesic.DistanceKm(x, y, e.Lon, e.Lat), 2) : (double?)null,
    };
}

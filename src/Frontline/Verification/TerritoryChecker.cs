using System.Globalization;
using Frontline.Documents;
using Frontline.Maps;
using Frontline.Text;

namespace Frontline.Verification;

/// <summary>Checks one claim about ground against one publisher's maps.</summary>
/// <remarks>
/// Which check runs is decided by what the claim names: a distance (km) is checked against the deepest advance,
/// an area (km²) against the area gained, a count or an oblast against the settlements that changed hands, named
/// settlements by their position before and after, an advance in an oblast by the ground gained there.
/// Tolerances are constants here and printed with every verdict.
/// </remarks>
public sealed class TerritoryChecker(ChangeAnalyzer analyzer)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), Change> _diffs = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, string, string), Advance?> _advances = new();
    private readonly FrontProximity _proximity = new(analyzer);
    private readonly Lazy<HashSet<long>> _frontCities = new(() => analyzer.Terrain.Settlements
        .Where(s => s.FeatureCode is "PPLA" or "PPLC" || s.Population >= FrontCityPopulation).Select(s => s.GeonameId).ToHashSet());

    /// <summary>A measured distance or area within this fraction of the claimed figure agrees with it.</summary>
    public const double FigureTolerance = 0.2;

    /// <summary>How far past a claim a publisher's next map may be and still count (monthly archives).</summary>
    public const int SparseMapDays = 31;

    /// <summary>Ground gained below this (km²) is publishers redrawing, not an advance.</summary>
    public const double MinGainKm2 = 1.0;

    /// <summary>
    /// An advance is measured from the map in force the day before the claim; when that map is older than this, a
    /// publisher's gain would mix in earlier fighting (ISW's maps of 2022-11-08 and 11-16 straddle Kherson's liberation
    /// on 11-11, which a claim of 11-15 is not about), so the publisher does not judge it.
    /// </summary>
    public const int SparsePairDays = 3;

    /// <summary>An advance "near" or "at" named settlements is ground gained within this many km of them.</summary>
    public const double NearKm = 15;

    /// <summary>
    /// An oblast centre (GeoNames PPLA) or a city this large names a front, not a spot: "pushing forward around the port
    /// city of Kherson" (Zelensky, 2022-10-04) meant the Kherson front 40–80 km north of the city. An advance at such a
    /// city is measured over its oblast. (The gazetteer's populations are uneven, Kherson's says 66,000, hence PPLA too.)
    /// </summary>
    public const long FrontCityPopulation = 100_000;

    /// <summary>
    /// A settlement this far from any ground Russia held or contested, on every map from a month before the claim to
    /// the end of its lag, is not where fighting happened: the claim names another place of that name (the
    /// gazetteer has dozens of Pavlivkas) or one no map of control can show. Judging it would turn a linking error
    /// into a verdict, so it is unverifiable, with the distance.
    /// </summary>
    public const double OffFrontKm = 25;

    public static string ToleranceText { get; } = string.Create(CultureInfo.InvariantCulture,
        $"maps may lag a claim by up to {ClaimWindow.LagDays} days; distances and areas agree within ±{FigureTolerance:P0}; gains under {MinGainKm2} km² are redrawing; an advance is measured from a map at most {SparsePairDays} days older than the claim; a withdrawal no map shows yet is not contradicted; an advance near a place counts ground within {NearKm} km of it (in its oblast, for an oblast centre or a city of {FrontCityPopulation:N0} or more); a place {OffFrontKm} km or more from Russian-held or contested ground on every map is not judged; counts compare gazetteer places, which include hamlets");

    /// <summary>What a claim's side expects of a place afterwards: true = held by Russia, false = not held; null when the claim does not say.</summary>
    public static bool? ExpectsHeld(Claim claim) => (claim.Type, claim.Actor) switch
    {
        (ClaimTypes.Control or ClaimTypes.Advance, "UA") => false,
        (ClaimTypes.Control or ClaimTypes.Advance, "RU") => true,
        (ClaimTypes.Withdrawal, "RU") => false,
        (ClaimTypes.Withdrawal, "UA") => true,
        _ => null,
    };

    /// <summary>The side that gains ground if the claim is true.</summary>
    public static string? Gainer(Claim claim) => ExpectsHeld(claim) switch { false => "UA", true => "RU", null => null };

    public (string Check, PublisherFinding Finding) Check(StoredClaim stored, ClaimWindow window, PublisherMaps maps)
    {
        var claim = stored.Claim;
        var oblasts = ClaimOblasts(claim);
        if (claim.Quantities.FirstOrDefault(q => q.Unit == "km" && q.What != "distance") is { } km)
        {
            return ("distance", Distance(claim, window, maps, km, oblasts));
        }
        if (claim.Quantities.FirstOrDefault(q => q.Unit == "km2") is { } km2)
        {
            return ("area", Area(claim, window, maps, km2, oblasts));
        }
        var located = claim.Places.Where(p => p.Kind == "settlement" && p.Lon is not null && p.Lat is not null).ToList();
        // A named place changing hands is checked by its position; an advance "around Kherson" is checked by ground gained there.
        if (located.Count > 0 && claim.Type != ClaimTypes.Advance && claim.Quantities.All(q => q.Unit != "settlements"))
        {
            var taken = located.Where(p => !PlaceRoles.IsReference(claim, p)).ToList();
            return taken.Count > 0
                ? ("settlement", Settlements(claim, window, maps, taken) is var f && taken.Count < located.Count
                    ? f with { Why = f.Why + $"; {string.Join(", ", located.Except(taken).Select(p => p.Name))} named only to locate, not judged" }
                    : f)
                : ("settlement", Finding(maps, Verdicts.Unverifiable,
                    $"the claim names {string.Join(", ", located.Select(p => p.Name))} only as a reference point, a target or a part, not as a place that changed hands", [], null, null));
        }
        var settlements = located;
        if (oblasts.Count > 0 && (claim.Type == ClaimTypes.Control || claim.Quantities.Any(q => q.Unit == "settlements")))
        {
            return ("settlement-count", SettlementCount(claim, window, maps, oblasts));
        }
        if (oblasts.Count > 0)
        {
            return ("advance", Advance(claim, window, maps, oblasts, settlements));
        }
        return ("none", Finding(maps, Verdicts.Unverifiable, "the claim names no place precise enough to look up on a map", [], null, null));
    }

    private PublisherFinding Settlements(Claim claim, ClaimWindow window, PublisherMaps maps, IReadOnlyList<PlaceMention> places)
    {
        if (ExpectsHeld(claim) is not { } expectHeld)
        {
            return Finding(maps, Verdicts.Unverifiable, "the claim does not say which side holds the place afterwards", [], null, null);
        }
        var after = maps.Between(window.From.AddDays(-1), window.LagEnd);
        var before = maps.InForce(window.From.AddDays(-1));
        var late = "";
        if (after.Count == 0 && maps.FirstOnOrAfter(window.From, window.To.AddDays(SparseMapDays)) is { } next)
        {
            // A publisher with monthly maps: the next map within a month is the first that can show the claim.
            after = [next];
            late = $" (this publisher's first map after the claim is {next.AsOf:yyyy-MM-dd})";
        }
        if (after.Count == 0)
        {
            return before is not null && before.AsOf >= window.From.AddDays(-SparseMapDays)
                ? Finding(maps, Verdicts.NotYetVisible, $"this publisher's latest map, {before.AsOf:yyyy-MM-dd}, is older than the claim", [before], null, before.AsOf)
                : Finding(maps, Verdicts.Unverifiable, $"no map of this publisher within {SparseMapDays} days of the claim", [], null, null);
        }
        if (maps.Source == "nzz" && places.All(p => p.Oblast is "Crimea" or "Sevastopol"))
        {
            return Finding(maps, Verdicts.Unverifiable, "NZZ's maps leave Crimea out", [], null, null);
        }
        var used = new List<Snapshot>();
        if (before is not null)
        {
            used.Add(before);
        }
        used.AddRange(after.Where(s => s != before));
        var answers = new List<(string Value, string Why)>();
        foreach (var place in places)
        {
            var (lon, lat) = (place.Lon!.Value, place.Lat!.Value);
            if (OffFront(window, maps, lon, lat) is { } away)
            {
                answers.Add((Verdicts.Unverifiable, away.Describe(place.Name)));
                continue;
            }
            var shown = after.FirstOrDefault(s => analyzer.StatusAt(s, lon, lat) is var st && (expectHeld ? st == "held" : st == "free"));
            if (shown is not null)
            {
                var wasAlready = before is not null && analyzer.StatusAt(before, lon, lat) == analyzer.StatusAt(shown, lon, lat);
                answers.Add((Verdicts.Supported, $"{place.Name} is {(expectHeld ? "held by Russia" : "not held by Russia")} on the map of {shown.AsOf:yyyy-MM-dd}{(wasAlready ? $" (already on {before!.AsOf:yyyy-MM-dd})" : "")}"));
                continue;
            }
            var last = after.LastOrDefault() ?? before!;
            var status = analyzer.StatusAt(last, lon, lat);
            var complete = maps.Latest >= window.LagEnd || late.Length > 0;
            answers.Add(complete && status != "contested"
                ? (Verdicts.Contradicted, $"{place.Name} is still {Describe(status)} on the map of {last.AsOf:yyyy-MM-dd}, {ClaimWindow.LagDays} days after the claim")
                : (Verdicts.NotYetVisible, $"{place.Name} is {Describe(status)} on the latest map checked, {last.AsOf:yyyy-MM-dd}"));
        }
        var judged = answers.Where(a => a.Value != Verdicts.Unverifiable).ToList();
        var value = judged.Count == 0 ? Verdicts.Unverifiable
            : judged.Any(a => a.Value == Verdicts.Contradicted) ? Verdicts.Contradicted
            : judged.All(a => a.Value == Verdicts.Supported) ? Verdicts.Supported : Verdicts.NotYetVisible;
        var checkedUntil = used.Count == 0 ? (DateOnly?)null : used.Max(s => s.AsOf);
        return Finding(maps, value, string.Join("; ", answers.Select(a => a.Why)) + late, used, null, checkedUntil);
    }

    private PublisherFinding SettlementCount(Claim claim, ClaimWindow window, PublisherMaps maps, IReadOnlyCollection<string> oblasts)
    {
        var gainer = Gainer(claim);
        if (gainer is null)
        {
            return Finding(maps, Verdicts.Unverifiable, "the claim does not say which side gained", [], null, null);
        }
        // "Already liberated" looks back: count from a week before the claim to the first map after it.
        var a = maps.InForce(window.From.AddDays(-7));
        var b = maps.FirstOnOrAfter(window.To, window.To.AddDays(3)) ?? maps.InForce(window.To.AddDays(3));
        if (a is null || b is null || a.AsOf >= b.AsOf)
        {
            return Pending(maps, window, a, b, "no pair of maps spans the claim's dates");
        }
        var change = Diff(a, b);
        var changed = change.SettlementsChanged.Where(s => oblasts.Contains(s.Oblast) && s.To == gainer).ToList();
        var claimed = claim.Quantities.FirstOrDefault(q => q.Unit == "settlements");
        var needed = claimed is null ? 1 : (double)claimed.Value * (claimed.Bound == "max" ? 0 : 1 - FigureTolerance);
        var names = string.Join(", ", changed.Take(5).Select(s => s.Name)) + (changed.Count > 5 ? ", …" : "");
        var where = string.Join("/", oblasts);
        var why = string.Create(CultureInfo.InvariantCulture,
            $"{changed.Count} settlement(s) in {where} changed to {gainer} between {a.AsOf:yyyy-MM-dd} and {b.AsOf:yyyy-MM-dd}{(changed.Count > 0 ? $": {names}" : "")}{(claimed is null ? "" : $"; claimed {claimed.Value}{(claimed.Bound is null ? "" : $" ({claimed.Bound})")}")}");
        var value = changed.Count >= Math.Max(needed, claimed is null ? 1 : 0) && changed.Count > 0 ? Verdicts.Supported
            : maps.Latest >= window.LagEnd ? Verdicts.Contradicted : Verdicts.NotYetVisible;
        return Finding(maps, value, why, [a, b], changed.Count, b.AsOf, Command("diff", maps.Source, a.AsOf, b.AsOf));
    }

    private PublisherFinding Distance(Claim claim, ClaimWindow window, PublisherMaps maps, Quantity km, IReadOnlyCollection<string> oblasts)
    {
        var gainer = Gainer(claim) ?? (claim.Actor is "UA" or "RU" ? claim.Actor : null);
        if (gainer is null)
        {
            return Finding(maps, Verdicts.Unverifiable, "the claim does not say which side advanced", [], null, null);
        }
        var (a, b) = Pair(window, maps);
        if (a is null || b is null)
        {
            return Pending(maps, window, a, b, "no pair of maps spans the claim's dates");
        }
        var advance = _advances.GetOrAdd((a.ContentHash, b.ContentHash, gainer, string.Join(",", oblasts)), _ => analyzer.DeepestAdvance(a, b, gainer, oblasts.Count == 0 ? null : oblasts));
        var depth = advance?.DepthKm ?? 0;
        var agrees = Agrees(depth, (double)km.Value, km.Bound);
        var why = string.Create(CultureInfo.InvariantCulture,
            $"deepest {gainer} advance {depth:0.0} km{(advance is null ? "" : $" at {advance.Lon:0.000} E, {advance.Lat:0.000} N")} between {a.AsOf:yyyy-MM-dd} and {b.AsOf:yyyy-MM-dd}{(oblasts.Count > 0 ? $" in {string.Join("/", oblasts)}" : "")}; claimed {Claimed(km)} km");
        return Finding(maps, agrees ? Verdicts.Supported : Verdicts.Contradicted, why, [a, b], depth, b.AsOf, Command("diff", maps.Source, a.AsOf, b.AsOf));
    }

    private PublisherFinding Area(Claim claim, ClaimWindow window, PublisherMaps maps, Quantity km2, IReadOnlyCollection<string> oblasts)
    {
        var gainer = Gainer(claim) ?? (claim.Actor is "UA" or "RU" ? claim.Actor : null);
        if (gainer is null)
        {
            return Finding(maps, Verdicts.Unverifiable, "the claim does not say which side gained", [], null, null);
        }
        // A figure "to date" on one day counts from the start of that month, the usual unit of such tallies.
        var from = window.From == window.To ? new DateOnly(window.From.Year, window.From.Month, 1) : window.From;
        var a = maps.InForce(from);
        var b = maps.FirstOnOrAfter(window.To, window.To.AddDays(3)) ?? maps.InForce(window.To);
        if (a is null || b is null || a.AsOf >= b.AsOf)
        {
            return Pending(maps, window, a, b, "no pair of maps spans the claim's period");
        }
        var change = Diff(a, b);
        var gained = oblasts.Count == 0
            ? (gainer == "UA" ? change.UaGainedKm2 : change.RuGainedKm2)
            : change.ByOblast.Where(o => oblasts.Contains(o.Oblast)).Sum(o => gainer == "UA" ? o.UaGainedKm2 : o.RuGainedKm2);
        var why = string.Create(CultureInfo.InvariantCulture,
            $"{gainer} gained {gained:N0} km² between {a.AsOf:yyyy-MM-dd} and {b.AsOf:yyyy-MM-dd}{(oblasts.Count > 0 ? $" in {string.Join("/", oblasts)}" : "")}; claimed {Claimed(km2)} km²");
        var value = Agrees(gained, (double)km2.Value, km2.Bound) ? Verdicts.Supported
            : maps.Latest >= window.LagEnd || gained > (double)km2.Value ? Verdicts.Contradicted : Verdicts.NotYetVisible;
        return Finding(maps, value, why, [a, b], gained, b.AsOf, Command("diff", maps.Source, a.AsOf, b.AsOf));
    }

    private PublisherFinding Advance(Claim claim, ClaimWindow window, PublisherMaps maps, IReadOnlyCollection<string> oblasts, IReadOnlyList<PlaceMention> settlements)
    {
        var gainer = Gainer(claim);
        if (gainer is null)
        {
            return Finding(maps, Verdicts.Unverifiable, "the claim does not say which side advanced", [], null, null);
        }
        // Named settlements narrow "advanced near Avdiivka" to the ground around them; places far from any fighting
        // (another place of the same name) are left out, and if all are, the oblasts stand alone.
        var near = settlements.Where(p => !IsFrontCity(p) && OffFront(window, maps, p.Lon!.Value, p.Lat!.Value) is null).ToList();
        var points = near.Select(p => (p.Lon!.Value, p.Lat!.Value)).ToList();
        var where = near.Count > 0 ? $"within {NearKm:0} km of {string.Join("/", near.Select(p => p.Name))}" : $"in {string.Join("/", oblasts)}";
        double Gained(Change change) => near.Count > 0
            ? _proximity.GainedNear(change, gainer, points, NearKm)
            : change.ByOblast.Where(o => oblasts.Contains(o.Oblast)).Sum(o => gainer == "UA" ? o.UaGainedKm2 : o.RuGainedKm2);

        var a = maps.InForce(window.From.AddDays(-1));
        var b = maps.FirstOnOrAfter(window.To, window.LagEnd);
        if (a is null || b is null || a.AsOf >= b.AsOf)
        {
            return Pending(maps, window, a, b, "no pair of maps spans the claim's dates");
        }
        if (window.From.AddDays(-1).DayNumber - a.AsOf.DayNumber > SparsePairDays)
        {
            return Finding(maps, Verdicts.Unverifiable, string.Create(CultureInfo.InvariantCulture,
                $"this publisher's last map before the claim is {a.AsOf:yyyy-MM-dd}: ground gained since then would mix earlier fighting into the claim's"), [a], null, null);
        }
        var gained = Gained(Diff(a, b));
        // Maps lag claims: ground not yet shown on the first map after the claim may appear by the end of the lag.
        var last = maps.InForce(window.LagEnd);
        var late = "";
        if (gained < MinGainKm2 && last is not null && last.AsOf > b.AsOf)
        {
            var later = Gained(Diff(a, last));
            if (later >= MinGainKm2 || maps.Latest >= window.LagEnd)
            {
                (b, gained) = (last, later);
                late = later >= MinGainKm2 ? $" (shown within {ClaimWindow.LagDays} days of the claim)" : "";
            }
        }
        var why = string.Create(CultureInfo.InvariantCulture,
            $"{gainer} gained {gained:N1} km² {where} between {a.AsOf:yyyy-MM-dd} and {b.AsOf:yyyy-MM-dd}{late}");
        // A withdrawal shows on a map of control only once the other side moves in or the publisher redraws the line:
        // no ground gained does not say the withdrawal did not happen.
        var value = gained >= MinGainKm2 ? Verdicts.Supported
            : maps.Latest >= window.LagEnd && claim.Type != ClaimTypes.Withdrawal ? Verdicts.Contradicted : Verdicts.NotYetVisible;
        return Finding(maps, value, why, [a, b], gained, b.AsOf, Command("diff", maps.Source, a.AsOf, b.AsOf));
    }

    private bool IsFrontCity(PlaceMention place) =>
        place.GazetteerId is { } id && _frontCities.Value.Contains(id);

    /// <summary>How far a place stayed from the fighting, when it stayed at least <see cref="OffFrontKm"/> away on every map around the claim.</summary>
    private OffFrontPlace? OffFront(ClaimWindow window, PublisherMaps maps, double lon, double lat)
    {
        var looked = new List<Snapshot>();
        if (maps.InForce(window.From.AddDays(-SparseMapDays)) is { } first)
        {
            looked.Add(first);
        }
        looked.AddRange(maps.Between(window.From.AddDays(-SparseMapDays), window.LagEnd).Where(s => !looked.Contains(s)));
        if (looked.Count == 0)
        {
            return null;
        }
        var nearest = double.MaxValue;
        foreach (var s in looked)
        {
            nearest = Math.Min(nearest, _proximity.KmToOccupied(s, lon, lat));
            if (nearest < OffFrontKm)
            {
                return null;
            }
        }
        return new OffFrontPlace(nearest, looked[0].AsOf, looked[^1].AsOf);
    }

    private sealed record OffFrontPlace(double Km, DateOnly From, DateOnly To)
    {
        public string Describe(string name) => string.Create(CultureInfo.InvariantCulture,
            $"{name} lies {Km:0} km or more from ground Russia held or contested on every map from {From:yyyy-MM-dd} to {To:yyyy-MM-dd}: not judged (probably another place of that name)");
    }

    /// <summary>Many claims share a pair of maps: each pair is measured once.</summary>
    private Change Diff(Snapshot a, Snapshot b) => _diffs.GetOrAdd((a.ContentHash, b.ContentHash), _ => analyzer.Diff(a, b, a.AsOf, b.AsOf));

    /// <summary>The maps around a claim's days: in force on the first day (the day before, for a one-day claim), and the first on or after the last.</summary>
    private static (Snapshot? A, Snapshot? B) Pair(ClaimWindow window, PublisherMaps maps)
    {
        var a = maps.InForce(window.From == window.To ? window.From.AddDays(-1) : window.From);
        var b = maps.FirstOnOrAfter(window.To, window.LagEnd);
        return a is not null && b is not null && a.AsOf < b.AsOf ? (a, b) : (a, null);
    }

    private static bool Agrees(double measured, double claimed, string? bound) => bound switch
    {
        "min" => measured >= claimed * (1 - FigureTolerance),
        "max" => measured <= claimed * (1 + FigureTolerance),
        _ => Math.Abs(measured - claimed) <= claimed * FigureTolerance,
    };

    private static string Claimed(Quantity q) => q.Bound switch
    {
        "min" => $"at least {q.Value.ToString(CultureInfo.InvariantCulture)}",
        "max" => $"at most {q.Value.ToString(CultureInfo.InvariantCulture)}",
        _ => q.Value.ToString(CultureInfo.InvariantCulture),
    };

    private static PublisherFinding Pending(PublisherMaps maps, ClaimWindow window, Snapshot? a, Snapshot? b, string why)
    {
        var used = new[] { a, b }.OfType<Snapshot>().Distinct().ToList();
        return maps.Latest is { } latest && latest >= window.From.AddDays(-31) && latest < window.LagEnd
            ? Finding(maps, Verdicts.NotYetVisible, $"{why}; latest map {latest:yyyy-MM-dd}", used, null, latest)
            : Finding(maps, Verdicts.Unverifiable, why, used, null, null);
    }

    private static PublisherFinding Finding(PublisherMaps maps, string value, string why, IReadOnlyList<Snapshot> used, double? figure, DateOnly? until, string? command = null) =>
        new(maps.Source, value, why, used.Select(PublisherMaps.Describe).ToList(), figure, until, command);

    private static string Command(string verb, string source, DateOnly a, DateOnly b) =>
        string.Create(CultureInfo.InvariantCulture, $"frontline maps {verb} --source {source} --from {a:yyyy-MM-dd} --to {b:yyyy-MM-dd}");

    private static string Describe(string status) => status switch { "held" => "held by Russia", "contested" => "contested (grey zone)", _ => "not held by Russia" };

    /// <summary>The oblasts a claim is about: its oblast-level places, the oblasts of its named places, and regions mapped to oblasts.</summary>
    public static IReadOnlyCollection<string> ClaimOblasts(Claim claim)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in claim.Places)
        {
            if (p.Kind is "oblast" or "raion" or "settlement" or "river" or "facility" && p.Oblast is { } o)
            {
                set.Add(o);
            }
            else if (p.Kind == "region" && Regions.Oblasts(p.Name) is { } r)
            {
                set.UnionWith(r);
            }
        }
        return set;
    }
}

using System.Diagnostics;
using System.Globalization;

namespace Frontline.Places;

/// <summary>Builds a <see cref="PlaceIndex"/>: entries from the gazetteer files and the built-in tables, and every folded name form pointing at them.</summary>
internal sealed class PlaceIndexBuilder
{
    private const int MaxNameWords = 8;
    private readonly List<PlaceEntry> _entries = new(36_000);
    // About 73,000 folded forms for the shipped gazetteer; a larger table only costs zeroing.
    private readonly Dictionary<string, List<Posting>> _names = new(100_000, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _oblastByGazetteerName = new(StringComparer.Ordinal);

    public void AddSettlements(IReadOnlyList<Settlement> rows)
    {
        foreach (var s in rows)
        {
            var id = _entries.Count;
            _entries.Add(new PlaceEntry("gn:" + s.GeonameId.ToString(CultureInfo.InvariantCulture), PlaceKind.Settlement, s.Name, s.NameUk, s.NameRu,
                PlaceEntry.ShortOblast(s.Oblast), s.Raion.Length == 0 ? null : s.Raion, s.Lon, s.Lat, s.GeonameId,
                s.Katottg.Length == 0 ? null : s.Katottg, s.Population, s.FeatureCode));
            Add(s.Name, id, NameForm.Primary);
            Add(s.NameUk, id, NameForm.Primary);
            Add(s.NameRu, id, NameForm.Primary);
            Add(s.NameUkLatn, id, NameForm.Primary);
            // Latin variants of small villages are mostly other romanisations that collide with people's names and English words
            // (Putin, Oleg, Port); their own names and Cyrillic variants are kept.
            var minor = s.Population < 1000 && !s.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal);
            foreach (var alt in s.AltNames)
            {
                if (!(minor && !IsCyrillic(alt) && !alt.Contains(' ', StringComparison.Ordinal)))
                {
                    Add(alt, id, NameForm.Alternate);
                }
            }
        }
    }

    /// <summary>The codifier's oblast and raion rows (levels 1 and 2), read in one pass: the 31,000 lower-level rows are skipped before they are split.</summary>
    /// <returns>Columns katottg, level, category, name_uk, name_latn, oblast, lat, lon, geonameid.</returns>
    public static List<string[]> ReadKatottgTop(string katottgFile) =>
        ReadTsv(katottgFile, static line => LevelOf(line) is '1' or '2', "katottg", "level", "category", "name_uk", "name_latn", "oblast", "lat", "lon", "geonameid").ToList();

    /// <summary>The level digit of a codifier row (second column), or '\0'.</summary>
    private static char LevelOf(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        return tab >= 0 && tab + 2 < line.Length && line[tab + 2] == '\t' ? line[tab + 1] : '\0';
    }

    /// <summary>Oblasts from the codifier (level 1) when given, else from the built-in table with the mean point of their settlements.</summary>
    /// <param name="katottg">Rows of <see cref="ReadKatottgTop"/>, or null.</param>
    public void AddOblasts(List<string[]>? katottg)
    {
        var fromFile = new Dictionary<string, (string Code, string Uk, double Lon, double Lat)>(StringComparer.Ordinal);
        foreach (var f in katottg ?? [])
        {
            if (f[1] == "1" && f[2] == "oblast")
            {
                fromFile[f[5]] = (f[0], f[3], ParseOr(f[7]), ParseOr(f[6]));
            }
        }
        foreach (var line in Lines(BuiltinNames.Oblasts))
        {
            var c = line.Split(';');
            var gazetteerName = c[0];
            var shortName = PlaceEntry.ShortOblast(gazetteerName)!;
            var (code, uk, lon, lat) = fromFile.TryGetValue(gazetteerName, out var v) ? v : (string.Empty, string.Empty, double.NaN, double.NaN);
            if (double.IsNaN(lon))
            {
                (lon, lat) = MeanPoint(shortName);
            }
            var id = _entries.Count;
            _entries.Add(new PlaceEntry("oblast:" + shortName, PlaceKind.Oblast, gazetteerName, uk.Length > 0 ? uk + " область" : string.Empty,
                string.Empty, shortName, null, lon, lat, null, code.Length == 0 ? null : code, 0, string.Empty));
            _oblastByGazetteerName[gazetteerName] = id;
            AddOblastForms(id, c[1], c[2], c[3], c[4], c[5]);
        }
        foreach (var line in Lines(BuiltinNames.ForeignOblasts))
        {
            var c = line.Split(';');
            var id = _entries.Count;
            _entries.Add(new PlaceEntry("oblast:ru-" + c[0], PlaceKind.Oblast, c[1], string.Empty, string.Empty, null, null, double.NaN, double.NaN,
                null, null, 0, string.Empty));
            AddOblastForms(id, c[2], c[3], c[4], string.Empty, string.Empty);
        }
    }

    /// <summary>Raions (level 2 of the codifier): "Kupianskyi raion", "Kupiansk district", "Куп’янський район".</summary>
    /// <param name="katottg">Rows of <see cref="ReadKatottgTop"/>.</param>
    public void AddRaions(List<string[]> katottg)
    {
        foreach (var f in katottg)
        {
            if (f[1] != "2")
            {
                continue;
            }
            var id = _entries.Count;
            _entries.Add(new PlaceEntry("katottg:" + f[0], PlaceKind.Raion, f[4] + " Raion", f[3] + " район", string.Empty,
                PlaceEntry.ShortOblast(f[5]), f[4], ParseOr(f[7]), ParseOr(f[6]),
                long.TryParse(f[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) ? g : null, f[0], 0, string.Empty));
            var latn = f[4];
            Add(latn, id, NameForm.RaionBase);
            // Kupianskyi → Kupiansk, Bakhmutskyi → Bakhmut: the press writes the raion centre's name before "Raion".
            if (latn.EndsWith("yi", StringComparison.Ordinal) && latn.Length > 6)
            {
                Add(latn[..^2], id, NameForm.RaionBase);
            }
            if (latn.EndsWith("skyi", StringComparison.Ordinal) && latn.Length > 8)
            {
                Add(latn[..^4], id, NameForm.RaionBase);
            }
            // Куп’янський → stem куп’янськ (+ий, -ому, -ого… and район).
            if (f[3].EndsWith("ий", StringComparison.Ordinal))
            {
                Add(f[3][..^2], id, NameForm.AdjectiveStem);
            }
        }
    }

    public void AddBuiltins()
    {
        foreach (var line in Lines(BuiltinNames.Areas))
        {
            var c = line.Split(';');
            var kind = c[1] == "Suppress" ? PlaceKind.Region : Enum.Parse<PlaceKind>(c[1]);
            var id = _entries.Count;
            _entries.Add(new PlaceEntry(c[0], kind, c[2], string.Empty, string.Empty, c[3].Length == 0 ? null : c[3], null,
                ParseOr(c[4]), ParseOr(c[5]), null, null, 0, string.Empty));
            var form = c[1] switch
            {
                "Suppress" => NameForm.Suppress,
                "Settlement" => NameForm.Primary,
                _ => NameForm.Phrase,
            };
            foreach (var name in c[6].Split('|'))
            {
                if (name.StartsWith('='))
                {
                    Add(name[1..], id, NameForm.LookupOnly);
                }
                else
                {
                    Add(name, id, form);
                }
            }
        }
        foreach (var line in Lines(BuiltinNames.Rivers))
        {
            var c = line.Split(';');
            var forms = c[2].Split('|');
            var id = _entries.Count;
            _entries.Add(new PlaceEntry("river:" + c[0], PlaceKind.River, c[1], forms.FirstOrDefault(IsCyrillic) ?? string.Empty, string.Empty,
                null, null, double.NaN, double.NaN, null, null, 0, string.Empty));
            foreach (var name in forms)
            {
                Add(name, id, NameForm.River);
            }
        }
    }

    /// <summary>Streams and reservoirs (GeoNames STM, RSV) from the other-features file; tagged only with "river"/"reservoir" beside them.</summary>
    public void AddMinorRivers(string otherFeaturesFile)
    {
        // Only streams and reservoirs are indexed: the other 8,000 rows (streets, bays, hills) are skipped before they are split.
        foreach (var f in ReadTsv(otherFeaturesFile, static line => line.Contains("\tSTM\t", StringComparison.Ordinal) || line.Contains("\tRSV\t", StringComparison.Ordinal), "geonameid", "name", "asciiname", "name_uk", "name_ru", "feature_code", "oblast", "lat", "lon"))
        {
            if (f[5] is not ("STM" or "RSV"))
            {
                continue;
            }
            var id = _entries.Count;
            _entries.Add(new PlaceEntry("gn:" + f[0], PlaceKind.River, f[1], f[3], f[4], PlaceEntry.ShortOblast(f[6]), null, ParseOr(f[8]), ParseOr(f[7]),
                long.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) ? g : null, null, 0, f[5]));
            for (var k = 1; k <= 4; k++)
            {
                Add(f[k], id, NameForm.MinorRiver);
            }
        }
    }

    public PlaceIndex Build(Stopwatch clock)
    {
        var names = new Dictionary<string, Posting[]>(_names.Count, StringComparer.Ordinal);
        var first = new Dictionary<string, byte>(_names.Count / 2, StringComparer.Ordinal);
        var phraseFirst = new Dictionary<string, byte>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, list) in _names)
        {
            names[key] = [.. list];
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            var head = space < 0 ? key : key[..space];
            var words = (byte)(key.AsSpan().Count(' ') + 1);
            if (!first.TryGetValue(head, out var n) || n < words)
            {
                first[head] = words;
            }
            for (var at = key.IndexOf(' ', space + 1); words > 1; at = key.IndexOf(' ', at + 1))
            {
                prefixes.Add(at < 0 ? key : key[..at]);
                if (at < 0)
                {
                    break;
                }
            }
            if (words > 1 && list.Exists(p => p.Form is NameForm.Phrase or NameForm.LookupOnly) &&
                (!phraseFirst.TryGetValue(head, out var m) || m < words))
            {
                phraseFirst[head] = words;
            }
        }
        return new PlaceIndex(_entries, names, first, phraseFirst, prefixes, clock.Elapsed);
    }

    private void AddOblastForms(int id, string bases, string ukStems, string ruStems, string shchyna, string standalone)
    {
        foreach (var b in Split(bases))
        {
            Add(b, id, NameForm.OblastBase);
        }
        foreach (var s in Split(ukStems).Concat(Split(ruStems)))
        {
            Add(s, id, NameForm.AdjectiveStem);
        }
        foreach (var s in Split(shchyna))
        {
            Add(s, id, IsCyrillic(s) ? NameForm.ShchynaStem : NameForm.OblastName);
            if (IsCyrillic(s) && s.EndsWith('н'))
            {
                Add(s + "а", id, NameForm.OblastName); // the nominative: Харківщина
            }
        }
        foreach (var s in Split(standalone))
        {
            Add(s, id, NameForm.OblastName);
        }
    }

    private void Add(string name, int entry, NameForm form)
    {
        if (name.Length < 2 || name.Length > 80 || !NameFolding.IsLatinOrCyrillic(name))
        {
            return;
        }
        var key = NameFolding.Key(name);
        if (form is NameForm.Primary or NameForm.Alternate && BuiltinNames.NotPlaces.Contains(key))
        {
            return;
        }
        if (key.Length < 3 && form is not (NameForm.Phrase or NameForm.Suppress or NameForm.River) || !IsIndexable(key))
        {
            return;
        }
        if (!_names.TryGetValue(key, out var list))
        {
            _names[key] = list = new List<Posting>(1);
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Entry == entry)
            {
                if (form < list[i].Form)
                {
                    list[i] = new Posting(entry, form);
                }
                return;
            }
        }
        list.Add(new Posting(entry, form));
    }

    /// <summary>Latin or Cyrillic letters, digits and spaces only, at most a few words: other scripts never occur in the reports we read.</summary>
    private static bool IsIndexable(string key)
    {
        var words = 1;
        var letters = false;
        foreach (var c in key)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (c is >= 'a' and <= 'z' || NameFolding.IsCyrillic(c))
            {
                letters = true;
            }
            else if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return letters && words <= MaxNameWords;
    }

    private static bool IsCyrillic(string s) => s.Any(c => c is >= '\u0400' and <= '\u04FF');

    private (double Lon, double Lat) MeanPoint(string shortOblast)
    {
        double x = 0, y = 0;
        var n = 0;
        foreach (var e in _entries)
        {
            if (e.Kind == PlaceKind.Settlement && e.Oblast == shortOblast && e.HasPoint)
            {
                x += e.Lon;
                y += e.Lat;
                n++;
            }
        }
        return n == 0 ? (double.NaN, double.NaN) : (x / n, y / n);
    }

    private static IEnumerable<string> Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string> Lines(string table) =>
        table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double ParseOr(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;

    /// <summary>Rows of a tab-separated file with a header, as the named columns in the order asked.</summary>
    /// <param name="keep">A cheap test on the raw line; rows it rejects are neither split nor checked.</param>
    private static IEnumerable<string[]> ReadTsv(string path, Func<string, bool> keep, params string[] columns)
    {
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file")).Split('\t');
        var idx = columns.Select(c => Array.IndexOf(header, c) is var i and >= 0
            ? i : throw new InvalidDataException($"{path}: line 1: missing column '{c}'")).ToArray();
        var lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || !keep(line))
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != header.Length)
            {
                throw new InvalidDataException($"{path}: line {lineNo}: expected {header.Length} tab-separated fields, found {f.Length}");
            }
            var row = new string[idx.Length];
            for (var c = 0; c < idx.Length; c++)
            {
                row[c] = f[idx[c]];
            }
            yield return row;
        }
    }
}

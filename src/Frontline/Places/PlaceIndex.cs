using System.Diagnostics;
using Frontline.Geometry;

namespace Frontline.Places;

/// <summary>The gazetteer in memory: every entry and every folded form of its names, for tagging text and for look-ups by name or point.</summary>
/// <remarks>Immutable after <see cref="Load(GeoDataPaths)"/>; safe to share between threads.</remarks>
public sealed class PlaceIndex
{
    private readonly Dictionary<string, Posting[]>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _phraseFirstWords;
    private readonly bool[] _phraseInitials;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly Dictionary<string, PlaceEntry> _byId;
    private readonly Dictionary<string, PlaceEntry> _oblastsByShort;
    private readonly Dictionary<string, int> _oblastIndex = new(StringComparer.Ordinal);

    internal PlaceIndex(List<PlaceEntry> entries, Dictionary<string, Posting[]> names, Dictionary<string, byte> firstWords,
        Dictionary<string, byte> phraseFirstWords, HashSet<string> prefixes, TimeSpan buildTime)
    {
        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseFirstWords = phraseFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        // Most lower-case words cannot start a phrase: a table of first letters saves the hash look-up.
        _phraseInitials = new bool[char.MaxValue + 1];
        foreach (var w in phraseFirstWords.Keys)
        {
            _phraseInitials[Initials(w)] = true;
        }
        Priors = entries.Select(PlaceScoring.Prior).ToArray();
        Entries = entries;
        _names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        NameCount = names.Count;
        BuildTime = buildTime;
        _byId = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        _oblastsByShort = new Dictionary<string, PlaceEntry>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            _byId.TryAdd(e.Id, e);
            if (e.Kind == PlaceKind.Oblast && e.Oblast is { } o && e.Id.StartsWith("oblast:", StringComparison.Ordinal))
            {
                _oblastsByShort.TryAdd(o, e);
                _oblastIndex.TryAdd(o, i);
            }
        }
    }

    /// <summary>Every entry: settlements, raions, oblasts, rivers, regions, facilities, countries.</summary>
    public IReadOnlyList<PlaceEntry> Entries { get; }

    /// <summary>How many distinct folded name forms are indexed.</summary>
    public int NameCount { get; }

    /// <summary>Wall time the load took.</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>Loads the gazetteer folder: settlements, the KATOTTG codifier (oblasts, raions) and other features (rivers, reservoirs) when present.</summary>
    /// <exception cref="InvalidDataException">A file is malformed; the message names the file and line.</exception>
    public static PlaceIndex Load(GeoDataPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Load(paths.Settlements, File.Exists(paths.Katottg) ? paths.Katottg : null, File.Exists(paths.OtherFeatures) ? paths.OtherFeatures : null);
    }

    /// <summary>Loads a user's own gazetteer: a settlements file in the shape of <c>ua_settlements.tsv</c>, optionally the codifier and other features.</summary>
    /// <exception cref="InvalidDataException">A file is malformed; the message names the file and line.</exception>
    public static PlaceIndex Load(string settlementsFile, string? katottgFile = null, string? otherFeaturesFile = null)
    {
        var clock = Stopwatch.StartNew();
        var builder = new PlaceIndexBuilder();
        builder.AddSettlements(SettlementFile.Read(settlementsFile));
        var katottg = katottgFile is null ? null : PlaceIndexBuilder.ReadKatottgTop(katottgFile);
        builder.AddOblasts(katottg);
        if (katottg is not null)
        {
            builder.AddRaions(katottg);
        }
        builder.AddBuiltins();
        if (otherFeaturesFile is not null)
        {
            builder.AddMinorRivers(otherFeaturesFile);
        }
        return builder.Build(clock);
    }

    /// <summary>The entry with this id (<c>gn:704204</c>, <c>oblast:UA-63</c>…), or null.</summary>
    public PlaceEntry? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The oblast entry for a short English name ("Kharkiv", "Crimea"), or null. "Kyiv" is Kyiv Oblast.</summary>
    public PlaceEntry? Oblast(string shortName) => _oblastsByShort.GetValueOrDefault(shortName);

    /// <summary>Every entry one of whose names is <paramref name="name"/> (any script, case, transliteration, Ukrainian or Russian case ending, or a phrase like "Kharkiv Oblast"), best first.</summary>
    /// <param name="kind">Only entries of this kind.</param>
    /// <param name="oblast">Only entries in this oblast (short English name).</param>
    /// <param name="nearLon">With <paramref name="nearLat"/>: rank by distance from this point instead of by prominence.</param>
    /// <param name="nearLat">Latitude of that point.</param>
    public IReadOnlyList<PlaceEntry> Find(string name, PlaceKind? kind = null, string? oblast = null, double? nearLon = null, double? nearLat = null)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 300)
        {
            return [];
        }
        var key = NameFolding.Key(name);
        var list = new List<PlaceEntry>();
        // The tagger reads "Kharkiv Oblast", "Харківщині", "Bakhmut direction" as a whole; its candidates come first, best first.
        var trimmed = name.Trim();
        foreach (var m in new PlaceTagger(this).Tag(trimmed))
        {
            if (m.End - m.Start >= trimmed.Length * 2 / 3)
            {
                if (m.Entry.Id.StartsWith("direction:", StringComparison.Ordinal))
                {
                    list.Add(m.Entry);
                }
                else
                {
                    list.AddRange(m.Candidates.Select(c => c.Entry));
                }
            }
        }
        var found = new HashSet<int>();
        if (Lookup(key) is { } postings)
        {
            foreach (var p in postings)
            {
                found.Add(p.Entry);
            }
        }
        if (found.Count == 0)
        {
            foreach (var candidate in CyrillicForms.Nominatives(key))
            {
                if (Lookup(candidate) is { } more)
                {
                    foreach (var p in more)
                    {
                        if (p.Form is NameForm.Primary or NameForm.Alternate)
                        {
                            found.Add(p.Entry);
                        }
                    }
                }
            }
        }
        var ranked = list.Count > 0;
        list = list.Concat(found.Select(i => Entries[i]).OrderByDescending(PlaceScoring.Prior).ThenBy(e => e.Id, StringComparer.Ordinal)).Distinct().ToList();
        IEnumerable<PlaceEntry> q = list;
        if (kind is { } k)
        {
            q = q.Where(e => e.Kind == k);
        }
        if (!string.IsNullOrWhiteSpace(oblast))
        {
            var o = EntryOblast(oblast);
            q = q.Where(e => string.Equals(e.Oblast, o, StringComparison.OrdinalIgnoreCase));
        }
        if (nearLon is { } x && nearLat is { } y)
        {
            return q.OrderBy(e => e.HasPoint ? Geodesic.DistanceKm(x, y, e.Lon, e.Lat) : double.MaxValue).ToList();
        }
        return ranked ? q.ToList() : q.OrderByDescending(PlaceScoring.Prior).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The current settlement nearest to a point (WGS 84), with its geodesic distance in km; null when the index has no settlement with coordinates.</summary>
    public (PlaceEntry Settlement, double DistanceKm)? Nearest(double lon, double lat)
    {
        PlaceEntry? best = null;
        var bestD = double.MaxValue;
        var cosLat = Math.Cos(lat * Math.PI / 180);
        foreach (var e in Entries)
        {
            if (e.Kind != PlaceKind.Settlement || !e.HasPoint || !e.IsCurrent || e.GeonameId is null)
            {
                continue;
            }
            var dx = (e.Lon - lon) * cosLat;
            var dy = e.Lat - lat;
            var d = (dx * dx) + (dy * dy);
            if (d < bestD)
            {
                bestD = d;
                best = e;
            }
        }
        return best is null ? null : (best, Geodesic.DistanceKm(lon, lat, best.Lon, best.Lat));
    }

    /// <summary>Position in <see cref="Entries"/> of the oblast with this short name; -1 when none.</summary>
    internal int OblastIndex(string? shortName) => shortName is not null && _oblastIndex.TryGetValue(shortName, out var i) ? i : -1;

    /// <summary>True when some indexed name of two or more words starts with these folded words.</summary>
    internal bool IsPrefix(ReadOnlySpan<char> words) => _prefixes.Contains(words);

    internal Posting[]? Lookup(ReadOnlySpan<char> folded) => _names.TryGetValue(folded, out var p) ? p : null;

    /// <summary>The longest indexed name, in words, that starts with this folded word; 0 when none does.</summary>
    internal int MaxWords(ReadOnlySpan<char> firstWord) => _firstWords.TryGetValue(firstWord, out var n) ? n : 0;

    /// <summary>As <see cref="MaxWords"/> for names that may start with a small letter ("southern Ukraine", "the south"): a word in lower case can only start one of these.</summary>
    internal int MaxPhraseWords(ReadOnlySpan<char> firstWord) =>
        firstWord.Length > 0 && _phraseInitials[Initials(firstWord)] && _phraseFirstWords.TryGetValue(firstWord, out var n) ? n : 0;

    /// <summary>The prior score of each entry, by position in <see cref="Entries"/>, computed once.</summary>
    internal double[] Priors { get; }

    /// <summary>A 16-bit hash of a word's first two letters, for the phrase pre-filter.</summary>
    private static int Initials(ReadOnlySpan<char> w) => (w[0] * 31 + (w.Length > 1 ? w[1] : ' ')) & 0xFFFF;

    /// <summary>"Kharkiv Oblast", "Kharkiv" → "Kharkiv"; "Autonomous Republic of Crimea" → "Crimea".</summary>
    private static string EntryOblast(string oblast)
    {
        var s = PlaceEntry.ShortOblast(oblast.Trim()) ?? oblast.Trim();
        return s.EndsWith(" oblast", StringComparison.OrdinalIgnoreCase) ? s[..^7] : s;
    }
}

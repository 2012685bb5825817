using System.Text.RegularExpressions;
using Frontline.Places;

namespace Frontline.Text;

/// <summary>Finds places with the oblast/region/river/facility lexicon and the settlement gazetteer; picks the most populous namesake.</summary>
/// <remarks>
/// Settlements are matched on capitalised words (one to three, hyphens kept) against every name form of the
/// gazetteer (English, Ukrainian, Russian, alternates) and the Cyrillic nominative after stripping common case endings.
/// </remarks>
public sealed partial class GazetteerPlaceLinker : IPlaceLinker
{
    private readonly Dictionary<string, Settlement> _byName;

    public GazetteerPlaceLinker(IEnumerable<Settlement> settlements)
    {
        _byName = new Dictionary<string, Settlement>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in settlements.Where(s => s.IsCurrent && s.Oblast.Length > 0))
        {
            foreach (var name in s.AltNames.Append(s.Name).Append(s.NameUk).Append(s.NameRu))
            {
                if (name.Length >= 3 && (!_byName.TryGetValue(name, out var old) || Rank(s) > Rank(old)))
                {
                    _byName[name] = s;
                }
            }
        }
    }

    /// <summary>Loads <c>ua_settlements.tsv</c> from the geo folder.</summary>
    public static GazetteerPlaceLinker Load(GeoDataPaths paths) => new(SettlementFile.Read(paths.Settlements));

    public IReadOnlyList<PlaceMention> Find(string text, int start, int end)
    {
        var found = new List<PlaceMention>();
        var slice = text[start..end];
        void Add(int s, int e, string name, string kind, string? oblast, Settlement? at = null)
        {
            var span = new TextSpan(start + s, start + e);
            if (found.Exists(f => f.Span.Overlap(span) > 0))
            {
                return;
            }
            found.Add(new PlaceMention(name, kind, oblast, span, at?.GeonameId, at?.Lon, at?.Lat));
        }
        foreach (var (pattern, name, oblast) in PlaceLexicon.Facilities)
        {
            foreach (Match m in pattern.Matches(slice))
            {
                Add(m.Index, m.Index + m.Length, name, "facility", oblast);
            }
        }
        foreach (Match m in PlaceLexicon.River().Matches(slice))
        {
            var river = m.Groups["r"].Success ? m.Groups["r"].Value : m.Value;
            Add(m.Index, m.Index + m.Length, river, "river", RiverOblast(river, text));
        }
        foreach (Match m in PlaceLexicon.EnglishOblast().Matches(slice))
        {
            foreach (var g in new[] { m.Groups["a"], m.Groups["b"] }.Where(g => g.Success))
            {
                var oblast = OblastNames.ByEnglish(g.Value);
                var russian = OblastNames.RussianEnglish.Contains(g.Value);
                if (oblast is null && !russian)
                {
                    continue;
                }
                var word = m.Groups["w"].Success ? m.Groups["w"].Value.TrimEnd('s') : "region";
                Add(g.Index, m.Index + m.Length, $"{g.Value} {word}", "oblast", oblast);
            }
        }
        foreach (Match m in PlaceLexicon.CyrillicOblast().Matches(slice))
        {
            var stem = m.Groups["a"].Value;
            var nominative = m.Groups["e"].Value.StartsWith('ц') ? "цька" : "ська";
            var russian = m.Groups["e"].Value.EndsWith("ая", StringComparison.Ordinal) || m.Groups["e"].Value.EndsWith("ой", StringComparison.Ordinal);
            Add(m.Index, m.Index + m.Length, stem + (russian ? nominative[..^1] + "ая область" : nominative + " область"), "oblast", OblastNames.ByStem(stem + m.Groups["e"].Value));
        }
        foreach (Match m in Crimea().Matches(slice))
        {
            Add(m.Index, m.Index + m.Length, m.Value.StartsWith('C') ? "Crimea" : "Крим", "oblast", "Crimea");
        }
        foreach (Match m in PlaceLexicon.Shchyna().Matches(slice))
        {
            var oblast = OblastNames.ByStem(m.Value) ?? OblastNames.ByEnglish(m.Groups["a"].Value);
            Add(m.Index, m.Index + m.Length, m.Value, "oblast", oblast);
        }
        foreach (Match m in PlaceLexicon.Region().Matches(slice))
        {
            if (Directional().IsMatch(slice[..m.Index]) && found.Exists(f => f.Span.End > start + m.Index - 30 && f.Span.End <= start + m.Index))
            {
                continue; // "Luhansk to the northeast", "the Kharkiv region in the northeast": a bearing, not a place
            }
            var oblast = m.Groups["dir"].Success ? DirectionOblast(m.Groups["dir"].Value) : null;
            if (m.Groups["dir"].Success && oblast is null)
            {
                continue;
            }
            Add(m.Index, m.Index + m.Length, m.Value, "region", oblast);
        }
        var words = Word().Matches(slice);
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(3, words.Count - i); n >= 1; n--)
            {
                var first = words[i];
                var last = words[i + n - 1];
                if (!Consecutive(slice, words, i, n) || (n == 1 && PlaceLexicon.NotPlaces.Contains(first.Value)))
                {
                    continue;
                }
                var candidate = slice[first.Index..(last.Index + last.Length)];
                if (PersonContext(slice, words, i, n))
                {
                    continue;
                }
                if (Lookup(candidate, n == 1) is { } hit)
                {
                    Add(first.Index, last.Index + last.Length, candidate, "settlement", OblastNames.FromGazetteer(hit.Oblast), hit);
                    i += n - 1;
                    break;
                }
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    public string Key(string name, string kind, string? oblast)
    {
        var clean = name.Trim();
        if (clean.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            clean = clean[4..];
        }
        if (clean.EndsWith(" of our country", StringComparison.Ordinal))
        {
            clean = clean[..^" of our country".Length];
        }
        if (kind == "oblast" && oblast is not null)
        {
            return $"oblast|{oblast}";
        }
        if (kind == "settlement" && Lookup(clean, !clean.Contains(' ', StringComparison.Ordinal)) is { } hit)
        {
            return $"settlement|{oblast}|{hit.GeonameId}";
        }
        return $"{kind}|{oblast}|{clean.ToLowerInvariant()}";
    }

    // "Vladimir Putin", "President Volodymyr Zelensky", "the Kiev regime", "Kyiv has wrested back": people and governments, not places.
    private static bool PersonContext(string slice, MatchCollection words, int i, int n)
    {
        var first = words[i].Value;
        var prev = i > 0 && words[i - 1].Index + words[i - 1].Length + 1 == words[i].Index ? words[i - 1].Value : null;
        var last = words[i + n - 1];
        var after = slice[(last.Index + last.Length)..];
        if (FirstNames.Contains(first) || (prev is not null && (FirstNames.Contains(prev) || Titles.Contains(prev))))
        {
            return true;
        }
        if (n == 1 && i + 1 < words.Count && words[i + 1].Index == last.Index + last.Length + 1 && FirstNames.Contains(first))
        {
            return true;
        }
        return first is "Kyiv" or "Kiev" or "Moscow" && Metonym().IsMatch(after) || (first is "Kiev" or "Kyiv" or "Moscow" && slice[..words[i].Index].EndsWith("the ", StringComparison.Ordinal) && after.StartsWith(" regime", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> FirstNames = new(StringComparer.Ordinal)
    {
        "Vladimir", "Volodymyr", "Sergei", "Sergey", "Serhiy", "Serhii", "Oleksandr", "Alexander", "Aleksandr", "Dmytro", "Dmitry", "Dmitri", "Ivan",
        "Mykhailo", "Mikhail", "Oleg", "Oleh", "Ihor", "Igor", "Valery", "Valerii", "Valeriy", "Yevgeny", "Yevgeniy", "Evgeniy", "Ramzan", "Andriy", "Andrei",
        "Oleksiy", "Alexei", "Kyrylo", "Kirill", "Denis", "Denys", "Viktor", "Vitaliy", "Vitali", "Yuriy", "Yuri", "Petro", "Pavlo", "Pavel", "Anton", "Maria",
        "Olena", "Iryna", "Irina", "Hanna", "Anna", "Oliver", "Joe", "Rishi", "Giorgia", "Emmanuel", "Olaf", "Boris", "Antony", "Lloyd", "Jens", "Rafael", "Ruslan",
        "Roman", "Mark", "Taras", "Vadym", "Vadim", "Yulia", "Natalia", "Liz", "Recep", "Dmytryi", "Putin", "Zelensky", "Zelenskyy", "Shoigu",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "President", "Minister", "General", "Governor", "Mayor", "Head", "Commander", "Colonel", "Lieutenant", "Spokesperson", "Spokesman", "Chief",
        "Adviser", "Advisor", "Secretary", "Director", "Chancellor", "Premier", "Deputy", "Ombudsman", "Analyst", "Blogger", "Milblogger",
    };

    private Settlement? Lookup(string name, bool inflect)
    {
        if (_byName.TryGetValue(name, out var s))
        {
            return s;
        }
        if (inflect && name.Length > 4 && !char.IsAsciiLetter(name[0]))
        {
            foreach (var nominative in CyrillicNominatives(name))
            {
                if (_byName.TryGetValue(nominative, out s))
                {
                    return s;
                }
            }
        }
        return null;
    }

    private static bool Consecutive(string text, MatchCollection words, int i, int n)
    {
        for (var k = i; k < i + n - 1; k++)
        {
            var gap = words[k + 1].Index - (words[k].Index + words[k].Length);
            if (gap != 1 || text[words[k].Index + words[k].Length] != ' ')
            {
                return false;
            }
        }
        return true;
    }

    // Ukrainian and Russian case endings back to the nominative: Києва → Київ is irregular, the rest mostly strip.
    private static IEnumerable<string> CyrillicNominatives(string word)
    {
        foreach (var ending in new[] { "ові", "ом", "ем", "у", "а", "і", "ю", "я", "е", "і" })
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                yield return stem;
                yield return stem + "а";
                yield return stem + "е";
                yield return stem + "я";
                yield return stem + "о";
            }
        }
    }

    private static int Rank(Settlement s) =>
        (s.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal) || s.FeatureCode == "PPLC" ? 1_000_000_000 : 0) + (int)Math.Min(s.Population, 999_999_999);

    private static string? DirectionOblast(string word) =>
        OblastNames.ByEnglish(word) ?? word switch
        {
            "Bakhmut" or "Avdiivka" or "Lyman" or "Kramatorsk" or "Sloviansk" or "Vuhledar" or "Marinka" or "Pokrovsk" or "Kurakhove" or "Toretsk" => "Donetsk",
            "Kupyansk" or "Kupiansk" or "Izium" or "Izyum" => "Kharkiv",
            "Svatove" or "Kreminna" or "Lysychansk" or "Sievierodonetsk" => "Luhansk",
            "Orikhiv" or "Huliaipole" or "Melitopol" or "Zaporizhzhia" => "Zaporizhzhia",
            _ => null,
        };

    private static string? RiverOblast(string river, string context)
    {
        if (river.StartsWith("Oskil", StringComparison.Ordinal) || river.StartsWith("Oskol", StringComparison.Ordinal))
        {
            return "Kharkiv";
        }
        // The Dnipro flows through several oblasts; in war reporting it is mostly the Kherson front line.
        return river is "Dnipro" or "Dnieper" or "Dnepr" && context.Contains("Kherson", StringComparison.Ordinal) ? "Kherson" : null;
    }

    [GeneratedRegex(@"\b(?:to|in)\s+(?:the\s+)?$")]
    private static partial Regex Directional();

    [GeneratedRegex(@"\bCrimea\b(?!n)|\bКрим(?:у|і|ом)?\b")]
    private static partial Regex Crimea();

    [GeneratedRegex(@"^['’]s\s+(?:military|government|forces|leadership|regime|authorities|command|position)|^\s+(?:has|have|had|is|was|will|would|says|said|claims|claimed|announced|regime|government|authorities|officials|wants|sees|believes)\b")]
    private static partial Regex Metonym();

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*(?![\p{L}\p{N}])")]
    private static partial Regex Word();
}

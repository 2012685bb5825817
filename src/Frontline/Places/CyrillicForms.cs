namespace Frontline.Places;

/// <summary>Guesses the nominative of a Ukrainian or Russian place name met in another case: Харкова, Харкові → Харків; Києві → Київ; Новій Каховці → Нова Каховка; Харькове → Харьков.</summary>
/// <remarks>Over-generates on purpose: a guess only counts when it is a name in the index.</remarks>
internal static class CyrillicForms
{
    private static readonly string[] _nounEndings = ["ові", "еві", "ою", "ею", "ом", "ем", "ой", "ам", "ах", "а", "я", "у", "ю", "і", "ї", "е", "и", "ы"];
    private static readonly string[] _nounRestore = ["", "а", "я", "ь", "о", "е", "и", "ий"];
    private static readonly (string Ending, string[] Nominative)[] _adjectives =
    [
        ("ій", ["а", "ий", "и"]), ("ої", ["а"]), ("ою", ["а"]), ("у", ["а"]), ("ого", ["е", "ий"]), ("ому", ["е", "ий"]), ("им", ["е", "ий", "и"]),
        ("ий", ["ий"]), ("их", ["и"]), ("ой", ["ая", "ое", "ый", "ой"]), ("ую", ["ая"]), ("ом", ["ое", "ый"]), ("ых", ["ые"]),
    ];

    /// <summary>Candidate nominative keys for a folded key of one or two Cyrillic words; empty for anything else.</summary>
    public static IEnumerable<string> Nominatives(string key)
    {
        if (key.Length < 3 || key.Length > 60 || !NameFolding.IsCyrillic(key[0]))
        {
            yield break;
        }
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            foreach (var n in Noun(key))
            {
                yield return n;
            }
            yield break;
        }
        if (key.IndexOf(' ', space + 1) >= 0)
        {
            yield break;
        }
        var first = key[..space];
        var second = key[(space + 1)..];
        var firsts = Adjective(first).Append(first).Distinct().ToList();
        var seconds = Noun(second).Concat(Adjective(second)).Append(second).Distinct().ToList();
        foreach (var a in firsts)
        {
            foreach (var b in seconds)
            {
                if (a != first || b != second)
                {
                    yield return a + " " + b;
                }
            }
        }
    }

    /// <summary>Nominative guesses for a noun: strip a case ending, restore a nominative one, undo the і/о and ї/є alternations (Харкова → Харків, Києва → Київ) and к/ц (Каховці → Каховка).</summary>
    public static IEnumerable<string> Noun(string w)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in _nounEndings)
        {
            if (!w.EndsWith(e, StringComparison.Ordinal) || w.Length - e.Length < 3)
            {
                continue;
            }
            var stem = w[..^e.Length];
            foreach (var r in _nounRestore)
            {
                Yield(seen, stem + r);
            }
            if (stem.EndsWith("ов", StringComparison.Ordinal) || stem.EndsWith("ев", StringComparison.Ordinal))
            {
                Yield(seen, stem[..^2] + "ів");
            }
            if (stem.EndsWith("єв", StringComparison.Ordinal))
            {
                Yield(seen, stem[..^2] + "їв");
            }
            if (stem.EndsWith('ц'))
            {
                Yield(seen, stem[..^1] + "ка");
            }
            if (stem.EndsWith('з'))
            {
                Yield(seen, stem[..^1] + "га");
            }
            if (stem.EndsWith("ц", StringComparison.Ordinal) && e is "і" or "е")
            {
                Yield(seen, stem[..^1] + "ок");
            }
        }
        return seen;
    }

    /// <summary>Nominative guesses for an adjective (the first word of Нова Каховка, Велика Новосілка).</summary>
    public static IEnumerable<string> Adjective(string w)
    {
        foreach (var (ending, nominatives) in _adjectives)
        {
            if (w.EndsWith(ending, StringComparison.Ordinal) && w.Length - ending.Length >= 2)
            {
                foreach (var n in nominatives)
                {
                    yield return w[..^ending.Length] + n;
                }
            }
        }
    }

    /// <summary>Stems of a word with an adjective or -щина ending removed: харківській → харківськ, харківщині → харківщин.</summary>
    public static IEnumerable<string> Stems(string w)
    {
        foreach (var e in new[] { "ого", "ому", "ій", "ої", "ою", "ий", "им", "ая", "ой", "ую", "ое", "ом", "ых", "а", "у", "і", "и", "е", "ы", "ю" })
        {
            if (w.EndsWith(e, StringComparison.Ordinal) && w.Length - e.Length >= 3)
            {
                yield return w[..^e.Length];
            }
        }
    }

    private static void Yield(HashSet<string> seen, string s) => seen.Add(s);
}

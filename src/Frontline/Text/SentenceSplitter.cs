using System.Text.RegularExpressions;

namespace Frontline.Text;

/// <summary>Splits text into sentences (lines first, then sentence-final punctuation not after an abbreviation) and sentences into clauses.</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "approx", "Jr", "Sr", "Prof", "Gov", "Rep", "Sen", "Pres", "Adm", "Cmdr", "Sgt",
        "obl", "р", "ст", "м", "с", "смт", "тис", "млн", "км", "вул", "п", "н", "ім", "т", "д", "e.g", "i.e", "U.S", "U.K", "Fig",
    };

    /// <summary>Sentence spans of [start, end), trimmed, endnote markers ("[12]") at their start left out.</summary>
    public static IReadOnlyList<TextSpan> Sentences(string text, int start, int end)
    {
        var list = new List<TextSpan>();
        var lineStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == '\n')
            {
                SplitLine(text, lineStart, i, list);
                lineStart = i + 1;
            }
        }
        return list;
    }

    private static void SplitLine(string text, int start, int end, List<TextSpan> list)
    {
        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }
            var j = i + 1;
            while (j < end && (text[j] is '.' or '!' or '?' or '”' or '"' or '’' or '\'' or ')' or '»'))
            {
                j++;
            }
            // ISW endnote markers after the full stop: "… on October 1.[3] Next".
            while (j < end && text[j] == '[' && EndnoteAt(text, j, end) is > 0 and var n)
            {
                j += n;
            }
            if (j < end && !char.IsWhiteSpace(text[j]))
            {
                continue;
            }
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }
            if (k < end && !(char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '“' or '"' or '«' or '[' or '‘' or '(' or '-' or '–' or '•'))
            {
                continue;
            }
            if (c == '.' && IsAbbreviation(text, s, i))
            {
                continue;
            }
            Add(text, s, j, list);
            s = k;
            i = k - 1;
        }
        Add(text, s, end, list);
    }

    private static int EndnoteAt(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end && char.IsDigit(text[j]))
        {
            j++;
        }
        return j > i + 1 && j < end && text[j] == ']' ? j - i + 1 : 0;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }
        var word = text[w..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word) || Abbreviations.Contains(word.TrimStart('.'));
    }

    private static void Add(string text, int s, int e, List<TextSpan> list)
    {
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is '•' or '-' or '–' or '—' && s + 1 < e && text[s + 1] == ' '))
        {
            s++;
        }
        while (s < e && text[s] == '[' && EndnoteAt(text, s, e) is > 0 and var n)
        {
            s += n;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        if (e > s)
        {
            list.Add(new TextSpan(s, e));
        }
    }

    /// <summary>Candidate clause boundaries inside a sentence: where a coordinated or relative clause may carry its own claim.</summary>
    public static IReadOnlyList<TextSpan> Clauses(string text, TextSpan sentence)
    {
        var slice = text[sentence.Start..sentence.End];
        var list = new List<TextSpan>();
        var s = 0;
        foreach (Match m in ClauseBoundary().Matches(slice))
        {
            if (m.Index - s >= 12)
            {
                list.Add(Trim(text, sentence.Start + s, sentence.Start + m.Index));
                s = m.Index + m.Groups["sep"].Length;
            }
        }
        list.Add(Trim(text, sentence.Start + s, sentence.End));
        return list.Where(c => !c.IsEmpty).ToList();
    }

    private static TextSpan Trim(string text, int s, int e)
    {
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is ',' or ';' or '–' or '—'))
        {
            s++;
        }
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is ',' or ';' or '.' or ':'))
        {
            e--;
        }
        return new TextSpan(s, e);
    }

    [GeneratedRegex(@"(?<sep>;\s+|,\s+(?:and|but|while|whereas|which|as(?!\s+well)|indicating|suggesting|taking|leaving|so|or)\s+|\s+[–—]\s+|\s+-\s+|\s+and\s+(?=(?:they|we|he|she|it|there)\b)|,\s+(?=(?:but|when|unless|although|though)\b))")]
    private static partial Regex ClauseBoundary();
}

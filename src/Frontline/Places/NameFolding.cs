using System.Text;

namespace Frontline.Places;

/// <summary>Folds names and text to one comparable form: lower case, Latin diacritics dropped (Charków → charkow), ё → е, apostrophes dropped (Куп’янськ → куп'янськ without the mark), every other non-letter a word break.</summary>
internal static class NameFolding
{
    /// <summary>Marks a character that is dropped without breaking the word (apostrophes).</summary>
    public const char Skip = '\u0001';

    /// <summary>Marks a word break.</summary>
    public const char Break = '\0';

    private static readonly char[] _table = BuildTable();

    public static char Fold(char c) => _table[c];

    public static bool IsCyrillic(char folded) => folded is >= '\u0400' and <= '\u04FF';

    public static bool IsApostrophe(char c) => _table[c] == Skip;

    /// <summary>The folded key of a name: words folded and joined by single spaces; empty when the name has no letters or digits.</summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[256] : new char[name.Length];
        var n = 0;
        var pendingSpace = false;
        for (var i = 0; i < name.Length; i++)
        {
            var f = _table[name[i]];
            if (f == Skip)
            {
                // An English possessive ends the word, as in running text: "People’s Republic" is "people republic".
                if (i + 1 < name.Length && name[i + 1] is 's' or 'S' && (i + 2 >= name.Length || _table[name[i + 2]] is Break or Skip))
                {
                    i++;
                    pendingSpace = n > 0;
                }
                continue;
            }
            if (f == Break)
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer[n++] = ' ';
                pendingSpace = false;
            }
            buffer[n++] = f;
        }
        return new string(buffer[..n]);
    }

    /// <summary>True when the name has letters only from Latin and Cyrillic scripts (other scripts never occur in the reports read).</summary>
    public static bool IsLatinOrCyrillic(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is >= '\u0370' and < '\u0400' || c is >= '\u0530' and < '\u1E00' || c >= '\u3000')
            {
                return false;
            }
        }
        return true;
    }

    private static char[] BuildTable()
    {
        var t = new char[65536];
        Span<char> one = stackalloc char[1];
        for (var i = 0; i < t.Length; i++)
        {
            var c = (char)i;
            if (c is '\'' or '’' or 'ʼ' or '`' or '´' or '‘' or 'ʹ' or 'ʻ' or 'ˈ')
            {
                t[i] = Skip;
                continue;
            }
            if (char.IsSurrogate(c) || !char.IsLetterOrDigit(c))
            {
                t[i] = Break;
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (lower is >= '\u0400' and <= '\u04FF')
            {
                t[i] = lower == 'ё' ? 'е' : lower;
                continue;
            }
            t[i] = lower switch
            {
                'ł' => 'l',
                'ø' => 'o',
                'đ' => 'd',
                'ı' => 'i',
                'ß' => 's',
                _ => StripMark(lower, one),
            };
        }
        return t;
    }

    private static char StripMark(char c, Span<char> one)
    {
        if (c < 0x80)
        {
            return c;
        }
        one[0] = c;
        var d = new string(one).Normalize(NormalizationForm.FormD);
        return d.Length > 0 && char.IsLetterOrDigit(d[0]) ? d[0] : c;
    }
}

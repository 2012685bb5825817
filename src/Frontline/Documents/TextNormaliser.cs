using System.Globalization;
using System.Text;

namespace Frontline.Documents;

/// <summary>The normal form behind document identity: the same words republished with other quotes, dashes, case or spacing hash alike.</summary>
public static class TextNormaliser
{
    /// <summary>NFKC, lower case, typographic quotes and dashes folded, every run of whitespace one space, trimmed.</summary>
    public static string Normalise(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        var space = false;
        foreach (var raw in nfkc)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control)
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u02BC' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' => ' ',
        _ => c,
    };
}

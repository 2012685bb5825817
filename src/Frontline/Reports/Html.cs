using System.Text.Encodings.Web;

namespace Frontline.Reports;

/// <summary>Escaping for text that reaches HTML, SVG or Markdown: claims and place names are the sources' own words, hence hostile.</summary>
public static class Html
{
    /// <summary>Escapes for HTML/XML text and attribute values (&amp;, &lt;, &gt;, quotes and anything non-ASCII-safe).</summary>
    public static string Escape(string? text) => text is null ? "" : HtmlEncoder.Default.Encode(text);

    /// <summary>Escapes for a Markdown table cell: HTML-escaped, then Markdown's own punctuation and line breaks neutralised.</summary>
    public static string EscapeMarkdown(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var ch in text.ReplaceLineEndings(" "))
        {
            switch (ch)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '!' or '|' or '~':
                    sb.Append('\\').Append(ch);
                    break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }
}

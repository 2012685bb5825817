using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Frontline.Documents;

/// <summary>The readable text of an HTML page or fragment: scripts, styles and page furniture removed, one paragraph per line.</summary>
public static class HtmlText
{
    private static readonly string[] Furniture =
        ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "header", "footer", "aside", "form", "button", "select", "figure > figcaption"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "BR", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "TR", "TABLE", "SECTION", "ARTICLE",
        "BLOCKQUOTE", "PRE", "HR", "DD", "DT", "MAIN", "FIGURE",
    };

    private static readonly HtmlParser Parser = new();

    /// <summary>Parses a whole page.</summary>
    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The text of the page's main content: <c>article</c>, else <c>main</c>, else <c>body</c>.</summary>
    public static string MainText(IDocument page)
    {
        foreach (var selector in Furniture)
        {
            foreach (var element in page.QuerySelectorAll(selector).ToList())
            {
                element.Remove();
            }
        }
        var root = (IElement?)page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.Body ?? page.DocumentElement;
        return TextOf(root);
    }

    /// <summary>The text of an HTML fragment (a feed item's description).</summary>
    public static string FragmentText(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html.Trim();
        }
        return MainText(Parse("<html><body>" + html + "</body></html>"));
    }

    private static string TextOf(INode root)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        // One paragraph per line, runs of spaces collapsed, as the corpus is written.
        var lines = sb.ToString().Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName.ToUpperInvariant());
                    if (block)
                    {
                        sb.Append('\n');
                    }
                    Walk(element, sb);
                    if (block)
                    {
                        sb.Append('\n');
                    }
                    break;
            }
        }
    }
}

using System.Globalization;

namespace Frontline.Documents;

/// <summary>Plain text, optionally with the corpus header (<c>key: value</c> lines, then a <c>---</c> line).</summary>
internal static class CorpusTextReader
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "url", "publisher", "published", "genre", "title" };

    public static DocumentReadResult Read(string source, string name, string text, string encoding)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var (header, body) = SplitHeader(text);
        if (body.Trim().Length == 0)
        {
            return DocumentReadResult.Fail(source, header.Count > 0 ? "header but no text after the '---' line" : "no text");
        }
        DateOnly? published = null;
        if (header.TryGetValue("published", out var p) && p != "unknown")
        {
            if (!DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return DocumentReadResult.Fail(source, $"line {LineOf(text, "published:")}: 'published' is not YYYY-MM-DD or 'unknown': '{p}'");
            }
            published = d;
        }
        var url = header.GetValueOrDefault("url") is { } u && u != "unknown" ? u : null;
        var document = DocumentFactory.Create(
            name, body, new DocumentProvenance(source, url, header.GetValueOrDefault("publisher")), null, published,
            header.GetValueOrDefault("genre") ?? "other", header.GetValueOrDefault("title"), "text", encoding);
        return new DocumentReadResult(source, [document], null);
    }

    /// <summary>The header fields and the body; without a well-formed header the whole text is the body.</summary>
    public static (Dictionary<string, string> Header, string Body) SplitHeader(string text)
    {
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var pos = 0;
        while (pos < text.Length)
        {
            var eol = text.IndexOf('\n', pos);
            var line = eol < 0 ? text[pos..] : text[pos..eol];
            var next = eol < 0 ? text.Length : eol + 1;
            if (line.TrimEnd() == "---" && header.Count > 0)
            {
                return (header, text[next..]);
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !Keys.Contains(line[..colon].Trim()))
            {
                break;
            }
            header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            pos = next;
        }
        return (new Dictionary<string, string>(StringComparer.Ordinal), text);
    }

    private static int LineOf(string text, string needle)
    {
        var i = text.IndexOf(needle, StringComparison.Ordinal);
        return i < 0 ? 0 : text.AsSpan(0, i).Count('\n') + 1;
    }
}

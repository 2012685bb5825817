using System.Globalization;
using AngleSharp.Dom;

namespace Frontline.Documents;

/// <summary>An HTML page: its main text, with title, publisher, canonical URL and publication time from its metadata.</summary>
internal static class HtmlDocumentReader
{
    public static DocumentReadResult Read(string source, string name, string html, string encoding)
    {
        var page = HtmlText.Parse(html);
        var title = Meta(page, "og:title") ?? page.Title?.Trim();
        var publisher = Meta(page, "og:site_name");
        var url = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url");
        var published = ParseTime(Meta(page, "article:published_time") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var text = HtmlText.MainText(page);
        if (text.Length == 0)
        {
            return DocumentReadResult.Fail(source, "HTML page without readable text");
        }
        var document = DocumentFactory.Create(
            name, text, new DocumentProvenance(source, url ?? (source.StartsWith("http", StringComparison.Ordinal) ? source : null), publisher),
            published, null, "news", string.IsNullOrWhiteSpace(title) ? null : title, "html", encoding);
        return new DocumentReadResult(source, [document], null);
    }

    internal static DateTimeOffset? ParseTime(string? value) =>
        value is not null && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    private static string? Meta(IDocument page, string property) =>
        (page.QuerySelector($"meta[property='{property}']") ?? page.QuerySelector($"meta[name='{property}']"))?.GetAttribute("content")?.Trim();
}

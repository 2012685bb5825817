using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Frontline.Documents;

/// <summary>RSS 2.0 and Atom feeds: one document per item, its HTML reduced to text.</summary>
internal static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static bool IsFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    }

    public static DocumentReadResult Read(string source, string name, string text, string encoding, DocumentReadOptions options)
    {
        // No DTDs: a feed is hostile input, and entity expansion is how XML bombs work.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        XDocument xml;
        using (var reader = XmlReader.Create(new StringReader(text), settings))
        {
            try
            {
                xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
            }
            catch (XmlException e)
            {
                return DocumentReadResult.Fail(source, $"line {e.LineNumber}, column {e.LinePosition}: {e.Message}");
            }
        }
        var root = xml.Root!;
        var isAtom = root.Name == Atom + "feed";
        var publisher = (isAtom ? root.Element(Atom + "title") : root.Element("channel")?.Element("title"))?.Value.Trim();
        var items = isAtom ? root.Elements(Atom + "entry").ToList() : root.Element("channel")?.Elements("item").ToList() ?? [];
        if (items.Count > options.MaxDocuments)
        {
            return DocumentReadResult.Fail(source, $"{items.Count} items exceeds the limit of {options.MaxDocuments}");
        }
        var documents = new List<Document>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            string? title, link, body, date;
            if (isAtom)
            {
                title = item.Element(Atom + "title")?.Value;
                link = item.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
                body = item.Element(Atom + "content")?.Value ?? item.Element(Atom + "summary")?.Value;
                date = item.Element(Atom + "published")?.Value ?? item.Element(Atom + "updated")?.Value;
            }
            else
            {
                title = item.Element("title")?.Value;
                link = item.Element("link")?.Value;
                body = item.Element(Content + "encoded")?.Value ?? item.Element("description")?.Value;
                date = item.Element("pubDate")?.Value;
            }
            var textOf = HtmlText.FragmentText(body ?? "");
            if (textOf.Length == 0)
            {
                textOf = title?.Trim() ?? "";
            }
            if (textOf.Length == 0)
            {
                continue;
            }
            var published = ParseDate(date);
            if (date is not null && published is null)
            {
                var line = ((IXmlLineInfo)item).LineNumber;
                return DocumentReadResult.Fail(source, $"item {i + 1} (line {line}): unreadable date '{date.Trim()}'");
            }
            documents.Add(DocumentFactory.Create(
                $"{name}#{i + 1}", textOf, new DocumentProvenance(source, link?.Trim(), publisher), published, null,
                "news", title?.Trim(), isAtom ? "atom" : "rss", encoding));
        }
        return documents.Count == 0
            ? DocumentReadResult.Fail(source, "feed without items that have text")
            : new DocumentReadResult(source, documents, null);
    }

    private static DateTimeOffset? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var v = value.Trim();
        // RFC 822 zone names that DateTimeOffset does not know.
        foreach (var (zone, offset) in new[] { (" GMT", " +0000"), (" UT", " +0000"), (" EST", " -0500"), (" EDT", " -0400"), (" Z", " +0000") })
        {
            if (v.EndsWith(zone, StringComparison.Ordinal))
            {
                v = v[..^zone.Length] + offset;
            }
        }
        string[] formats = ["ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "ddd, dd MMM yyyy HH:mm:ss zzz"];
        v = System.Text.RegularExpressions.Regex.Replace(v, @"([+-]\d\d)(\d\d)$", "$1:$2");
        if (DateTimeOffset.TryParseExact(v, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var t))
        {
            return t;
        }
        return HtmlDocumentReader.ParseTime(value);
    }
}

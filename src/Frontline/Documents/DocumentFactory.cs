using Frontline.Ledger;

namespace Frontline.Documents;

/// <summary>Builds the immutable <see cref="Document"/> from text and metadata: hash of the normalised text, language.</summary>
internal static class DocumentFactory
{
    public static Document Create(
        string name, string text, DocumentProvenance provenance, DateTimeOffset? publishedAt, DateOnly? published,
        string genre, string? title, string format, string encoding)
    {
        var hash = ContentHash.Of(TextNormaliser.Normalise(text));
        return new Document(
            hash, name, text, provenance,
            published ?? (publishedAt is { } at ? KyivTime.DateOf(at) : null),
            publishedAt, genre, title, format, encoding, LanguageDetector.Detect(text));
    }
}

namespace Frontline.Documents;

/// <summary>One ingested item, immutable, identified by the SHA-256 of its normalised text.</summary>
/// <param name="Hash">SHA-256 (lower-case hex) of <see cref="TextNormaliser.Normalise"/> applied to <see cref="Text"/>.</param>
/// <param name="Name">The item's name as the user sees it: the file name, or <c>result.json#42</c> for a message of an export.</param>
/// <param name="Text">The document's own wording (after a corpus header); claim offsets index into it.</param>
/// <param name="Published">Publication date in Kyiv time, when known.</param>
/// <param name="PublishedAt">Publication instant, when the source gives a time.</param>
/// <param name="Format">How it was read: <c>text</c>, <c>html</c>, <c>rss</c>, <c>atom</c>, <c>telegram</c>.</param>
/// <param name="Encoding">The detected encoding of the bytes, e.g. <c>utf-8</c>, <c>windows-1251</c>.</param>
/// <param name="Language">Detected language: <c>en</c>, <c>uk</c>, <c>ru</c> or <c>und</c>.</param>
public sealed record Document(
    string Hash,
    string Name,
    string Text,
    DocumentProvenance Provenance,
    DateOnly? Published,
    DateTimeOffset? PublishedAt,
    string Genre,
    string? Title,
    string Format,
    string Encoding,
    string Language);

/// <summary>Where a document came from: the file path or URL and the publisher (outlet, channel, account).</summary>
public sealed record DocumentProvenance(string Source, string? Url, string? Publisher);

using Frontline.Documents;
using Frontline.Text;
using Frontline.Verification;

namespace Frontline.Ledger;

/// <summary>A ledger's documents, claims and verdicts as stored, row for row, for moving a ledger and loading one in bulk.</summary>
/// <remarks>
/// Unlike <see cref="IDocumentStore.AddAsync"/>, writing keeps what the origin decided (near-duplicate links, ingest and
/// provenance times, claim ordinals and extractors) instead of deciding it again. Claims are named across stores by
/// (document hash, ordinal), since row ids differ. Reads page in a fixed, content-defined order, so two ledgers holding
/// the same rows read the same pages.
/// </remarks>
public interface ILedgerRows
{
    /// <summary>
    /// Documents after <paramref name="after"/> in <see cref="DocumentCursor"/> order, with their sources and claims,
    /// until about <paramref name="maxClaims"/> claims (at least one document; a document is never split).
    /// </summary>
    Task<IReadOnlyList<DocumentRecord>> ReadDocumentsAsync(DocumentCursor? after, int maxClaims, CancellationToken cancellationToken);

    /// <summary>Stores the documents not stored yet, with their sources and claims, in one transaction; returns how many were new.</summary>
    /// <remarks>A document's near-duplicate link must name a document already stored or earlier in the batch.</remarks>
    Task<int> WriteDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken);

    /// <summary>Verdicts after <paramref name="after"/> in (document hash, ordinal, history) order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<VerdictRecord>> ReadVerdictsAsync(VerdictCursor? after, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the verdicts not stored yet (same claim, time and inputs hash) in one transaction, claim ids resolved
    /// from the keys; returns how many were new.
    /// </summary>
    /// <exception cref="InvalidOperationException">A verdict names a claim this ledger does not hold.</exception>
    Task<int> WriteVerdictsAsync(IReadOnlyList<VerdictRecord> verdicts, CancellationToken cancellationToken);
}

/// <summary>A claim's name in every store: its document's hash and its position in that document.</summary>
public readonly record struct ClaimKey(string Document, int Ordinal)
{
    public override string ToString() => FormattableString.Invariant($"{Document}#{Ordinal}");
}

/// <summary>Where a document page ends: family roots (no near-duplicate link) first, then linked documents, each by hash.</summary>
/// <remarks>Roots first, so every near-duplicate link points to a document copied earlier.</remarks>
public readonly record struct DocumentCursor(bool Linked, string Hash);

/// <summary>Where a verdict page ends.</summary>
public readonly record struct VerdictCursor(ClaimKey Claim, long Row);

/// <summary>A document row with everything stored about it.</summary>
/// <param name="MinHash">The MinHash signature as stored (its band keys are derived from it).</param>
public sealed record DocumentRecord(
    Document Document,
    byte[] MinHash,
    string? NearDuplicateOf,
    double? Similarity,
    DateTimeOffset IngestedAt,
    IReadOnlyList<SourceRecord> Sources,
    IReadOnlyList<ClaimRecord> Claims)
{
    public DocumentCursor Cursor => new(NearDuplicateOf is not null, Document.Hash);
}

/// <summary>One place a document was seen (its provenance; a republished text has several).</summary>
public sealed record SourceRecord(string Name, string Source, string? Url, string? Publisher, DateTimeOffset SeenAt);

/// <summary>A claim row: its origin row id (for mapping verdicts), ordinal, extractor, JSON body and the place rows stored beside it.</summary>
/// <param name="Body">The claim's JSON exactly as stored; <paramref name="Claim"/> is it parsed.</param>
/// <param name="Places">The claim's place rows as the table holds them (read); writers store <paramref name="Claim"/>'s places.</param>
public sealed record ClaimRecord(long Id, int Ordinal, string Extractor, string Body, Claim Claim, IReadOnlyList<PlaceRow> Places);

/// <summary>One row of a claim's places: what the bbox and oblast queries read.</summary>
public sealed record PlaceRow(string Name, string Kind, string? Oblast, long? GazetteerId, double? Lon, double? Lat, int SpanStart, int SpanEnd);

/// <summary>One stored verdict, its claim and the corroborating claims named by key.</summary>
/// <param name="Row">The origin's row id (for paging only).</param>
/// <param name="Verdict">As stored in the origin: its claim ids are the origin's.</param>
/// <param name="Corroborating">The keys of <c>Verdict.Corroboration.ClaimIds</c>, in the same order.</param>
public sealed record VerdictRecord(long Row, ClaimKey Claim, DateTimeOffset At, Verdict Verdict, IReadOnlyList<ClaimKey> Corroborating)
{
    public VerdictCursor Cursor => new(Claim, Row);
}

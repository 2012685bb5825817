using Frontline.Text;

namespace Frontline.Documents;

/// <summary>The ledger's documents and their claims. Implemented on SQLite (embedded) and PostgreSQL (team).</summary>
/// <remarks>
/// A batch (one input file) is stored atomically: every document and claim of it, or nothing. A document whose
/// normalised hash is already stored is not stored again (its new source is recorded); a near-duplicate (estimated
/// Jaccard ≥ <see cref="MinHash.NearDuplicateThreshold"/> on word 5-shingles) is stored and linked to the earlier one.
/// </remarks>
public interface IDocumentStore
{
    /// <summary>Stores a batch in one transaction; returns what happened to each document, in order.</summary>
    Task<IReadOnlyList<AddOutcome>> AddAsync(IReadOnlyList<ExtractedDocument> batch, CancellationToken cancellationToken);

    /// <summary>The document with this hash (or unique hash prefix of at least 8 characters), or null.</summary>
    Task<Document?> GetDocumentAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Claims matching every given filter, by document publication date then position.</summary>
    Task<IReadOnlyList<StoredClaim>> QueryClaimsAsync(ClaimQuery query, CancellationToken cancellationToken);

    /// <summary>One claim by id, or null.</summary>
    Task<StoredClaim?> GetClaimAsync(long id, CancellationToken cancellationToken);
}

/// <summary>A document with the claims an extractor found in it.</summary>
public sealed record ExtractedDocument(Document Document, IReadOnlyList<Claim> Claims, string Extractor);

/// <summary>What storing one document did.</summary>
/// <param name="Of">For a duplicate or near-duplicate, the hash of the document stored earlier.</param>
public sealed record AddOutcome(string Hash, string Name, AddStatus Status, string? Of, double? Similarity, int Claims);

public enum AddStatus
{
    Added,
    Duplicate,
    NearDuplicate,
}

/// <summary>A claim as stored: its id and the document it came from.</summary>
public sealed record StoredClaim(long Id, string DocumentHash, string DocumentName, DateOnly? Published, Claim Claim);

/// <summary>Filters for <see cref="IDocumentStore.QueryClaimsAsync"/>; null means any.</summary>
/// <param name="Oblast">English oblast name without "Oblast": a claim matches when one of its places lies in it.</param>
/// <param name="From">Inclusive; a claim matches when its date range overlaps [From, To]; undated claims never match a date filter.</param>
/// <param name="To">Inclusive.</param>
/// <param name="Document">Document hash or name.</param>
/// <param name="Box">A WGS 84 lon/lat box (a map view): a claim matches when one of its located places lies in it, edges included.</param>
public sealed record ClaimQuery(
    string? Type = null, string? Side = null, string? Oblast = null, DateOnly? From = null, DateOnly? To = null,
    string? Document = null, int Limit = 100_000, NetTopologySuite.Geometries.Envelope? Box = null);

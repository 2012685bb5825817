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

    /// <summary>The same claims as <see cref="QueryClaimsAsync"/>, in the same order, as list rows with their latest verdict.</summary>
    Task<IReadOnlyList<ClaimListItem>> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken);

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
/// <param name="Bbox">A claim matches when one of its geocoded places lies in this box (WGS 84 lon/lat, edges included).</param>
/// <param name="Text">Case-insensitive substring of the quote.</param>
/// <param name="Offset">Matching claims to skip, for paging.</param>
/// <param name="Verdict">The claim's latest stored verdict (<c>supported</c>, <c>contradicted</c>, …); <see cref="NoVerdict"/> for claims never verified.</param>
public sealed record ClaimQuery(
    string? Type = null, string? Side = null, string? Oblast = null, DateOnly? From = null, DateOnly? To = null,
    string? Document = null, int Limit = 100_000, BoundingBox? Bbox = null, string? Text = null, int Offset = 0, string? Verdict = null)
{
    /// <summary>The <see cref="Verdict"/> filter that matches claims with no stored verdict.</summary>
    public const string NoVerdict = "none";
}

/// <summary>A lon/lat box in WGS 84 degrees; does not cross the antimeridian.</summary>
public readonly record struct BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    /// <summary>Parses <c>minLon,minLat,maxLon,maxLat</c>; null when malformed, out of range or inverted.</summary>
    public static BoundingBox? Parse(string? text)
    {
        var parts = (text ?? "").Split(',');
        if (parts.Length != 4)
        {
            return null;
        }
        var v = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out v[i]) ||
                !double.IsFinite(v[i]))
            {
                return null;
            }
        }
        return v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] > v[2] || v[1] > v[3]
            ? null
            : new BoundingBox(v[0], v[1], v[2], v[3]);
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Frontline.Maps;

namespace Frontline.Ledger;

/// <summary>How many rows of each kind a ledger holds.</summary>
public sealed record LedgerCounts(int Snapshots, int Documents, int Sources, int Claims, int Places, int Verdicts)
{
    public override string ToString() =>
        $"{Snapshots} snapshots, {Documents} documents ({Sources} sources), {Claims} claims ({Places} places), {Verdicts} verdicts";
}

/// <summary>SHA-256 digests of a ledger's content, one per part and one over all: equal digests, equal ledgers.</summary>
/// <remarks>
/// Content, never row ids: claims are named by (document hash, ordinal), verdicts by their claim's name and the names of
/// the claims that corroborate them. Times count to the microsecond (PostgreSQL's precision), in UTC; numbers are
/// written round-trip, so a coordinate or area that changed in its last bit changes the digest.
/// </remarks>
public sealed record LedgerDigest(LedgerCounts Counts, string Snapshots, string Documents, string Claims, string Verdicts)
{
    public string Whole => ContentHash.Combine([Snapshots, Documents, Claims, Verdicts]);

    /// <summary>Reads the whole ledger a page at a time (memory stays at one page) and digests it.</summary>
    public static async Task<LedgerDigest> ComputeAsync(ILedger ledger, CancellationToken cancellationToken)
    {
        var (snapshots, snapshotDigest) = await DigestSnapshotsAsync(ledger.Snapshots, cancellationToken).ConfigureAwait(false);
        using var documentHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var claimHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int documents = 0, sources = 0, claims = 0, places = 0;
        DocumentCursor? after = null;
        while (true)
        {
            var page = await ledger.Rows.ReadDocumentsAsync(after, LedgerCopy.ClaimsPerBatch, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }
            foreach (var record in page)
            {
                var d = record.Document;
                documents++;
                Line(documentHash, d.Hash, d.Name, d.Provenance.Source, d.Provenance.Url, d.Provenance.Publisher, d.Published?.ToString("yyyy-MM-dd", Inv),
                    Time(d.PublishedAt), d.Genre, d.Title, d.Format, d.Encoding, d.Language, ContentHash.Of(d.Text), ContentHash.Of(record.MinHash),
                    record.NearDuplicateOf, Number(record.Similarity), Time(record.IngestedAt));
                foreach (var s in record.Sources.OrderBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal))
                {
                    sources++;
                    Line(documentHash, "source", d.Hash, s.Name, s.Source, s.Url, s.Publisher, Time(s.SeenAt));
                }
                foreach (var c in record.Claims)
                {
                    claims++;
                    Line(claimHash, d.Hash, c.Ordinal.ToString(Inv), c.Extractor, ContentHash.Of(c.Body));
                    foreach (var p in c.Places.OrderBy(p => p.SpanStart).ThenBy(p => p.SpanEnd).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Kind, StringComparer.Ordinal))
                    {
                        places++;
                        Line(claimHash, "place", p.Name, p.Kind, p.Oblast, p.GazetteerId?.ToString(Inv), Number(p.Lon), Number(p.Lat),
                            p.SpanStart.ToString(Inv), p.SpanEnd.ToString(Inv));
                    }
                }
            }
            after = page[^1].Cursor;
        }
        using var verdictHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var verdicts = 0;
        VerdictCursor? afterVerdict = null;
        while (true)
        {
            var page = await ledger.Rows.ReadVerdictsAsync(afterVerdict, LedgerCopy.VerdictsPerBatch, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }
            foreach (var v in page)
            {
                verdicts++;
                var anonymous = VerdictJson.WithIds(v.Verdict, 0, []);
                Line(verdictHash, v.Claim.ToString(), Time(v.At), v.Verdict.Value, v.Verdict.InputsHash,
                    ContentHash.Of(JsonSerializer.Serialize(anonymous, VerdictJson.Options)), string.Join(",", v.Corroborating));
            }
            afterVerdict = page[^1].Cursor;
        }
        return new LedgerDigest(
            new LedgerCounts(snapshots, documents, sources, claims, places, verdicts),
            snapshotDigest, Hex(documentHash), Hex(claimHash), Hex(verdictHash));
    }

    /// <summary>Count and SHA-256 over every stored snapshot's (source, date, content hash, held and contested km² to 1 m²), in order.</summary>
    public static async Task<(int Count, string Digest)> DigestSnapshotsAsync(ISnapshotStore store, CancellationToken cancellationToken)
    {
        var infos = await store.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var lines = infos
            .OrderBy(i => i.Source, StringComparer.Ordinal).ThenBy(i => i.AsOf)
            .Select(i => FormattableString.Invariant($"{i.Source} {i.AsOf:yyyy-MM-dd} {i.ContentHash} {i.HeldKm2:F6} {i.ContestedKm2:F6}"));
        return (infos.Count, ContentHash.Combine(lines));
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    // A JSON array per row: unambiguous whatever the values contain.
    private static void Line(IncrementalHash hash, params string?[] values) =>
        hash.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(values) + "\n"));

    private static string? Time(DateTimeOffset? t) => t is { } v
        ? new DateTimeOffset(v.UtcTicks - v.UtcTicks % 10, TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", Inv)
        : null;

    private static string? Number(double? x) => x?.ToString("R", Inv);

    private static string Hex(IncrementalHash hash) => Convert.ToHexStringLower(hash.GetHashAndReset());
}

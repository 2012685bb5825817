namespace Frontline.Ledger;

/// <summary>What copying one source's snapshots did.</summary>
public sealed record SourceCopy(string Source, int Snapshots, int Added);

/// <summary>The outcome of a whole-ledger copy, with both ledgers' digests after it.</summary>
/// <param name="DocumentsAdded">Documents (with their sources and claims) the destination did not hold before.</param>
/// <param name="VerdictsAdded">Verdicts the destination did not hold before.</param>
/// <param name="From">Digest of the origin.</param>
/// <param name="To">Digest of the destination afterwards; equal to <paramref name="From"/> when it holds exactly the same.</param>
public sealed record LedgerCopyResult(IReadOnlyList<SourceCopy> Sources, int DocumentsAdded, int VerdictsAdded, LedgerDigest From, LedgerDigest To)
{
    public bool Matches => From == To;
}

/// <summary>Copies a whole ledger into another (SQLite to PostgreSQL or back): snapshots, documents, claims, verdicts; then proves they match.</summary>
/// <remarks>
/// In bounded memory and in batches, each one transaction: snapshots a source at a time, documents about
/// <see cref="ClaimsPerBatch"/> claims at a time, verdicts <see cref="VerdictsPerBatch"/> at a time. Rows the
/// destination already holds are skipped, so a copy interrupted anywhere leaves whole batches and running it again
/// completes it without duplicates. Claim ids differ between ledgers: verdicts are matched to their claims (and to the
/// claims that corroborate them) through (document hash, ordinal). Times of import, ingest and verdicts are the origin's.
/// </remarks>
public static class LedgerCopy
{
    public const int ClaimsPerBatch = 2_000;
    public const int VerdictsPerBatch = 5_000;

    public static async Task<LedgerCopyResult> CopyAsync(ILedger from, ILedger to, bool replace, CancellationToken cancellationToken)
    {
        var infos = await from.Snapshots.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var copies = new List<SourceCopy>();
        foreach (var group in infos.GroupBy(i => i.Source, StringComparer.Ordinal))
        {
            var snapshots = await from.Snapshots.RangeAsync(group.Key, group.Min(i => i.AsOf), group.Max(i => i.AsOf), cancellationToken)
                .ConfigureAwait(false);
            var added = await to.Snapshots.AddAsync(snapshots, replace, cancellationToken).ConfigureAwait(false);
            copies.Add(new SourceCopy(group.Key, snapshots.Count, added.Count(a => a)));
        }
        // Family roots come first in document order, so a near-duplicate's link always names a document already copied.
        var documents = 0;
        DocumentCursor? after = null;
        while (true)
        {
            var page = await from.Rows.ReadDocumentsAsync(after, ClaimsPerBatch, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }
            documents += await to.Rows.WriteDocumentsAsync(page, cancellationToken).ConfigureAwait(false);
            after = page[^1].Cursor;
        }
        // Verdicts after every claim, since a verdict names the claims that corroborate it, in any document.
        var verdicts = 0;
        VerdictCursor? afterVerdict = null;
        while (true)
        {
            var page = await from.Rows.ReadVerdictsAsync(afterVerdict, VerdictsPerBatch, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }
            verdicts += await to.Rows.WriteVerdictsAsync(page, cancellationToken).ConfigureAwait(false);
            afterVerdict = page[^1].Cursor;
        }
        var fromDigest = await LedgerDigest.ComputeAsync(from, cancellationToken).ConfigureAwait(false);
        var toDigest = await LedgerDigest.ComputeAsync(to, cancellationToken).ConfigureAwait(false);
        return new LedgerCopyResult(copies, documents, verdicts, fromDigest, toDigest);
    }

    /// <summary>Count and digest of the snapshots alone (see <see cref="LedgerDigest.DigestSnapshotsAsync"/>).</summary>
    public static Task<(int Count, string Digest)> DigestAsync(Maps.ISnapshotStore store, CancellationToken cancellationToken) =>
        LedgerDigest.DigestSnapshotsAsync(store, cancellationToken);
}

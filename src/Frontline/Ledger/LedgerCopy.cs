using Frontline.Maps;

namespace Frontline.Ledger;

/// <summary>What copying one source's snapshots did.</summary>
public sealed record SourceCopy(string Source, int Snapshots, int Added);

/// <summary>The outcome of a whole-ledger copy, with both ledgers' digests after it.</summary>
/// <param name="FromDigest">Digest of the origin (see <see cref="LedgerCopy.DigestAsync"/>).</param>
/// <param name="ToDigest">Digest of the destination afterwards; equal to <paramref name="FromDigest"/> when it holds exactly the same.</param>
public sealed record LedgerCopyResult(IReadOnlyList<SourceCopy> Sources, int FromCount, int ToCount, string FromDigest, string ToDigest)
{
    public bool Matches => FromCount == ToCount && FromDigest == ToDigest;
}

/// <summary>Copies a whole ledger into another (SQLite to PostgreSQL or back), then proves they match.</summary>
/// <remarks>
/// One transaction per source, so memory stays at one source's maps; a copy interrupted between sources leaves the
/// destination consistent (whole sources) and running it again completes it, the already-copied maps being no-ops.
/// Import times are those of the copy, not of the original import.
/// </remarks>
public static class LedgerCopy
{
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
        var (fromCount, fromDigest) = await DigestAsync(from.Snapshots, cancellationToken).ConfigureAwait(false);
        var (toCount, toDigest) = await DigestAsync(to.Snapshots, cancellationToken).ConfigureAwait(false);
        return new LedgerCopyResult(copies, fromCount, toCount, fromDigest, toDigest);
    }

    /// <summary>Count and SHA-256 over every stored snapshot's (source, date, content hash, held km² to 1 m²), in order.</summary>
    public static async Task<(int Count, string Digest)> DigestAsync(ISnapshotStore store, CancellationToken cancellationToken)
    {
        var infos = await store.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var lines = infos
            .OrderBy(i => i.Source, StringComparer.Ordinal).ThenBy(i => i.AsOf)
            .Select(i => FormattableString.Invariant($"{i.Source} {i.AsOf:yyyy-MM-dd} {i.ContentHash} {i.HeldKm2:F6} {i.ContestedKm2:F6}"));
        return (infos.Count, ContentHash.Combine(lines));
    }
}

namespace Frontline.Maps;

/// <summary>The ledger's snapshots. Implemented on SQLite (embedded) and PostgreSQL + PostGIS (team).</summary>
/// <remarks>
/// A batch is stored atomically: either every snapshot of <see cref="AddAsync"/> is stored, or none.
/// The same content (source, date, hash) stored twice is a no-op. A different content for a source and
/// date already stored is refused unless <c>replace</c> is set.
/// </remarks>
public interface ISnapshotStore
{
    /// <summary>Stores a batch in one transaction; returns, per snapshot, whether it was new.</summary>
    Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<Snapshot> batch, bool replace, CancellationToken cancellationToken);

    /// <summary>Snapshots of one source (or all when null), by source then date.</summary>
    Task<IReadOnlyList<SnapshotInfo>> ListAsync(string? source, CancellationToken cancellationToken);

    /// <summary>The snapshot of <paramref name="source"/> in force on <paramref name="date"/>: the latest on or before it.</summary>
    Task<Snapshot?> InForceAsync(string source, DateOnly date, CancellationToken cancellationToken);

    /// <summary>Every snapshot of <paramref name="source"/> dated within [from, to], inclusive, oldest first.</summary>
    Task<IReadOnlyList<Snapshot>> RangeAsync(string source, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

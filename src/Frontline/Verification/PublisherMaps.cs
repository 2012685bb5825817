using Frontline.Maps;

namespace Frontline.Verification;

/// <summary>One publisher's snapshots as a verdict sees them: what was in force before a claim, and what came after.</summary>
/// <remarks>Reads through the store once per publisher and keeps the snapshots, so verifying thousands of claims stays cheap.</remarks>
public sealed class PublisherMaps
{
    private readonly List<Snapshot> _snapshots;

    private PublisherMaps(string source, List<Snapshot> snapshots)
    {
        Source = source;
        _snapshots = snapshots;
    }

    public string Source { get; }

    public DateOnly? Latest => _snapshots.Count == 0 ? null : _snapshots[^1].AsOf;

    public static async Task<PublisherMaps> LoadAsync(ISnapshotStore store, string source, CancellationToken cancellationToken)
    {
        var all = await store.RangeAsync(source, DateOnly.MinValue, DateOnly.MaxValue, cancellationToken).ConfigureAwait(false);
        return new PublisherMaps(source, all.OrderBy(s => s.AsOf).ToList());
    }

    /// <summary>The snapshot in force on <paramref name="date"/>: the latest on or before it.</summary>
    public Snapshot? InForce(DateOnly date) => _snapshots.LastOrDefault(s => s.AsOf <= date);

    /// <summary>Snapshots dated within [from, to], oldest first.</summary>
    public IReadOnlyList<Snapshot> Between(DateOnly from, DateOnly to) => _snapshots.Where(s => s.AsOf >= from && s.AsOf <= to).ToList();

    /// <summary>The first snapshot dated on or after <paramref name="date"/> and no later than <paramref name="until"/>.</summary>
    public Snapshot? FirstOnOrAfter(DateOnly date, DateOnly until) => _snapshots.FirstOrDefault(s => s.AsOf >= date && s.AsOf <= until);

    public static string Describe(Snapshot s) => $"{s.AsOf:yyyy-MM-dd} {s.ContentHash[..12]}";
}

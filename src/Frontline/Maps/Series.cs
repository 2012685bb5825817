namespace Frontline.Maps;

/// <summary>One consecutive pair of snapshots of a series: the change from the previous snapshot to this date's.</summary>
public sealed record SeriesRow(
    DateOnly Date, DateOnly PreviousDate, int Days, double HeldKm2, double UaGainedKm2, double RuGainedKm2,
    double ContestedKm2, double? DeepestAdvanceKm, string? DeepestAdvanceSide, int SettlementsChanged, string InputsHash)
{
    /// <summary>Net km² per day for Russia over the pair (negative when Ukraine gained).</summary>
    public double NetKm2PerDay => Days == 0 ? 0 : (RuGainedKm2 - UaGainedKm2) / Days;
}

/// <summary>Runs <see cref="ChangeAnalyzer"/> over every consecutive pair of a source's snapshots in a window.</summary>
public static class Series
{
    /// <summary>The snapshot in force on <paramref name="from"/> and every later one up to <paramref name="to"/>, paired in order.</summary>
    /// <param name="progress">Called with (done, total) as pairs finish.</param>
    public static async Task<IReadOnlyList<SeriesRow>> ComputeAsync(
        ChangeAnalyzer analyzer, ISnapshotStore store, string source, DateOnly from, DateOnly to, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var first = await store.InForceAsync(source, from, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"no {source} snapshot on or before {from:yyyy-MM-dd}");
        var later = await store.RangeAsync(source, from.AddDays(1), to, cancellationToken).ConfigureAwait(false);
        var snapshots = new List<Snapshot> { first };
        snapshots.AddRange(later.Where(s => s.AsOf > first.AsOf));
        var rows = new SeriesRow[snapshots.Count - 1];
        var done = 0;
        // Pairs are independent and the analyzer caches each snapshot's projection, so both cores can work.
        await Parallel.ForEachAsync(Enumerable.Range(1, rows.Length),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            (i, _) =>
            {
                var a = snapshots[i - 1];
                var b = snapshots[i];
                var c = analyzer.Diff(a, b, a.AsOf, b.AsOf);
                rows[i - 1] = new SeriesRow(b.AsOf, a.AsOf, b.AsOf.DayNumber - a.AsOf.DayNumber, b.HeldKm2, c.UaGainedKm2, c.RuGainedKm2,
                    b.ContestedKm2, c.MaxAdvance?.DepthKm, c.MaxAdvance?.Side, c.SettlementsChanged.Count, c.InputsHash);
                progress?.Invoke(Interlocked.Increment(ref done), rows.Length);
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);
        return rows;
    }
}

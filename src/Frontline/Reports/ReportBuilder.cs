using Frontline.Maps;

namespace Frontline.Reports;

/// <summary>Gathers a <see cref="SituationReport"/>: the window's change, its series, the map's background and labels.</summary>
public static class ReportBuilder
{
    /// <summary>Largest towns labelled on the map besides those that changed hands.</summary>
    public const int TownLabels = 8;

    /// <summary>Builds the report for <paramref name="source"/> over [<paramref name="from"/>, <paramref name="to"/>].</summary>
    /// <exception cref="ArgumentException">The window is empty (<paramref name="to"/> not after <paramref name="from"/>).</exception>
    /// <exception cref="InvalidDataException">The ledger has no snapshot of the source in force at the start.</exception>
    public static async Task<SituationReport> BuildAsync(
        ChangeAnalyzer analyzer, ISnapshotStore store, string source, DateOnly from, DateOnly to,
        IReadOnlyList<ReportClaim> claims, CancellationToken cancellationToken)
    {
        await CheckWindowAsync(store, source, from, to, cancellationToken).ConfigureAwait(false);
        var change = await analyzer.DiffAsync(store, source, from, to, cancellationToken).ConfigureAwait(false);
        var series = await Series.ComputeAsync(analyzer, store, source, from, to, null, cancellationToken).ConfigureAwait(false);
        var end = await store.InForceAsync(source, to, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"no {source} snapshot on or before {to:yyyy-MM-dd}");
        var infos = await store.ListAsync(source, cancellationToken).ConfigureAwait(false);
        var used = infos.Where(i => i.AsOf >= change.FromSnapshot.AsOf && i.AsOf <= change.ToSnapshot.AsOf)
            .Select(i => new SnapshotRef(i.AsOf, i.ContentHash, i.Origin)).ToList();
        return new SituationReport(source, from, to, change, series, end.Held, analyzer.Terrain.Oblasts.Oblasts,
            Labels(change, analyzer.Terrain), claims, used, analyzer.Terrain.DataHash);
    }

    /// <summary>Refuses an empty window or a source the ledger does not hold, naming what it holds.</summary>
    public static async Task CheckWindowAsync(ISnapshotStore store, string source, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            throw new ArgumentException($"empty window: --to {to:yyyy-MM-dd} must be after --from {from:yyyy-MM-dd}");
        }
        var all = await store.ListAsync(null, cancellationToken).ConfigureAwait(false);
        if (!all.Any(s => string.Equals(s.Source, source, StringComparison.Ordinal)))
        {
            var known = string.Join(", ", all.Select(s => s.Source).Distinct(StringComparer.Ordinal));
            throw new ArgumentException($"unknown source '{source}': the ledger holds {(known.Length == 0 ? "no snapshots" : known)}");
        }
    }

    private static List<MapLabel> Labels(Change change, Terrain terrain)
    {
        var labels = change.SettlementsChanged.Take(6).Select(s => new MapLabel(s.Name, s.Lon, s.Lat, s.To)).ToList();
        var area = change.UaGainedArea.EnvelopeInternal.Copy();
        area.ExpandToInclude(change.RuGainedArea.EnvelopeInternal);
        if (area.IsNull)
        {
            return labels;
        }
        area.ExpandBy(Math.Max(area.Width, 1.5) * 0.3, Math.Max(area.Height, 1.0) * 0.3);
        var taken = labels.Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var s in terrain.Settlements.Where(s => s.Population >= 20_000 && area.Contains(s.Lon, s.Lat))
                     .OrderByDescending(s => s.Population).Take(TownLabels))
        {
            if (taken.Add(s.DisplayName))
            {
                labels.Add(new MapLabel(s.DisplayName, s.Lon, s.Lat, null));
            }
        }
        return labels;
    }
}

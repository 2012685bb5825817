using System.Runtime.CompilerServices;
using Frontline.Geometry;
using Frontline.Maps;

namespace Frontline.Reports.Exports;

/// <summary>Snapshots and changes as export features, produced one at a time from the ledger.</summary>
/// <remarks>
/// Only one snapshot (two for changes) is in memory at a time: the list comes without geometry and each map is
/// loaded when its turn comes, so an export of years of daily maps runs in constant memory.
/// </remarks>
public static class MapExports
{
    /// <summary>One feature per snapshot and status (held, contested): the publisher's polygons with their km².</summary>
    public static ExportLayer SnapshotLayer { get; } = new("snapshots", "MULTIPOLYGON",
    [
        new("source", ExportType.Text), new("as_of", ExportType.Text), new("status", ExportType.Text),
        new("km2", ExportType.Real), new("content_hash", ExportType.Text), new("origin", ExportType.Text),
    ]);

    /// <summary>One feature per polygon of ground that changed hands between consecutive snapshots.</summary>
    public static ExportLayer ChangeLayer { get; } = new("changes", "POLYGON",
    [
        new("source", ExportType.Text), new("from", ExportType.Text), new("to", ExportType.Text), new("days", ExportType.Integer),
        new("side", ExportType.Text), new("change", ExportType.Text), new("km2", ExportType.Real), new("oblast", ExportType.Text),
        new("inputs_hash", ExportType.Text),
    ]);

    /// <summary>The snapshots of <paramref name="source"/> (all when null) dated in [from, to], by source then date.</summary>
    public static async Task<IReadOnlyList<SnapshotInfo>> ListAsync(ISnapshotStore store, string? source, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(source, cancellationToken).ConfigureAwait(false);
        return all.Where(s => (from is null || s.AsOf >= from) && (to is null || s.AsOf <= to)).ToList();
    }

    public static async IAsyncEnumerable<ExportRecord> SnapshotsAsync(
        ISnapshotStore store, IReadOnlyList<SnapshotInfo> infos, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var info in infos)
        {
            var s = await store.InForceAsync(info.Source, info.AsOf, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"snapshot {info.Source} {info.AsOf:yyyy-MM-dd} vanished from the ledger during the export");
            foreach (var (status, area, km2) in new[] { ("held", s.Held, s.HeldKm2), ("contested", s.Contested, s.ContestedKm2) })
            {
                if (!area.IsEmpty)
                {
                    yield return new ExportRecord(area, [s.Source, Day(s.AsOf), status, km2, s.ContentHash, s.Origin]);
                }
            }
        }
    }

    /// <summary>The ground each side gained between each consecutive pair of <paramref name="infos"/> of the same source.</summary>
    public static async IAsyncEnumerable<ExportRecord> ChangesAsync(
        ChangeAnalyzer analyzer, ISnapshotStore store, IReadOnlyList<SnapshotInfo> infos, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Snapshot? previous = null;
        foreach (var info in infos)
        {
            var current = await store.InForceAsync(info.Source, info.AsOf, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"snapshot {info.Source} {info.AsOf:yyyy-MM-dd} vanished from the ledger during the export");
            if (previous is not null && string.Equals(previous.Source, current.Source, StringComparison.Ordinal))
            {
                var c = analyzer.Diff(previous, current, previous.AsOf, current.AsOf);
                var days = current.AsOf.DayNumber - previous.AsOf.DayNumber;
                foreach (var (side, gained) in new[] { ("UA", c.UaGainedArea), ("RU", c.RuGainedArea) })
                {
                    for (var i = 0; i < gained.NumGeometries; i++)
                    {
                        var polygon = gained.GetGeometryN(i);
                        var at = polygon.InteriorPoint;
                        yield return new ExportRecord(polygon,
                        [
                            c.Source, Day(previous.AsOf), Day(current.AsOf), (long)days, side,
                            side == "UA" ? "lost by Russia" : "gained by Russia", EqualArea.AreaKm2(polygon),
                            analyzer.Terrain.Oblasts.Locate(at.X, at.Y)?.Name ?? "", c.InputsHash,
                        ]);
                    }
                }
                analyzer.Forget(previous.ContentHash);
            }
            else if (previous is not null)
            {
                analyzer.Forget(previous.ContentHash);
            }
            previous = current;
        }
        if (previous is not null)
        {
            analyzer.Forget(previous.ContentHash);
        }
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

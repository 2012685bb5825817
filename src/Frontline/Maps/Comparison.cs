using Frontline.Geometry;
using NetTopologySuite.Geometries;

namespace Frontline.Maps;

/// <summary>Where two publishers' maps of one date disagree about what Russia holds.</summary>
/// <param name="OnlyAKm2">Held according to <paramref name="SourceA"/> only.</param>
/// <param name="ByOblast">Per oblast, km² held by one publisher and not the other.</param>
public sealed record Comparison(
    DateOnly Date, string SourceA, string SourceB, SnapshotRef SnapshotA, SnapshotRef SnapshotB,
    double HeldKm2A, double HeldKm2B, double BothKm2, double OnlyAKm2, double OnlyBKm2,
    IReadOnlyList<OblastDisagreement> ByOblast, string InputsHash, IReadOnlyList<string> Notes,
    [property: System.Text.Json.Serialization.JsonIgnore] MultiPolygon OnlyA,
    [property: System.Text.Json.Serialization.JsonIgnore] MultiPolygon OnlyB);

/// <summary>km² held by one publisher and not the other, in one oblast.</summary>
public sealed record OblastDisagreement(string Oblast, double OnlyAKm2, double OnlyBKm2);

/// <summary>Compares two publishers on one date. Publishers are never merged into one truth: each keeps its own answer.</summary>
public static class MapComparer
{
    public static async Task<Comparison> CompareAsync(
        ChangeAnalyzer analyzer, ISnapshotStore store, DateOnly date, string sourceA, string sourceB, CancellationToken cancellationToken)
    {
        var a = await store.InForceAsync(sourceA, date, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"no {sourceA} snapshot on or before {date:yyyy-MM-dd}");
        var b = await store.InForceAsync(sourceB, date, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"no {sourceB} snapshot on or before {date:yyyy-MM-dd}");
        var notes = new List<string>();
        foreach (var s in new[] { a, b }.Where(s => s.AsOf != date))
        {
            notes.Add($"{s.Source} has no snapshot for {date:yyyy-MM-dd}; used the latest before it, {s.AsOf:yyyy-MM-dd}");
        }
        if (a.Source == "nzz" || b.Source == "nzz")
        {
            notes.Add("nzz leaves Crimea out by construction: Crimea shows as a disagreement");
        }
        var pa = analyzer.Project(a).Held;
        var pb = analyzer.Project(b).Held;
        var onlyA = RobustOverlay.Difference(pa, pb);
        var onlyB = RobustOverlay.Difference(pb, pa);
        var byOblast = analyzer.Terrain.AreaByOblast(onlyA, onlyB).Where(o => o.AKm2 > 0.05 || o.BKm2 > 0.05)
            .Select(o => new OblastDisagreement(o.Oblast, o.AKm2, o.BKm2)).ToList();
        return new Comparison(date, a.Source, b.Source,
            new SnapshotRef(a.AsOf, a.ContentHash, a.Origin), new SnapshotRef(b.AsOf, b.ContentHash, b.Origin),
            a.HeldKm2, b.HeldKm2, (pa.Area - onlyA.Area) / 1e6, onlyA.Area / 1e6, onlyB.Area / 1e6,
            byOblast.OrderByDescending(o => o.OnlyAKm2 + o.OnlyBKm2).ToList(),
            Ledger.ContentHash.Combine([ChangeAnalyzer.Method, a.ContentHash, b.ContentHash, analyzer.Terrain.DataHash]), notes,
            EqualArea.Unproject(onlyA), EqualArea.Unproject(onlyB));
    }
}

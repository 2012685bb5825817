using System.Collections.Concurrent;
using System.Globalization;
using Frontline.Geometry;
using Frontline.Ledger;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace Frontline.Maps;

/// <summary>Measures what changed between two snapshots: km² by side and oblast, deepest advance, settlements.</summary>
/// <remarks>
/// All overlay work runs on the equal-area projection (metres), so areas need no second projection;
/// depths are reported geodesically between lon/lat points. Projected areas and front lines are cached
/// per snapshot hash, so a series computes each snapshot's once. Thread-safe.
/// </remarks>
public sealed partial class ChangeAnalyzer(Terrain terrain)
{
    /// <summary>Version of the method, part of every figure's inputs hash: bump it when a result would change.</summary>
    public const string Method = "frontline-diff/1";

    /// <summary>Only new-line points this close to ground that changed hands count towards the depth of advance.</summary>
    public const double ChangedGroundMetres = 1000;

    private const double DepthSampleMetres = 250;
    private readonly ConcurrentDictionary<string, Projected> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), PairChange> _pairs = new();
    private const int PairCacheSize = 16;

    public Terrain Terrain => terrain;

    /// <summary>Compares the snapshots of <paramref name="source"/> in force on the two dates (the latest on or before each).</summary>
    public Task<Change> DiffAsync(ISnapshotStore store, string source, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        DiffAsync(store, source, from, to, frontLengths: false, cancellationToken);

    /// <summary>As <see cref="DiffAsync(ISnapshotStore, string, DateOnly, DateOnly, CancellationToken)"/>, with the front lines' lengths when <paramref name="frontLengths"/>.</summary>
    public async Task<Change> DiffAsync(ISnapshotStore store, string source, DateOnly from, DateOnly to, bool frontLengths, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            throw new ArgumentException($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}");
        }
        var a = await store.InForceAsync(source, from, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"no {source} snapshot on or before {from:yyyy-MM-dd}; import one with 'frontline maps import … --source {source}'");
        var b = await store.InForceAsync(source, to, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"no {source} snapshot on or before {to:yyyy-MM-dd}");
        return Diff(a, b, from, to, frontLengths);
    }

    /// <summary>Compares two snapshots; <paramref name="from"/> and <paramref name="to"/> are the dates asked for.</summary>
    /// <param name="frontLengths">Also measure the length of both front lines (<see cref="Change.FrontLengthKmFrom"/>): this
    /// extracts each front line in full, the costliest step, which the areas, depth and settlements do not need.</param>
    public Change Diff(Snapshot a, Snapshot b, DateOnly from, DateOnly to, bool frontLengths = false)
    {
        var notes = new List<string>();
        if (a.AsOf != from)
        {
            notes.Add($"{a.Source} has no snapshot for {from:yyyy-MM-dd}; used the latest before it, {a.AsOf:yyyy-MM-dd}");
        }
        if (b.AsOf != to)
        {
            notes.Add($"{b.Source} has no snapshot for {to:yyyy-MM-dd}; used the latest before it, {b.AsOf:yyyy-MM-dd}");
        }
        if (a.ContentHash == b.ContentHash)
        {
            notes.Add("both dates resolve to the same map: no change can be measured");
        }
        var pa = Project(a);
        var pb = Project(b);
        var pair = Pair(a, b, pa, pb);
        var advances = Advances(pa, pb, pair, null);
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"areas on an Albers equal-area projection of WGS 84; front line = held boundary whose outer side, {FrontLine.ProbeMetres / 1000:0.#} km out, is Ukrainian land ≥ {FrontLine.CoastMarginMetres / 1000:0.#} km from coast or border and not a lake or reservoir; depth counts new-line points within {ChangedGroundMetres / 1000:0.#} km of ground that changed hands, sampled every {DepthSampleMetres:0} m"));
        return new Change(
            a.Source, from, to,
            new SnapshotRef(a.AsOf, a.ContentHash, a.Origin), new SnapshotRef(b.AsOf, b.ContentHash, b.Origin),
            a.HeldKm2, b.HeldKm2, pair.UaGain.Area / 1e6, pair.RuGain.Area / 1e6, a.ContestedKm2, b.ContestedKm2,
            ByOblast(pair.UaGain, pair.RuGain),
            advances.OrderByDescending(x => x.DepthKm).FirstOrDefault(),
            advances,
            frontLengths ? pa.Front.LengthKm : null, frontLengths ? pb.Front.LengthKm : null,
            Settlements(pa, pb, pair.Boxes),
            ContentHash.Combine([Method, a.ContentHash, b.ContentHash, terrain.DataHash]),
            notes,
            EqualArea.Unproject(pair.UaGain), EqualArea.Unproject(pair.RuGain));
    }

    /// <summary>Drops a snapshot's cached projection, so a long streaming pass keeps memory for two snapshots only.</summary>
    public void Forget(string contentHash) => _cache.TryRemove(contentHash, out _);

    /// <summary>The projected held and contested areas and the front line of a snapshot, cached by its hash.</summary>
    public Projected Project(Snapshot s) => _cache.GetOrAdd(s.ContentHash, _ =>
    {
        var held = EqualArea.Project(s.Held);
        return new Projected(held, EqualArea.Project(s.Contested), terrain);
    });

    private List<OblastChange> ByOblast(MultiPolygon uaGain, MultiPolygon ruGain) =>
        // Slivers under 0.05 km² are publishers redrawing a shared border, not ground changing hands.
        terrain.AreaByOblast(uaGain, ruGain).Where(o => o.AKm2 + o.BKm2 >= 0.05).Select(o => new OblastChange(o.Oblast, o.AKm2, o.BKm2))
            .OrderByDescending(o => o.UaGainedKm2 + o.RuGainedKm2).ToList();

    /// <summary>The deepest advance of <paramref name="side"/> between two snapshots whose new-line point lies in one of <paramref name="oblasts"/> (any when null).</summary>
    public Advance? DeepestAdvance(Snapshot a, Snapshot b, string side, IReadOnlyCollection<string>? oblasts)
    {
        var pa = Project(a);
        var pb = Project(b);
        return Advances(pa, pb, Pair(a, b, pa, pb), oblasts).FirstOrDefault(x => x.Side == side);
    }

    /// <summary>The ground that changed hands between two snapshots, kept for the last few pairs: a verdict asks for a pair's diff and then its depth.</summary>
    private PairChange Pair(Snapshot a, Snapshot b, Projected pa, Projected pb)
    {
        var key = (a.ContentHash, b.ContentHash);
        if (_pairs.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var (uaGain, ruGain, boxes) = LocalOverlay.Differences(pa.Held, pb.Held);
        var pair = new PairChange(uaGain, ruGain, boxes);
        if (_pairs.Count >= PairCacheSize)
        {
            _pairs.Clear();
        }
        _pairs[key] = pair;
        return pair;
    }

    /// <summary>Where a lon/lat point stands in a snapshot: <c>held</c>, <c>contested</c> or <c>free</c>.</summary>
    public string StatusAt(Snapshot s, double lon, double lat)
    {
        var (x, y) = EqualArea.Forward(lon, lat);
        var p = Project(s);
        return Status(new Coordinate(x, y), p.HeldLocator, p.ContestedLocator);
    }

    private List<SettlementChange> Settlements(Projected a, Projected b, IReadOnlyList<Envelope> heldBoxes)
    {
        // A settlement's status can differ only where the held or the contested boundaries differ.
        var boxes = heldBoxes.Concat(LocalOverlay.ChangedBoxes(a.Contested, b.Contested));
        var list = new List<SettlementChange>();
        foreach (var i in boxes.SelectMany(terrain.SettlementsIn).Distinct())
        {
            var c = terrain.SettlementPoints[i];
            var from = Status(c, a.HeldLocator, a.ContestedLocator);
            var to = Status(c, b.HeldLocator, b.ContestedLocator);
            if (from == to)
            {
                continue;
            }
            var s = terrain.Settlements[i];
            list.Add(new SettlementChange(s.DisplayName, ShortOblast(s.Oblast), to switch { "held" => "RU", "free" => "UA", _ => "contested" },
                from, to, s.Lon, s.Lat, s.Population, s.GeonameId));
        }
        return list.OrderByDescending(s => s.Population).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    private static string Status(Coordinate c, IPointOnGeometryLocator held, IPointOnGeometryLocator contested) =>
        held.Locate(c) != Location.Exterior ? "held" : contested.Locate(c) != Location.Exterior ? "contested" : "free";

    private static string ShortOblast(string oblast) =>
        oblast switch
        {
            "Autonomous Republic of Crimea" => "Crimea",
            "Kyiv (city)" => "Kyiv",
            _ => oblast.EndsWith(" Oblast", StringComparison.Ordinal) ? oblast[..^7] : oblast,
        };

    /// <summary>A snapshot on the equal-area plane, with its point locators and its front line.</summary>
    /// <remarks>The front line is extracted on first use: diffs need it only near the change (<see cref="FrontWindow"/>).</remarks>
    public sealed class Projected(MultiPolygon held, MultiPolygon contested, Terrain terrain)
    {
        private readonly Lazy<FrontLine> _front = new(() => FrontLine.Extract(held, terrain));
        private readonly Lazy<IPointOnGeometryLocator> _held = new(() => new IndexedPointInAreaLocator(held));
        private readonly Lazy<IPointOnGeometryLocator> _contested = new(() => new IndexedPointInAreaLocator(contested));
        private readonly Lazy<IReadOnlyList<Coordinate[]>> _boundary = new(() => FrontWindow.DensifiedRings(held));

        public MultiPolygon Held => held;

        public MultiPolygon Contested => contested;

        public FrontLine Front => _front.Value;

        internal IPointOnGeometryLocator HeldLocator => _held.Value;

        internal IPointOnGeometryLocator ContestedLocator => _contested.Value;

        /// <summary>The held area's rings densified for front-line extraction (<see cref="FrontWindow.DensifiedRings"/>).</summary>
        internal IReadOnlyList<Coordinate[]> Boundary => _boundary.Value;
    }

    /// <summary>Ground each side gained (projected), and the disjoint boxes outside which the two held areas are equal.</summary>
    private sealed record PairChange(MultiPolygon UaGain, MultiPolygon RuGain, IReadOnlyList<Envelope> Boxes);
}

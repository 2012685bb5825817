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
public sealed class ChangeAnalyzer(Terrain terrain)
{
    /// <summary>Version of the method, part of every figure's inputs hash: bump it when a result would change.</summary>
    public const string Method = "frontline-diff/1";

    /// <summary>Only new-line points this close to ground that changed hands count towards the depth of advance.</summary>
    public const double ChangedGroundMetres = 1000;

    private const double DepthSampleMetres = 250;
    private readonly ConcurrentDictionary<string, Projected> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (IPointOnGeometryLocator Held, IPointOnGeometryLocator Contested)> _locators = new(StringComparer.Ordinal);

    public Terrain Terrain => terrain;

    /// <summary>Compares the snapshots of <paramref name="source"/> in force on the two dates (the latest on or before each).</summary>
    public async Task<Change> DiffAsync(ISnapshotStore store, string source, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            throw new ArgumentException($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}");
        }
        var a = await store.InForceAsync(source, from, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"no {source} snapshot on or before {from:yyyy-MM-dd}; import one with 'frontline maps import … --source {source}'");
        var b = await store.InForceAsync(source, to, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"no {source} snapshot on or before {to:yyyy-MM-dd}");
        return Diff(a, b, from, to);
    }

    /// <summary>Compares two snapshots; <paramref name="from"/> and <paramref name="to"/> are the dates asked for.</summary>
    public Change Diff(Snapshot a, Snapshot b, DateOnly from, DateOnly to)
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
        var uaGain = RobustOverlay.Difference(pa.Held, pb.Held);
        var ruGain = RobustOverlay.Difference(pb.Held, pa.Held);
        var advances = Advances(pa, pb, uaGain, ruGain);
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"areas on an Albers equal-area projection of WGS 84; front line = held boundary whose outer side, {FrontLine.ProbeMetres / 1000:0.#} km out, is Ukrainian land ≥ {FrontLine.CoastMarginMetres / 1000:0.#} km from coast or border and not a lake or reservoir; depth counts new-line points within {ChangedGroundMetres / 1000:0.#} km of ground that changed hands, sampled every {DepthSampleMetres:0} m"));
        return new Change(
            a.Source, from, to,
            new SnapshotRef(a.AsOf, a.ContentHash, a.Origin), new SnapshotRef(b.AsOf, b.ContentHash, b.Origin),
            a.HeldKm2, b.HeldKm2, uaGain.Area / 1e6, ruGain.Area / 1e6, a.ContestedKm2, b.ContestedKm2,
            ByOblast(uaGain, ruGain),
            advances.OrderByDescending(x => x.DepthKm).FirstOrDefault(),
            advances,
            pa.Front.LengthKm, pb.Front.LengthKm,
            Settlements(pa, pb),
            ContentHash.Combine([Method, a.ContentHash, b.ContentHash, terrain.DataHash]),
            notes,
            EqualArea.Unproject(uaGain), EqualArea.Unproject(ruGain));
    }

    /// <summary>Drops a snapshot's cached projection, so a long streaming pass keeps memory for two snapshots only.</summary>
    public void Forget(string contentHash) => _cache.TryRemove(contentHash, out _);

    /// <summary>The projected held and contested areas and the front line of a snapshot, cached by its hash.</summary>
    public Projected Project(Snapshot s) => _cache.GetOrAdd(s.ContentHash, _ =>
    {
        var held = EqualArea.Project(s.Held);
        return new Projected(held, EqualArea.Project(s.Contested), terrain);
    });

    private List<OblastChange> ByOblast(MultiPolygon uaGain, MultiPolygon ruGain)
    {
        var byOblast = new Dictionary<string, (double Ua, double Ru)>(StringComparer.Ordinal);
        void Add(MultiPolygon gained, bool ua)
        {
            for (var i = 0; i < gained.NumGeometries; i++)
            {
                var piece = gained.GetGeometryN(i);
                foreach (var (name, area) in terrain.ProjectedOblasts)
                {
                    if (!area.Geometry.EnvelopeInternal.Intersects(piece.EnvelopeInternal) || !area.Intersects(piece))
                    {
                        continue;
                    }
                    var km2 = area.Covers(piece) ? piece.Area / 1e6 : RobustOverlay.Intersection(area.Geometry, piece).Area / 1e6;
                    if (km2 <= 0)
                    {
                        continue;
                    }
                    var (u, r) = byOblast.GetValueOrDefault(name);
                    byOblast[name] = ua ? (u + km2, r) : (u, r + km2);
                }
            }
        }
        Add(uaGain, ua: true);
        Add(ruGain, ua: false);
        // Slivers under 0.05 km² are publishers redrawing a shared border, not ground changing hands.
        return byOblast.Where(kv => kv.Value.Ua + kv.Value.Ru >= 0.05).Select(kv => new OblastChange(kv.Key, kv.Value.Ua, kv.Value.Ru))
            .OrderByDescending(o => o.UaGainedKm2 + o.RuGainedKm2).ToList();
    }

    /// <summary>The deepest advance of <paramref name="side"/> between two snapshots whose new-line point lies in one of <paramref name="oblasts"/> (any when null).</summary>
    public Advance? DeepestAdvance(Snapshot a, Snapshot b, string side, IReadOnlyCollection<string>? oblasts)
    {
        var pa = Project(a);
        var pb = Project(b);
        var uaGain = RobustOverlay.Difference(pa.Held, pb.Held);
        var ruGain = RobustOverlay.Difference(pb.Held, pa.Held);
        return Advances(pa, pb, uaGain, ruGain, oblasts).FirstOrDefault(x => x.Side == side);
    }

    private List<Advance> Advances(Projected a, Projected b, MultiPolygon uaGain, MultiPolygon ruGain, IReadOnlyCollection<string>? oblasts = null)
    {
        var result = new List<Advance>();
        if (a.Front.Line.IsEmpty || b.Front.Line.IsEmpty || uaGain.IsEmpty && ruGain.IsEmpty)
        {
            return result;
        }
        var oldLine = new IndexedFacetDistance(a.Front.Line);
        // A point of the new line on ground that was the other side's is a Russian advance; anywhere else (in ground
        // Russia held, or in a river gap between two held banks) the line moved back: a Ukrainian advance.
        var wasOtherSide = new IndexedPointInAreaLocator(a.Front.OtherSideGround);
        var changed = new IndexedFacetDistance(Geo.Factory.CreateGeometryCollection([uaGain, ruGain]));
        // Farthest points first: only they need the (costlier) checks that they border ground that changed hands.
        var candidates = Densifier.Densify(b.Front.Line, DepthSampleMetres).Coordinates
            .Select(c => (At: c, Metres: oldLine.Distance(new Point(c))))
            .OrderByDescending(x => x.Metres);
        var best = new Dictionary<string, (double Metres, Coordinate At, string? Oblast)>(StringComparer.Ordinal);
        foreach (var (c, d) in candidates)
        {
            if (changed.Distance(new Point(c)) > ChangedGroundMetres)
            {
                continue;
            }
            var side = wasOtherSide.Locate(c) == Location.Exterior ? "UA" : "RU";
            if (best.ContainsKey(side))
            {
                continue;
            }
            var (lon, lat) = EqualArea.Inverse(c.X, c.Y);
            var oblast = terrain.Oblasts.Locate(lon, lat)?.Name;
            if (oblasts is not null && (oblast is null || !oblasts.Contains(oblast)))
            {
                continue;
            }
            best[side] = (d, c, oblast);
            if (best.Count == 2)
            {
                break;
            }
        }
        foreach (var (side, (_, at, oblast)) in best)
        {
            var nearest = oldLine.NearestPoints(new Point(at))[0]; // [0] lies on the indexed (old) line, [1] on the query
            var (lon, lat) = EqualArea.Inverse(at.X, at.Y);
            var (fromLon, fromLat) = EqualArea.Inverse(nearest.X, nearest.Y);
            result.Add(new Advance(side, Geodesic.DistanceKm(fromLon, fromLat, lon, lat), lon, lat, fromLon, fromLat, oblast));
        }
        return result.OrderByDescending(x => x.DepthKm).ToList();
    }

    /// <summary>Where a lon/lat point stands in a snapshot: <c>held</c>, <c>contested</c> or <c>free</c>.</summary>
    public string StatusAt(Snapshot s, double lon, double lat)
    {
        var (x, y) = EqualArea.Forward(lon, lat);
        var locators = _locators.GetOrAdd(s.ContentHash, _ =>
        {
            var p = Project(s);
            return (new IndexedPointInAreaLocator(p.Held), new IndexedPointInAreaLocator(p.Contested));
        });
        return Status(new Coordinate(x, y), locators.Held, locators.Contested);
    }

    private List<SettlementChange> Settlements(Projected a, Projected b)
    {
        var heldA = new IndexedPointInAreaLocator(a.Held);
        var heldB = new IndexedPointInAreaLocator(b.Held);
        var contestedA = new IndexedPointInAreaLocator(a.Contested);
        var contestedB = new IndexedPointInAreaLocator(b.Contested);
        var boxA = a.Held.EnvelopeInternal.Copy();
        boxA.ExpandToInclude(a.Contested.EnvelopeInternal);
        var box = boxA.Copy();
        box.ExpandToInclude(b.Held.EnvelopeInternal);
        box.ExpandToInclude(b.Contested.EnvelopeInternal);
        var list = new List<SettlementChange>();
        for (var i = 0; i < terrain.SettlementPoints.Count; i++)
        {
            var c = terrain.SettlementPoints[i];
            if (!box.Contains(c))
            {
                continue;
            }
            var from = Status(c, heldA, contestedA);
            var to = Status(c, heldB, contestedB);
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

    /// <summary>A snapshot on the equal-area plane, with its front line.</summary>
    /// <remarks>The front line is extracted on first use: settlement lookups and comparisons never need it.</remarks>
    public sealed class Projected(MultiPolygon held, MultiPolygon contested, Terrain terrain)
    {
        private readonly Lazy<FrontLine> _front = new(() => FrontLine.Extract(held, terrain));

        public MultiPolygon Held => held;

        public MultiPolygon Contested => contested;

        public FrontLine Front => _front.Value;
    }
}

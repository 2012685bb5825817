using System.Text.Json;
using Frontline.Geometry;
using Frontline.Places;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Index.Strtree;

namespace Frontline.Maps;

/// <summary>What a front line is measured against: Ukraine's land, its lakes and reservoirs, oblasts and settlements, all projected (metres).</summary>
/// <remarks>Built once per process from the geo data folder (or a user's own files of the same shape).</remarks>
public sealed class Terrain
{
    private readonly IPointOnGeometryLocator _land;
    private readonly SegmentIndex _landEdge;
    private readonly IPointOnGeometryLocator _water;
    private readonly STRtree<int> _settlementIndex;

    private Terrain(MultiPolygon land, MultiPolygon water, OblastMap oblasts, IReadOnlyList<Settlement> settlements)
    {
        _land = new IndexedPointInAreaLocator(land);
        _landEdge = new SegmentIndex(land);
        _water = new IndexedPointInAreaLocator(water);
        Ground = RobustOverlay.Difference(land, water);
        Oblasts = oblasts;
        ProjectedOblasts = oblasts.Oblasts.Select(o => (o.Name, PreparedGeometryFactory.Prepare(EqualArea.Project(o.Area)))).ToList();
        Settlements = settlements.Where(s => s.IsCurrent && s.Oblast.Length > 0).ToList();
        SettlementPoints = Settlements.Select(s => { var (x, y) = EqualArea.Forward(s.Lon, s.Lat); return new Coordinate(x, y); }).ToArray();
        _settlementIndex = new STRtree<int>();
        for (var i = 0; i < SettlementPoints.Count; i++)
        {
            _settlementIndex.Insert(new Envelope(SettlementPoints[i]), i);
        }
        _settlementIndex.Build();
        DataHash = "";
    }

    public OblastMap Oblasts { get; }

    /// <summary>Ukraine's land less lakes and reservoirs, projected (metres).</summary>
    public MultiPolygon Ground { get; }

    /// <summary>True when a projected point is at least <paramref name="marginMetres"/> from Ukraine's coast or state border.</summary>
    /// <remarks>A bounded search (it stops at the first facet within the margin), not a full distance: it runs for every probe of every front line.</remarks>
    public bool IsAwayFromEdge(Coordinate point, double marginMetres) => !_landEdge.IsWithin(point, marginMetres);

    /// <summary>Oblast polygons projected to the equal-area plane, for km² by oblast.</summary>
    public IReadOnlyList<(string Name, IPreparedGeometry Area)> ProjectedOblasts { get; }

    /// <summary>Current settlements (no city sections, historical, abandoned or destroyed places) inside Ukraine.</summary>
    public IReadOnlyList<Settlement> Settlements { get; }

    /// <summary>The projected position of each of <see cref="Settlements"/>, same order.</summary>
    public IReadOnlyList<Coordinate> SettlementPoints { get; }

    /// <summary>The indices (into <see cref="Settlements"/>) of the settlements inside a projected box.</summary>
    public IEnumerable<int> SettlementsIn(Envelope box) => _settlementIndex.Query(box);

    /// <summary>The km² of two projected areas in each oblast they reach (<paramref name="a"/> first), in the order of <see cref="ProjectedOblasts"/>.</summary>
    /// <remarks>Piece by piece: a piece inside one oblast needs no overlay, only those that cross a border are cut.</remarks>
    public IReadOnlyList<(string Oblast, double AKm2, double BKm2)> AreaByOblast(MultiPolygon a, MultiPolygon b)
    {
        var byOblast = new Dictionary<string, (double A, double B)>(StringComparer.Ordinal);
        void Add(MultiPolygon area, bool first)
        {
            for (var i = 0; i < area.NumGeometries; i++)
            {
                var piece = area.GetGeometryN(i);
                foreach (var (name, oblast) in ProjectedOblasts)
                {
                    if (!oblast.Geometry.EnvelopeInternal.Intersects(piece.EnvelopeInternal) || !oblast.Intersects(piece))
                    {
                        continue;
                    }
                    var km2 = oblast.Covers(piece) ? piece.Area / 1e6 : RobustOverlay.Intersection(oblast.Geometry, piece).Area / 1e6;
                    if (km2 <= 0)
                    {
                        continue;
                    }
                    var (x, y) = byOblast.GetValueOrDefault(name);
                    byOblast[name] = first ? (x + km2, y) : (x, y + km2);
                }
            }
        }
        Add(a, first: true);
        Add(b, first: false);
        return ProjectedOblasts.Where(o => byOblast.ContainsKey(o.Name)).Select(o => (o.Name, byOblast[o.Name].A, byOblast[o.Name].B)).ToList();
    }

    /// <summary>SHA-256 over the geo files used, so every figure names the boundaries it was measured against.</summary>
    public string DataHash { get; private init; }

    /// <summary>A terrain from geometries in lon/lat (for a user's own boundaries, and for tests with known answers).</summary>
    public static Terrain Create(MultiPolygon land, MultiPolygon water, OblastMap oblasts, IReadOnlyList<Settlement> settlements) =>
        new(EqualArea.Project(land), EqualArea.Project(water), oblasts, settlements);

    public static Terrain Load(GeoDataPaths paths)
    {
        // Each file is read once: its bytes are hashed for DataHash and parsed from memory.
        var border = File.ReadAllBytes(paths.Border);
        var water = File.ReadAllBytes(paths.Water);
        var oblasts = File.ReadAllBytes(paths.Oblasts);
        var settlements = File.ReadAllBytes(paths.Settlements);
        var hash = Ledger.ContentHash.Combine(new[] { border, water, oblasts, settlements }.Select(b => Ledger.ContentHash.Of(b)));
        var land = ReadPolygons(border, paths.Border, f => f.Attributes.Exists("extent") && Equals(f.Attributes["extent"]?.ToString(), "land"));
        return new Terrain(EqualArea.Project(land), EqualArea.Project(ReadPolygons(water, paths.Water, _ => true)),
            OblastMap.Load(new MemoryStream(oblasts, writable: false), paths.Oblasts), SettlementFile.Read(new MemoryStream(settlements, writable: false), paths.Settlements))
        {
            DataHash = hash,
        };
    }

    private static MultiPolygon ReadPolygons(byte[] bytes, string path, Func<IFeature, bool> keep)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Geo.Factory));
        var features = JsonSerializer.Deserialize<FeatureCollection>(bytes, options)
            ?? throw new InvalidDataException($"{path}: not a GeoJSON FeatureCollection");
        var kept = features.Where(keep).Select(f => f.Geometry).ToList();
        if (kept.Count == 0)
        {
            throw new InvalidDataException($"{path}: no polygons of the expected kind");
        }
        return Geo.Union(kept);
    }
}

using System.Text.Json;
using Frontline.Geometry;
using Frontline.Places;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Distance;

namespace Frontline.Maps;

/// <summary>What a front line is measured against: Ukraine's land, its lakes and reservoirs, oblasts and settlements, all projected (metres).</summary>
/// <remarks>Built once per process from the geo data folder (or a user's own files of the same shape).</remarks>
public sealed class Terrain
{
    private readonly IPointOnGeometryLocator _land;
    private readonly IndexedFacetDistance _landEdge;
    private readonly IPointOnGeometryLocator _water;

    private Terrain(MultiPolygon land, MultiPolygon water, OblastMap oblasts, IReadOnlyList<Settlement> settlements)
    {
        _land = new IndexedPointInAreaLocator(land);
        _landEdge = new IndexedFacetDistance(land.Boundary);
        _water = new IndexedPointInAreaLocator(water);
        Ground = RobustOverlay.Difference(land, water);
        Oblasts = oblasts;
        ProjectedOblasts = oblasts.Oblasts.Select(o => (o.Name, PreparedGeometryFactory.Prepare(EqualArea.Project(o.Area)))).ToList();
        Settlements = settlements.Where(s => s.IsCurrent && s.Oblast.Length > 0).ToList();
        SettlementPoints = Settlements.Select(s => { var (x, y) = EqualArea.Forward(s.Lon, s.Lat); return new Coordinate(x, y); }).ToArray();
        DataHash = "";
    }

    public OblastMap Oblasts { get; }

    /// <summary>Ukraine's land less lakes and reservoirs, projected (metres).</summary>
    public MultiPolygon Ground { get; }

    /// <summary>True when a projected point is at least <paramref name="marginMetres"/> from Ukraine's coast or state border.</summary>
    public bool IsAwayFromEdge(Coordinate point, double marginMetres) => _landEdge.Distance(new Point(point)) >= marginMetres;

    /// <summary>Oblast polygons projected to the equal-area plane, for km² by oblast.</summary>
    public IReadOnlyList<(string Name, IPreparedGeometry Area)> ProjectedOblasts { get; }

    /// <summary>Current settlements (no city sections, historical, abandoned or destroyed places) inside Ukraine.</summary>
    public IReadOnlyList<Settlement> Settlements { get; }

    /// <summary>The projected position of each of <see cref="Settlements"/>, same order.</summary>
    public IReadOnlyList<Coordinate> SettlementPoints { get; }

    /// <summary>SHA-256 over the geo files used, so every figure names the boundaries it was measured against.</summary>
    public string DataHash { get; private init; }

    /// <summary>A terrain from geometries in lon/lat (for a user's own boundaries, and for tests with known answers).</summary>
    public static Terrain Create(MultiPolygon land, MultiPolygon water, OblastMap oblasts, IReadOnlyList<Settlement> settlements) =>
        new(EqualArea.Project(land), EqualArea.Project(water), oblasts, settlements);

    public static Terrain Load(GeoDataPaths paths)
    {
        var land = ReadPolygons(paths.Border, f => f.Attributes.Exists("extent") && Equals(f.Attributes["extent"]?.ToString(), "land"));
        var water = ReadPolygons(paths.Water, _ => true);
        var hash = Ledger.ContentHash.Combine(new[] { paths.Border, paths.Water, paths.Oblasts, paths.Settlements }
            .Select(p => Ledger.ContentHash.Of(File.ReadAllBytes(p))));
        return new Terrain(EqualArea.Project(land), EqualArea.Project(water), OblastMap.Load(paths.Oblasts), SettlementFile.Read(paths.Settlements))
        {
            DataHash = hash,
        };
    }

    private static MultiPolygon ReadPolygons(string path, Func<IFeature, bool> keep)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Geo.Factory));
        using var stream = File.OpenRead(path);
        var features = JsonSerializer.Deserialize<FeatureCollection>(stream, options)
            ?? throw new InvalidDataException($"{path}: not a GeoJSON FeatureCollection");
        var kept = features.Where(keep).Select(f => f.Geometry).ToList();
        if (kept.Count == 0)
        {
            throw new InvalidDataException($"{path}: no polygons of the expected kind");
        }
        return Geo.Union(kept);
    }
}

using System.Collections.Concurrent;
using Frontline.Places;
using Frontline.Server.Hosting;
using NetTopologySuite.Features;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;

namespace Frontline.Server.Basemap;

/// <summary>The offline basemap: oblasts, border, rivers, water and the larger settlements, simplified for display.</summary>
/// <remarks>
/// No tiles from the internet: everything is drawn from the gazetteer folder (<c>--geo</c>). Layers are read once,
/// simplified (about 300 m, below what a screen shows at country scale) and kept as GeoJSON bytes. They are for
/// drawing only; every measurement uses the full geometries in the core.
/// </remarks>
internal sealed class BasemapLayers(GeoDataPaths paths)
{
    /// <summary>Degrees; ≈ 300 m at Ukraine's latitudes.</summary>
    private const double Tolerance = 0.003;

    /// <summary>Settlements shown: oblast centres and the capital always, others from this population up.</summary>
    public const long MinPopulation = 20_000;

    public static IReadOnlyList<string> Names { get; } = ["oblasts", "border", "rivers", "water", "settlements"];

    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _layers = new(StringComparer.Ordinal);

    public string Directory => paths.Directory;

    /// <summary>The layer's GeoJSON, or null for an unknown name.</summary>
    public byte[]? Get(string name) =>
        Names.Contains(name, StringComparer.Ordinal)
            ? _layers.GetOrAdd(name, n => new Lazy<byte[]>(() => GeoJson.Serialize(Load(n)))).Value
            : null;

    private FeatureCollection Load(string name) => name switch
    {
        "oblasts" => Simplified(paths.OblastsLand, "name", "name_uk", "iso_3166_2"),
        "border" => Simplified(paths.Border, "name", "extent"),
        "rivers" => Simplified(paths.Rivers, "name", "scalerank"),
        "water" => Simplified(paths.Water, "name"),
        "settlements" => Settlements(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static FeatureCollection Simplified(string path, params string[] keep)
    {
        var reducer = new GeometryPrecisionReducer(new NetTopologySuite.Geometries.PrecisionModel(1e4));
        var result = new FeatureCollection();
        if (!File.Exists(path))
        {
            return result;
        }
        foreach (var feature in GeoJson.Read(path))
        {
            var geometry = reducer.Reduce(TopologyPreservingSimplifier.Simplify(feature.Geometry, Tolerance));
            var attributes = new AttributesTable();
            foreach (var key in keep)
            {
                if (feature.Attributes?.Exists(key) == true)
                {
                    attributes.Add(key, feature.Attributes[key]);
                }
            }
            result.Add(new Feature(geometry, attributes));
        }
        return result;
    }

    private FeatureCollection Settlements()
    {
        var result = new FeatureCollection();
        foreach (var s in SettlementFile.Read(paths.Settlements)
                     .Where(s => s.IsCurrent && (s.Population >= MinPopulation || s.FeatureCode is "PPLA" or "PPLC"))
                     .OrderByDescending(s => s.Population))
        {
            result.Add(new Feature(
                Frontline.Geometry.Geo.Point(Math.Round(s.Lon, 4), Math.Round(s.Lat, 4)),
                new AttributesTable
                {
                    { "name", s.Name }, { "name_uk", s.NameUk }, { "population", s.Population },
                    { "capital", s.FeatureCode is "PPLA" or "PPLC" },
                }));
        }
        return result;
    }
}

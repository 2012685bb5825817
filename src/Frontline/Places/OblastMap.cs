using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using System.Text.Json;
using Frontline.Geometry;

namespace Frontline.Places;

/// <summary>One oblast (or Crimea, Kyiv city, Sevastopol) with its polygon in lon/lat.</summary>
/// <param name="Name">Short English name as the gold claims write it: "Kharkiv", "Crimea", "Kyiv City" is "Kyiv".</param>
/// <param name="FullName">The boundary file's name, e.g. "Kharkiv Oblast".</param>
public sealed record Oblast(string Name, string FullName, string NameUk, string Iso, MultiPolygon Area);

/// <summary>Oblast polygons (<c>ua_oblasts.geojson</c>, with the territorial sea) and a fast point-in-oblast lookup.</summary>
public sealed class OblastMap
{
    private readonly (Oblast Oblast, IPointOnGeometryLocator Locator, Envelope Box)[] _index;

    private OblastMap(IReadOnlyList<Oblast> oblasts)
    {
        Oblasts = oblasts;
        _index = oblasts.Select(o => (o, (IPointOnGeometryLocator)new IndexedPointInAreaLocator(o.Area), o.Area.EnvelopeInternal)).ToArray();
    }

    public IReadOnlyList<Oblast> Oblasts { get; }

    /// <summary>A map of the given oblasts (a user's own boundaries, or a test's).</summary>
    public static OblastMap From(IReadOnlyList<Oblast> oblasts) => new(oblasts);

    /// <summary>Loads a boundary file of the shape of <c>ua_oblasts.geojson</c>.</summary>
    public static OblastMap Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Loads boundaries of the shape of <c>ua_oblasts.geojson</c> from a stream; <paramref name="path"/> names it in errors.</summary>
    public static OblastMap Load(Stream stream, string path)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Geo.Factory));
        var collection = JsonSerializer.Deserialize<NetTopologySuite.Features.FeatureCollection>(stream, options)
            ?? throw new InvalidDataException($"{path}: not a GeoJSON FeatureCollection");
        var oblasts = new List<Oblast>();
        foreach (var feature in collection)
        {
            string Prop(string key) => feature.Attributes.Exists(key) ? feature.Attributes[key]?.ToString() ?? "" : "";
            var shortName = Prop("name_short");
            // The gold claims call the city "Kyiv" and the Autonomous Republic "Crimea".
            var name = shortName switch
            {
                "Kyiv City" => "Kyiv",
                _ when Prop("iso_3166_2") == "UA-43" => "Crimea",
                _ => shortName,
            };
            oblasts.Add(new Oblast(name, Prop("name"), Prop("name_uk"), Prop("iso_3166_2"), Geo.AsMultiPolygon(feature.Geometry)));
        }
        return new OblastMap(oblasts);
    }

    /// <summary>The oblast containing the lon/lat point, or null outside Ukraine (territorial sea included).</summary>
    public Oblast? Locate(double lon, double lat)
    {
        var c = new Coordinate(lon, lat);
        foreach (var (oblast, locator, box) in _index)
        {
            if (box.Contains(c) && locator.Locate(c) != Location.Exterior)
            {
                return oblast;
            }
        }
        return null;
    }
}

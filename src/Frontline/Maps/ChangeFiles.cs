using System.Text.Json;
using System.Text.Json.Serialization;
using Frontline.Geometry;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Frontline.Maps;

/// <summary>Writes changes as JSON (snake_case, the names <c>maps diff --json</c> promises) and as GeoJSON for QGIS.</summary>
public static class ChangeFiles
{
    public static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static readonly JsonSerializerOptions s_geoJson = CreateGeoJson();

    public static string ToJson(Change change) => JsonSerializer.Serialize(change, Json);

    /// <summary>A FeatureCollection (RFC 7946, lon/lat) of the ground each side gained, one feature per polygon, with its km² and oblast.</summary>
    public static FeatureCollection ToFeatures(Change change, Terrain terrain)
    {
        var features = new FeatureCollection();
        void Add(MultiPolygon gained, string side)
        {
            for (var i = 0; i < gained.NumGeometries; i++)
            {
                var polygon = gained.GetGeometryN(i);
                var at = polygon.InteriorPoint;
                features.Add(new Feature(polygon, new AttributesTable
                {
                    { "side", side },
                    { "change", side == "UA" ? "lost by Russia" : "gained by Russia" },
                    { "km2", Math.Round(EqualArea.AreaKm2(polygon), 3) },
                    { "oblast", terrain.Oblasts.Locate(at.X, at.Y)?.Name ?? "" },
                    { "source", change.Source },
                    { "from", change.FromSnapshot.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
                    { "to", change.ToSnapshot.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
                    { "inputs_hash", change.InputsHash },
                }));
            }
        }
        Add(change.UaGainedArea, "UA");
        Add(change.RuGainedArea, "RU");
        return features;
    }

    /// <summary>Writes GeoJSON to <paramref name="path"/> through a temporary file, so a failure leaves no partial file.</summary>
    public static void WriteGeoJson(FeatureCollection features, string path)
    {
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var stream = File.Create(temp))
            {
                JsonSerializer.Serialize(stream, features, s_geoJson);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static JsonSerializerOptions CreateGeoJson()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Geo.Factory));
        return options;
    }
}

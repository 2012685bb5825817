using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Frontline.Server.Hosting;

/// <summary>GeoJSON in and out (RFC 7946, WGS 84 lon/lat), with the project's one geometry factory.</summary>
internal static class GeoJson
{
    public const string ContentType = "application/geo+json";

    public static JsonSerializerOptions Options { get; } = new()
    {
        Converters = { new GeoJsonConverterFactory(Frontline.Geometry.Geo.Factory) },
    };

    public static byte[] Serialize(FeatureCollection features) => JsonSerializer.SerializeToUtf8Bytes(features, Options);

    public static FeatureCollection Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<FeatureCollection>(stream, Options)
            ?? throw new InvalidDataException($"{path}: not a GeoJSON FeatureCollection");
    }

    /// <summary>A GeoJSON answer; cacheable by clients because ETags make revalidation cheap.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Result(byte[] bytes) =>
        TypedResults.Bytes(bytes, ContentType);
}

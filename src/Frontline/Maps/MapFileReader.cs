using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Frontline.Geometry;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Frontline.Maps;

/// <summary>Reads GeoJSON FeatureCollections and KML documents into <see cref="MapFeature"/>s.</summary>
/// <remarks>Every failure is an <see cref="InvalidDataException"/> whose message names the origin and the place in it.</remarks>
public static class MapFileReader
{
    /// <summary>Files above this size are refused before parsing (a map of Ukraine is a few MB).</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    private static readonly JsonSerializerOptions s_json = CreateOptions();

    /// <summary>Reads a map from bytes; <paramref name="origin"/> names the file or URL in errors.</summary>
    public static IReadOnlyList<MapFeature> Read(byte[] bytes, string origin)
    {
        var first = bytes.AsSpan().TrimStart(" \t\r\n\uFEFF"u8).TrimStart(new byte[] { 0xEF, 0xBB, 0xBF });
        if (first.Length == 0)
        {
            throw new InvalidDataException($"{origin}: the file is empty");
        }
        var isXml = first[0] == (byte)'<';
        if (!isXml)
        {
            RequireUtf8(bytes, origin);
        }
        var features = isXml ? ReadKml(bytes, origin) : ReadGeoJson(bytes, origin);
        if (features.Count == 0)
        {
            throw new InvalidDataException($"{origin}: the map has no features");
        }
        foreach (var f in features)
        {
            CheckRange(f, origin);
        }
        return features;
    }

    private static List<MapFeature> ReadGeoJson(byte[] bytes, string origin)
    {
        FeatureCollection? collection;
        try
        {
            using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
            var type = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type != "FeatureCollection")
            {
                throw new InvalidDataException($"{origin}: expected a GeoJSON FeatureCollection, found {(type is null ? "no \"type\"" : $"type \"{type}\"")}");
            }
            collection = doc.RootElement.Deserialize<FeatureCollection>(s_json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(
                $"{origin}: not valid GeoJSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}{FeatureHint(e.Path)}: {FirstSentence(e.Message)}", e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw new InvalidDataException($"{origin}: not valid GeoJSON: {FirstSentence(e.Message)}", e);
        }
        var list = new List<MapFeature>(collection?.Count ?? 0);
        for (var i = 0; collection is not null && i < collection.Count; i++)
        {
            var feature = collection[i];
            var props = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (feature.Attributes is { } attributes)
            {
                foreach (var name in attributes.GetNames())
                {
                    props[name] = attributes[name] switch
                    {
                        null => null,
                        JsonElement { ValueKind: JsonValueKind.String } s => s.GetString(),
                        IConvertible c => Convert.ToString(c, CultureInfo.InvariantCulture),
                        var other => other.ToString(),
                    };
                }
            }
            list.Add(new MapFeature(i, props, feature.Geometry));
        }
        return list;
    }

    private static List<MapFeature> ReadKml(byte[] bytes, string origin)
    {
        XDocument doc;
        try
        {
            using var stream = new MemoryStream(bytes);
            // No DTDs: a KML needs none, and they are the door to entity-expansion attacks.
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{origin}: not valid KML (XML) at line {e.LineNumber}, position {e.LinePosition}: {e.Message}", e);
        }
        var list = new List<MapFeature>();
        foreach (var placemark in doc.Descendants().Where(e => e.Name.LocalName == "Placemark"))
        {
            var props = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["name"] = placemark.Elements().FirstOrDefault(e => e.Name.LocalName == "name")?.Value,
                ["description"] = placemark.Elements().FirstOrDefault(e => e.Name.LocalName == "description")?.Value,
            };
            foreach (var data in placemark.Descendants().Where(e => e.Name.LocalName is "Data" or "SimpleData"))
            {
                if (data.Attribute("name")?.Value is { } key)
                {
                    props[key] = data.Name.LocalName == "Data" ? data.Elements().FirstOrDefault(e => e.Name.LocalName == "value")?.Value : data.Value;
                }
            }
            var line = ((IXmlLineInfo)placemark).LineNumber;
            var polygons = placemark.Descendants().Where(e => e.Name.LocalName == "Polygon").Select(p => KmlPolygon(p, origin)).ToArray();
            var points = placemark.Descendants().Where(e => e.Name.LocalName is "Point" or "LineString").ToList();
            NetTopologySuite.Geometries.Geometry? geometry = polygons.Length switch
            {
                0 when points.Count > 0 => Geo.Factory.CreatePoint(),
                0 => null,
                1 => polygons[0],
                _ => Geo.Factory.CreateMultiPolygon(polygons),
            };
            props["kml_line"] = line.ToString(CultureInfo.InvariantCulture);
            list.Add(new MapFeature(list.Count, props, geometry));
        }
        return list;
    }

    private static Polygon KmlPolygon(XElement polygon, string origin)
    {
        LinearRing Ring(XElement boundary)
        {
            var text = boundary.Descendants().FirstOrDefault(e => e.Name.LocalName == "coordinates")?.Value ?? "";
            var coords = new List<Coordinate>();
            foreach (var tuple in text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = tuple.Split(',');
                if (parts.Length < 2 ||
                    !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ||
                    !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
                {
                    throw new InvalidDataException($"{origin}: line {((IXmlLineInfo)boundary).LineNumber}: bad KML coordinate \"{Truncate(tuple)}\"");
                }
                coords.Add(new Coordinate(x, y));
            }
            if (coords.Count > 0 && !coords[0].Equals2D(coords[^1]))
            {
                coords.Add(coords[0].Copy());
            }
            if (coords.Count < 4)
            {
                throw new InvalidDataException($"{origin}: line {((IXmlLineInfo)boundary).LineNumber}: a KML ring needs at least 3 distinct positions");
            }
            return Geo.Factory.CreateLinearRing(coords.ToArray());
        }
        var outer = polygon.Elements().FirstOrDefault(e => e.Name.LocalName == "outerBoundaryIs")
            ?? throw new InvalidDataException($"{origin}: line {((IXmlLineInfo)polygon).LineNumber}: KML Polygon without outerBoundaryIs");
        var holes = polygon.Elements().Where(e => e.Name.LocalName == "innerBoundaryIs").Select(Ring).ToArray();
        return Geo.Factory.CreatePolygon(Ring(outer), holes);
    }

    /// <summary>GeoJSON is UTF-8 (RFC 7946 §11); a file in Windows-1251 or KOI8-U is refused with the place of its first bad byte.</summary>
    private static void RequireUtf8(byte[] bytes, string origin)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return;
        }
        try
        {
            _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            var at = Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(at, bytes.Length)).Count((byte)'\n');
            throw new InvalidDataException(
                $"{origin}: not UTF-8 at byte {at + 1} (line {line}); GeoJSON must be UTF-8 (RFC 7946): re-save the file as UTF-8", e);
        }
    }

    private static void CheckRange(MapFeature feature, string origin)
    {
        if (feature.Geometry is null || feature.Geometry.IsEmpty)
        {
            return;
        }
        var box = feature.Geometry.EnvelopeInternal;
        if (box.MinX < -180 || box.MaxX > 180 || box.MinY < -90 || box.MaxY > 90 ||
            double.IsNaN(box.MinX) || double.IsNaN(box.MinY) || double.IsInfinity(box.MaxX) || double.IsInfinity(box.MaxY))
        {
            throw new InvalidDataException(
                $"{origin}: feature #{feature.Index}: coordinates out of range (lon {box.MinX}..{box.MaxX}, lat {box.MinY}..{box.MaxY}); expected WGS 84 lon/lat degrees");
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { MaxDepth = 256 };
        options.Converters.Add(new GeoJsonConverterFactory(Geo.Factory));
        return options;
    }

    private static string FeatureHint(string? path) =>
        path is not null && System.Text.RegularExpressions.Regex.Match(path, @"features\[(\d+)\]") is { Success: true } m
            ? $" (feature #{m.Groups[1].Value})" : "";

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..(i + 1)] : message;
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}

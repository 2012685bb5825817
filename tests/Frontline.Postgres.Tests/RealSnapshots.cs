using System.Globalization;
using System.Text.Json;
using Frontline.Geometry;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Tests;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace Frontline.Postgres.Tests;

/// <summary>Snapshots of the real files in ../shared/data/control, for loading into both stores.</summary>
internal static class RealSnapshots
{
    private static readonly JsonSerializerOptions Options = CreateOptions();
    private static readonly WKBWriter FlatWriter = new(ByteOrder.LittleEndian, handleSRID: false, emitZ: false);
    private static readonly WKBReader Flat = new(Geo.Services);

    /// <summary>Every file of <paramref name="source"/>, oldest first, as (as-of date, path).</summary>
    public static IReadOnlyList<(DateOnly Date, string Path)> Files(string source) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(SharedData.Control("x"))!, source + "-*.geojson")
            .Select(p => (Date: DateOnly.ParseExact(Path.GetFileNameWithoutExtension(p)[(source.Length + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture), Path: p))
            .OrderBy(f => f.Date)
            .ToList();

    /// <summary>The held polygons of one file exactly as published (not unioned, not repaired).</summary>
    public static IReadOnlyList<Polygon> HeldPolygons(string source, string path)
    {
        var held = new List<Polygon>();
        foreach (var feature in Read(path))
        {
            if (Classify(source, feature) == ControlStatus.Held)
            {
                Collect(feature.Geometry, held);
            }
        }
        return held;
    }

    /// <summary>One file as a stored snapshot: classes unioned (after repair) into held and contested areas.</summary>
    public static Snapshot Load(string source, string path)
    {
        var bytes = File.ReadAllBytes(path);
        var parts = new Dictionary<ControlStatus, List<Polygon>> { [ControlStatus.Held] = [], [ControlStatus.Contested] = [], [ControlStatus.Liberated] = [] };
        foreach (var feature in Read(path))
        {
            if (parts.TryGetValue(Classify(source, feature), out var into))
            {
                Collect(feature.Geometry, into);
            }
        }
        MultiPolygon Area(ControlStatus status) => Geo.Union(parts[status].Select(p => p.IsValid ? p : GeometryFixer.Fix(p)));
        var held = Area(ControlStatus.Held);
        var contested = Geo.AsMultiPolygon(Area(ControlStatus.Contested).Difference(held));
        var liberated = Area(ControlStatus.Liberated);
        var date = DateOnly.ParseExact(Path.GetFileNameWithoutExtension(path)[(source.Length + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Snapshot(source, date, ContentHash.Of(bytes), path, source, held, contested, liberated,
            EqualArea.AreaKm2(held), EqualArea.AreaKm2(contested), EqualArea.AreaKm2(liberated), []);
    }

    // A stand-in for the publisher profiles of the maps importer, enough for these files (see their README).
    private static ControlStatus Classify(string source, IFeature feature)
    {
        string Prop(string key) => feature.Attributes.Exists(key) ? feature.Attributes[key]?.ToString() ?? "" : "";
        return source switch
        {
            "isw" or "deepstate_occupied" => ControlStatus.Held,
            "nzz" => Prop("type") is "nochange" or "gains" ? ControlStatus.Held : ControlStatus.Ignored,
            "deepstate" => Prop("fill").ToLowerInvariant() switch
            {
                "#a52714" or "#880e4f" => ControlStatus.Held,
                "#bcaaa4" or "#bdbdbd" => ControlStatus.Contested,
                "#0f9d58" or "#0288d1" or "#01579b" => ControlStatus.Liberated,
                _ => ControlStatus.Ignored,
            },
            _ => throw new ArgumentException($"no test classification for {source}", nameof(source)),
        };
    }

    private static FeatureCollection Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<FeatureCollection>(stream, Options) ?? throw new InvalidDataException(path);
    }

    private static void Collect(NetTopologySuite.Geometries.Geometry? geometry, List<Polygon> into)
    {
        switch (geometry)
        {
            case Polygon p when !p.IsEmpty:
                // Published positions are [lon, lat, 0]: keep lon/lat only, as the importer does.
                into.Add((Polygon)Flat.Read(FlatWriter.Write(p)));
                break;
            case GeometryCollection c:
                for (var i = 0; i < c.NumGeometries; i++)
                {
                    Collect(c.GetGeometryN(i), into);
                }
                break;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Geo.Factory));
        return options;
    }
}

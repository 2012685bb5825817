using System.Globalization;
using Frontline.Geometry;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Tests;
using NetTopologySuite.Geometries;

namespace Frontline.Postgres.Tests;

/// <summary>Snapshots of the real files in ../shared/data/control, read by the maps importer's own code.</summary>
internal static class RealSnapshots
{
    /// <summary>Every file of <paramref name="source"/>, oldest first, as (as-of date, path).</summary>
    public static IReadOnlyList<(DateOnly Date, string Path)> Files(string source) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(SharedData.Control("x"))!, source + "-*.geojson")
            .Select(p => (Date: DateOf(source, p), Path: p))
            .OrderBy(f => f.Date)
            .ToList();

    /// <summary>The polygons the publisher profile classes as held, exactly as published (not unioned, not repaired).</summary>
    public static IReadOnlyList<Polygon> HeldPolygons(string source, string path)
    {
        var profile = Profile(source);
        var classifier = new LabelClassifier(profile);
        var held = new List<Polygon>();
        foreach (var feature in MapFileReader.Read(File.ReadAllBytes(path), path))
        {
            if (feature.Geometry is { IsEmpty: false } geometry
                && (geometry.Dimension == Dimension.Surface || geometry is GeometryCollection)
                && classifier.Classify(feature.Get(profile.ClassProperty), feature.Get(profile.FillProperty)).Status == ControlStatus.Held)
            {
                held.AddRange(Geo.AsMultiPolygon(geometry).Geometries.Cast<Polygon>());
            }
        }
        return held;
    }

    /// <summary>One file as the importer stores it.</summary>
    public static Snapshot Load(string source, string path)
    {
        var bytes = File.ReadAllBytes(path);
        return SnapshotBuilder.Build(MapFileReader.Read(bytes, path), Profile(source), source, DateOf(source, path), ContentHash.Of(bytes), path);
    }

    private static PublisherProfile Profile(string source) =>
        PublisherProfile.Builtin(source) ?? throw new ArgumentException($"no built-in profile {source}", nameof(source));

    private static DateOnly DateOf(string source, string path) =>
        DateOnly.ParseExact(Path.GetFileNameWithoutExtension(path)[(source.Length + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using Frontline.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace Frontline.Maps;

/// <summary>Turns a map file's features into a <see cref="Snapshot"/> with a publisher profile.</summary>
/// <remarks>
/// Polygons of one status are unioned (so overlaps count once); invalid polygons are repaired with
/// NTS's <see cref="GeometryFixer"/> and each repair is noted with its place and area change; labels
/// the profile does not know leave their feature out, and are noted, never guessed.
/// </remarks>
public static class SnapshotBuilder
{
    /// <summary>Builds the snapshot; throws <see cref="InvalidDataException"/> naming the origin and feature.</summary>
    public static Snapshot Build(
        IReadOnlyList<MapFeature> features, PublisherProfile profile, string source, DateOnly asOf, string contentHash, string origin)
    {
        var classifier = new LabelClassifier(profile);
        var parts = new Dictionary<ControlStatus, List<NetTopologySuite.Geometries.Geometry>>
        {
            [ControlStatus.Held] = [], [ControlStatus.Contested] = [], [ControlStatus.Liberated] = [],
        };
        var notes = new List<string>();
        var unknown = new Dictionary<string, int>(StringComparer.Ordinal);
        var fuzzy = new Dictionary<string, string>(StringComparer.Ordinal);
        var ignored = 0;
        foreach (var feature in features)
        {
            if (feature.Geometry is null || feature.Geometry.IsEmpty || feature.Geometry.Dimension != Dimension.Surface && feature.Geometry is not GeometryCollection)
            {
                // Points and lines (arrows, unit markers, airfields) are not territory.
                ignored++;
                continue;
            }
            var label = feature.Get(profile.ClassProperty);
            var c = classifier.Classify(label, feature.Get(profile.FillProperty));
            if (c.Status is null)
            {
                unknown[c.Label] = unknown.GetValueOrDefault(c.Label) + 1;
                continue;
            }
            if (c.Fuzzy)
            {
                fuzzy[c.Label] = c.MatchedRule ?? "";
            }
            if (c.Status == ControlStatus.Ignored)
            {
                ignored++;
                continue;
            }
            var polygonal = Geo.AsMultiPolygon(feature.Geometry);
            if (polygonal.IsEmpty)
            {
                throw new InvalidDataException(
                    $"{origin}: feature #{feature.Index} ('{Short(c.Label)}'): classified {c.Status} but its geometry is {feature.Geometry.GeometryType}, not a polygon");
            }
            parts[c.Status.Value].Add(Repair(polygonal, feature, c.Label, notes));
        }
        foreach (var (label, count) in unknown)
        {
            notes.Add($"unknown class '{(label.Length == 0 ? "(no label)" : Short(label))}' ({count} feature{(count == 1 ? "" : "s")}): left out; add it to the '{profile.Name}' profile");
        }
        foreach (var (label, rule) in fuzzy)
        {
            notes.Add($"label '{Short(label)}' matched '{rule}' as a probable misspelling");
        }
        if (ignored > 0)
        {
            notes.Add($"{ignored} feature(s) ignored (points, lines, overlays outside Ukraine)");
        }
        var held = Geo.Union(parts[ControlStatus.Held]);
        if (held.IsEmpty && parts[ControlStatus.Contested].Count == 0)
        {
            throw new InvalidDataException($"{origin}: no held or contested polygons after classification with profile '{profile.Name}'" +
                (unknown.Count > 0 ? $"; unknown classes: {string.Join(", ", unknown.Keys.Select(Short))}" : ""));
        }
        // Publishers' classes should not overlap; where they do, held wins, then contested.
        var contested = RobustOverlay.Difference(Geo.Union(parts[ControlStatus.Contested]), held);
        var liberated = RobustOverlay.Difference(Geo.Union(parts[ControlStatus.Liberated]), Geo.Union([held, contested]));
        return new Snapshot(source, asOf, contentHash, origin, profile.Name, held, contested, liberated,
            EqualArea.AreaKm2(held), EqualArea.AreaKm2(contested), EqualArea.AreaKm2(liberated), notes);
    }

    /// <summary>Repairs each invalid polygon on its own: parts of a GeometryCollection may overlap each other, which the union resolves, not a repair.</summary>
    private static MultiPolygon Repair(MultiPolygon polygonal, MapFeature feature, string label, List<string> notes)
    {
        var repaired = false;
        var polygons = new List<NetTopologySuite.Geometries.Geometry>(polygonal.NumGeometries);
        for (var i = 0; i < polygonal.NumGeometries; i++)
        {
            var polygon = polygonal.GetGeometryN(i);
            var validator = new IsValidOp(polygon);
            if (validator.IsValid)
            {
                polygons.Add(polygon);
                continue;
            }
            var error = validator.ValidationError;
            var fixedPolygon = GeometryFixer.Fix(polygon);
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"feature #{feature.Index} ('{Short(label)}'): {error.Message} at {error.Coordinate.X:0.0000} E, {error.Coordinate.Y:0.0000} N; repaired ({EqualArea.AreaKm2(polygon):0.0} → {EqualArea.AreaKm2(fixedPolygon):0.0} km²)"));
            polygons.Add(fixedPolygon);
            repaired = true;
        }
        return repaired ? Geo.AsMultiPolygon(Geo.Factory.BuildGeometry(polygons)) : polygonal;
    }

    private static string Short(string label)
    {
        var flat = label.Replace('\n', ' ').Replace('\u00a0', ' ').Trim();
        return flat.Length <= 60 ? flat : flat[..60] + "…";
    }
}

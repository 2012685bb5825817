namespace Frontline.Maps;

/// <summary>One feature read from a map file, before classification.</summary>
/// <param name="Index">Position in the file, 0-based, for error messages ("feature #12").</param>
/// <param name="Properties">String values of the feature's properties (KML: name and ExtendedData).</param>
/// <param name="Geometry">WGS 84 lon/lat; null when the feature has none.</param>
public sealed record MapFeature(int Index, IReadOnlyDictionary<string, string?> Properties, NetTopologySuite.Geometries.Geometry? Geometry)
{
    public string? Get(string? key) => key is not null && Properties.TryGetValue(key, out var v) ? v : null;
}

using NetTopologySuite.Geometries;

namespace Frontline.Maps;

/// <summary>One publisher's areas of control valid on one date. Geometries are WGS 84 lon/lat MultiPolygons.</summary>
/// <param name="Source">The publisher profile's name, e.g. "deepstate".</param>
/// <param name="AsOf">The as-of date (end of that day, Kyiv time).</param>
/// <param name="ContentHash">SHA-256 of the imported file's bytes: the snapshot's identity.</param>
/// <param name="Origin">The path or URL it was read from.</param>
/// <param name="Held">Ground held by Russia.</param>
/// <param name="Contested">Grey zone, not overlapping <paramref name="Held"/>.</param>
/// <param name="Liberated">Ground the publisher labels as regained (historic), for display only.</param>
/// <param name="Notes">What the import repaired, ignored or could not classify, in words.</param>
public sealed record Snapshot(
    string Source,
    DateOnly AsOf,
    string ContentHash,
    string Origin,
    string Profile,
    MultiPolygon Held,
    MultiPolygon Contested,
    MultiPolygon Liberated,
    double HeldKm2,
    double ContestedKm2,
    double LiberatedKm2,
    IReadOnlyList<string> Notes);

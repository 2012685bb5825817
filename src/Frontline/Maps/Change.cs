namespace Frontline.Maps;

/// <summary>What differs between two snapshots of one source. Areas in km² (equal-area), distances in km (WGS 84).</summary>
/// <param name="From">The requested start date; <see cref="FromSnapshot"/> is the snapshot in force then.</param>
/// <param name="UaGainedKm2">Ground held by Russia at the start and not at the end.</param>
/// <param name="RuGainedKm2">Ground held by Russia at the end and not at the start.</param>
/// <param name="FrontLengthKmFrom">Length of the front line at the start, when asked for (see <see cref="ChangeAnalyzer.Diff"/>); <paramref name="FrontLengthKmTo"/> at the end.</param>
/// <param name="Notes">Substitutions (a date without its own snapshot), tolerances, caveats.</param>
/// <param name="UaGainedArea">The ground Ukraine gained, lon/lat; <paramref name="RuGainedArea"/> the ground Russia gained.</param>
public sealed record Change(
    string Source,
    DateOnly From,
    DateOnly To,
    SnapshotRef FromSnapshot,
    SnapshotRef ToSnapshot,
    double HeldKm2From,
    double HeldKm2To,
    double UaGainedKm2,
    double RuGainedKm2,
    double ContestedKm2From,
    double ContestedKm2To,
    IReadOnlyList<OblastChange> ByOblast,
    Advance? MaxAdvance,
    IReadOnlyList<Advance> MaxAdvanceBySide,
    double? FrontLengthKmFrom,
    double? FrontLengthKmTo,
    IReadOnlyList<SettlementChange> SettlementsChanged,
    string InputsHash,
    IReadOnlyList<string> Notes,
    [property: System.Text.Json.Serialization.JsonIgnore] NetTopologySuite.Geometries.MultiPolygon UaGainedArea,
    [property: System.Text.Json.Serialization.JsonIgnore] NetTopologySuite.Geometries.MultiPolygon RuGainedArea)
{
    /// <summary>Russia's net change: positive when Russia holds more at the end.</summary>
    public double NetKm2 => RuGainedKm2 - UaGainedKm2;
}

/// <summary>The snapshot a figure was computed from.</summary>
public sealed record SnapshotRef(DateOnly AsOf, string ContentHash, string Origin);

/// <summary>km² gained by each side in one oblast.</summary>
public sealed record OblastChange(string Oblast, double UaGainedKm2, double RuGainedKm2);

/// <summary>How far the front line moved: the point of the new line farthest from the old front line.</summary>
/// <param name="Side">"UA" when the line moved into ground Russia held, "RU" when it moved out of it.</param>
/// <param name="DepthKm">Geodesic distance from (<paramref name="Lon"/>, <paramref name="Lat"/>) to the nearest point of the old line.</param>
public sealed record Advance(string Side, double DepthKm, double Lon, double Lat, double FromLon, double FromLat, string? Oblast);

/// <summary>A gazetteer settlement whose status differs between the two snapshots.</summary>
/// <param name="To">"UA", "RU" or "contested": who has it at the end.</param>
/// <param name="StatusFrom">"held", "contested" or "free" at the start; <paramref name="StatusTo"/> at the end.</param>
public sealed record SettlementChange(string Name, string Oblast, string To, string StatusFrom, string StatusTo, double Lon, double Lat, long Population, long GeonameId);

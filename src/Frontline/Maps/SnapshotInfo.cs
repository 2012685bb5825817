namespace Frontline.Maps;

/// <summary>A stored snapshot without its geometry: what <c>maps list</c> shows.</summary>
public sealed record SnapshotInfo(
    long Id,
    string Source,
    DateOnly AsOf,
    string ContentHash,
    string Origin,
    double HeldKm2,
    double ContestedKm2,
    DateTimeOffset ImportedAt);

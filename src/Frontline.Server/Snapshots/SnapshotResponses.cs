namespace Frontline.Server.Snapshots;

/// <summary>A stored snapshot without geometry. Areas in km² (equal-area), date yyyy-MM-dd (Kyiv).</summary>
public sealed record SnapshotSummary(
    string Source, DateOnly AsOf, string ContentHash, string Origin, double HeldKm2, double ContestedKm2);

/// <summary>A publisher whose maps the ledger holds, with its first and last dates.</summary>
public sealed record SourceSummary(string Source, int Snapshots, DateOnly First, DateOnly Last);

/// <summary>Held and contested area of one snapshot; one point of a publisher's series.</summary>
public sealed record SeriesPoint(DateOnly AsOf, double HeldKm2, double ContestedKm2);

/// <summary>A publisher's areas over time, oldest first.</summary>
public sealed record SeriesResponse(string Source, IReadOnlyList<SeriesPoint> Points);

using Frontline.Maps;
using NetTopologySuite.Geometries;

namespace Frontline.Reports;

/// <summary>Everything a situation report shows for one publisher and window; rendered by <see cref="HtmlReport"/> and <see cref="MarkdownReport"/>.</summary>
/// <param name="Change">The window's change, as <c>frontline maps diff</c> computes it.</param>
/// <param name="Series">Every consecutive pair of snapshots in the window, as <c>frontline maps series</c> computes it.</param>
/// <param name="HeldAtEnd">Ground held by Russia at the end of the window, lon/lat: the map's background.</param>
/// <param name="Towns">Places to label on the map (largest settlements that changed hands, then large towns in view).</param>
/// <param name="Claims">The main claims dated in the window, most significant first.</param>
/// <param name="Snapshots">Every snapshot the figures were computed from, oldest first.</param>
public sealed record SituationReport(
    string Source,
    DateOnly From,
    DateOnly To,
    Change Change,
    IReadOnlyList<SeriesRow> Series,
    MultiPolygon HeldAtEnd,
    IReadOnlyList<Places.Oblast> Oblasts,
    IReadOnlyList<MapLabel> Towns,
    IReadOnlyList<ReportClaim> Claims,
    IReadOnlyList<SnapshotRef> Snapshots,
    string TerrainHash)
{
    /// <summary>The command that reproduces the window's figures.</summary>
    public string DiffCommand => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"frontline maps diff --source {Source} --from {From:yyyy-MM-dd} --to {To:yyyy-MM-dd}");

    /// <summary>The command that reproduces the per-day chart.</summary>
    public string SeriesCommand => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"frontline maps series --source {Source} --from {From:yyyy-MM-dd} --to {To:yyyy-MM-dd}");

    /// <summary>The command that lists the window's claims.</summary>
    public string ClaimsCommand => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"frontline export --what claims --format csv --from {From:yyyy-MM-dd} --to {To:yyyy-MM-dd} --out claims.csv");
}

/// <summary>A place labelled on the report's map, lon/lat; <paramref name="To"/> is who took it in the window, or null.</summary>
public sealed record MapLabel(string Name, double Lon, double Lat, string? To);

/// <summary>A claim as a report shows it: text is the source's own, hence untrusted and escaped on output.</summary>
/// <param name="Date">As SCHEMA.md writes it: a day, a range or <c>unknown</c>.</param>
/// <param name="Verdict">The verdict once one exists, else null.</param>
public sealed record ReportClaim(
    string Date,
    string Type,
    string Side,
    string? Speaker,
    string Quote,
    IReadOnlyList<string> Places,
    string Document,
    string? Url,
    string? Verdict);

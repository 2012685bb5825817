namespace Frontline.Places;

/// <summary>What the caller knows beyond the text: oblasts the document is about, a point it is near, its date and the front line then.</summary>
/// <param name="Oblasts">Short oblast names ("Donetsk") the document is known to concern; favours candidates there.</param>
/// <param name="NearLon">Longitude of a point the places are likely near (WGS 84), or null.</param>
/// <param name="NearLat">Latitude of that point, or null.</param>
/// <param name="Date">The document's date, used with <paramref name="FrontLine"/>.</param>
/// <param name="FrontLine">Distance to the front line at a date; favours candidates near it. Optional.</param>
public sealed record PlaceContext(
    IReadOnlyList<string>? Oblasts = null,
    double? NearLon = null,
    double? NearLat = null,
    DateOnly? Date = null,
    IFrontLineHint? FrontLine = null);

/// <summary>The front line at a date, as the maps stage knows it: lets the tagger prefer villages near the fighting.</summary>
public interface IFrontLineHint
{
    /// <summary>Geodesic distance in km from the point (WGS 84 lon/lat) to the front line on <paramref name="date"/>; null when no snapshot covers that date.</summary>
    double? DistanceKm(double lon, double lat, DateOnly date);
}

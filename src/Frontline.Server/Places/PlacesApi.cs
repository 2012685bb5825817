using Frontline.Places;
using Frontline.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Server.Places;

/// <summary><c>/api/places</c>: the gazetteer by name (any script or spelling) and by point.</summary>
internal static class PlacesApi
{
    private const int MaxNameLength = 200;

    public static IEndpointRouteBuilder MapPlaces(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/places").WithTags("Places");
        group.MapGet("/", Search)
            .WithSummary("Gazetteer entries for a name (English, Ukrainian or Russian, old or new spelling), best first")
            .WithDescription("kind: settlement, raion, oblast, river, facility, region, country; oblast: short English name; " +
                "lon/lat: rank by distance from that point instead of by prominence.");
        group.MapGet("/reverse", Reverse).WithSummary("The current settlement nearest to a point, with its distance in km");
        return app;
    }

    private static Results<Ok<Page<PlaceResponse>>, ProblemHttpResult> Search(
        string q, string? kind, string? oblast, double? lon, double? lat, int? offset, int? limit,
        PlaceIndex index, ServerOptions options, HttpRequest request)
    {
        if (Paging.Check(offset, limit, options, out var start, out var size) is { } paging)
        {
            return paging;
        }
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxNameLength)
        {
            return ErrorHandling.BadParameter("q", $"q is a name of 1 to {MaxNameLength} characters");
        }
        PlaceKind? parsedKind = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!Enum.TryParse<PlaceKind>(kind, ignoreCase: true, out var k) || !Enum.IsDefined(k))
            {
                return ErrorHandling.BadParameter("kind", $"kind is one of {string.Join(", ", Enum.GetNames<PlaceKind>().Select(n => n.ToLowerInvariant()))}");
            }
            parsedKind = k;
        }
        if ((lon is null) != (lat is null) || lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            return ErrorHandling.BadParameter(lon is null ? "lon" : "lat", "lon and lat come together, in degrees (WGS 84)");
        }
        var found = index.Find(q, parsedKind, oblast, lon, lat).Select(PlaceResponse.From).ToList();
        return TypedResults.Ok(Paging.Of(found, start, size, request));
    }

    private static Results<Ok<NearestPlaceResponse>, ProblemHttpResult> Reverse(double lon, double lat, PlaceIndex index)
    {
        if (lon is < -180 or > 180 || lat is < -90 or > 90 || !double.IsFinite(lon) || !double.IsFinite(lat))
        {
            return ErrorHandling.BadParameter("lon", "lon and lat are degrees (WGS 84)");
        }
        return index.Nearest(lon, lat) is { } nearest
            ? TypedResults.Ok(new NearestPlaceResponse(PlaceResponse.From(nearest.Settlement), Math.Round(nearest.DistanceKm, 3)))
            : ErrorHandling.NotFound("The gazetteer has no settlement with coordinates");
    }
}

/// <summary>A gazetteer entry. Coordinates WGS 84; null when the entry has no point (rivers, regions).</summary>
public sealed record PlaceResponse(
    string Id, string Kind, string Name, string NameUk, string NameRu, string? Oblast, string? Raion,
    double? Lon, double? Lat, long Population)
{
    internal static PlaceResponse From(PlaceEntry e) => new(
        e.Id, e.Kind.ToString().ToLowerInvariant(), e.Name, e.NameUk, e.NameRu, e.Oblast, e.Raion,
        e.HasPoint ? e.Lon : null, e.HasPoint ? e.Lat : null, e.Population);
}

/// <summary>The settlement nearest to a point and its geodesic distance in km.</summary>
public sealed record NearestPlaceResponse(PlaceResponse Place, double DistanceKm);

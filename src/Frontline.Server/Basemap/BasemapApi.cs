using Frontline.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Server.Basemap;

/// <summary><c>/api/basemap</c>: the offline basemap's layers as GeoJSON.</summary>
internal static class BasemapApi
{
    public static IEndpointRouteBuilder MapBasemap(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/basemap").WithTags("Basemap");
        group.MapGet("/", () => TypedResults.Ok(new BasemapIndex(BasemapLayers.Names)))
            .WithSummary("Names of the basemap layers");
        group.MapGet("/{layer}", Layer)
            .WithSummary("One basemap layer as GeoJSON (simplified for display)")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson.ContentType);
        return app;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Layer(string layer, BasemapLayers layers, HttpContext http)
    {
        if (layers.Get(layer) is not { } bytes)
        {
            return ErrorHandling.NotFound($"No basemap layer '{layer}'; layers: {string.Join(", ", BasemapLayers.Names)}");
        }
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return GeoJson.Result(bytes);
    }
}

/// <summary>The basemap's layer names.</summary>
public sealed record BasemapIndex(IReadOnlyList<string> Layers);

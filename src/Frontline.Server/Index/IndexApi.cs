using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Server.Index;

/// <summary><c>GET /api</c>: what this server answers, so the page shows only the parts the ledger's build has.</summary>
internal static class IndexApi
{
    public static IEndpointRouteBuilder MapIndex(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api", Describe).WithTags("Index").WithSummary("The API's endpoints and whether writing is enabled");
        return app;
    }

    private static Ok<ApiIndex> Describe(EndpointDataSource endpoints, ServerOptions options)
    {
        var routes = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new ApiIndex("Frontline", "/openapi/v1.json", options.WriteToken is not null, options.MaxPageSize, routes));
    }
}

/// <summary>The API's name, its OpenAPI document, whether writing endpoints accept a token, and its routes.</summary>
public sealed record ApiIndex(string Name, string OpenApi, bool Writable, int MaxPageSize, IReadOnlyList<string> Endpoints);

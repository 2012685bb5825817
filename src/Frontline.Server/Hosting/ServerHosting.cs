using System.Text.Json;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Places;
using Frontline.Postgres;
using Frontline.Server.Basemap;
using NetTopologySuite.IO.Converters;

namespace Frontline.Server.Hosting;

/// <summary>Services and limits every feature relies on: JSON, problem details, OpenAPI, the ledger, the basemap.</summary>
internal static class ServerHosting
{
    public static WebApplicationBuilder AddFrontlineHosting(this WebApplicationBuilder builder, ServerOptions options)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
            json.SerializerOptions.Converters.Add(new GeoJsonConverterFactory());
        });
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Frontline API";
            document.Info.Description =
                "Claims, areas-of-control snapshots, changes and verdicts. Dates are yyyy-MM-dd (Kyiv); " +
                "coordinates WGS 84 lon/lat; areas km² on an equal-area projection. Errors are application/problem+json.";
            return Task.CompletedTask;
        }));
        services.AddMemoryCache(cache => cache.SizeLimit = 256L * 1024 * 1024);
        services.AddSingleton(TimeProvider.System);
        // Whichever database --db names: every store a handler takes comes from the request's ILedger.
        services.AddSingleton(sp => new LedgerPool(options.DbPath, sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<LedgerScope>();
        services.AddScoped(sp => sp.GetRequiredService<LedgerScope>().Ledger.Snapshots);
        services.AddScoped(sp => sp.GetRequiredService<LedgerScope>().Ledger.Documents);
        services.AddScoped(sp => sp.GetRequiredService<LedgerScope>().Ledger.Verdicts);
        services.AddSingleton(_ => GeoDataPaths.Locate(options.GeoDirectory));
        services.AddSingleton(sp => new BasemapLayers(sp.GetRequiredService<GeoDataPaths>()));
        // The core's stores and analyzers; the server only routes requests to them.
        services.AddSingleton(sp => PlaceIndex.Load(sp.GetRequiredService<GeoDataPaths>()));
        services.AddSingleton(sp => new ChangeAnalyzer(Terrain.Load(sp.GetRequiredService<GeoDataPaths>())));
        return builder;
    }
}

using System.Text.Json;
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
        if (PostgresUrl.IsPostgres(options.DbPath))
        {
            // PostgreSQL: one ledger for the process; Npgsql's data source pools connections across requests.
            services.AddSingleton<ILedger>(sp => LedgerFactory.OpenAsync(options.DbPath, sp.GetRequiredService<TimeProvider>(), CancellationToken.None)
                .GetAwaiter().GetResult());
            services.AddSingleton(sp => sp.GetRequiredService<ILedger>().Snapshots);
        }
        else
        {
            services.AddSingleton(_ => new LedgerPool(options.DbPath));
            services.AddScoped<LedgerScope>();
            services.AddScoped<ISnapshotStore>(sp => new SqliteSnapshotStore(sp.GetRequiredService<LedgerScope>().Ledger, sp.GetRequiredService<TimeProvider>()));
        }
        services.AddSingleton(_ => GeoDataPaths.Locate(options.GeoDirectory));
        services.AddSingleton(sp => new BasemapLayers(sp.GetRequiredService<GeoDataPaths>()));
        // The core's analyzers; the server only routes requests to them and to the stores above.
        services.AddSingleton(sp => new ChangeAnalyzer(Terrain.Load(sp.GetRequiredService<GeoDataPaths>())));
        return builder;
    }
}

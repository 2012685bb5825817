using Frontline.Server.Basemap;
using Frontline.Server.Changes;
using Frontline.Server.Claims;
using Frontline.Server.Hosting;
using Frontline.Server.Index;
using Frontline.Server.Page;
using Frontline.Server.Places;
using Frontline.Server.Snapshots;
using Frontline.Server.Verdicts;

namespace Frontline.Server;

/// <summary>The server's table of contents: the host, then one <c>MapXxx</c> per feature.</summary>
/// <remarks>Hosted by <c>frontline serve</c> and by the tests; it holds no domain logic, only calls the core.</remarks>
public static class FrontlineServer
{
    public static WebApplication Build(ServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.AddFrontlineHosting(options);

        var app = builder.Build();
        app.UseFrontlineErrors();
        app.UseFrontlineETags();
        app.MapOpenApi("/openapi/{documentName}.json");

        app.MapIndex();
        app.MapBasemap();
        app.MapSnapshots();
        app.MapSnapshotImport();
        app.MapChanges();
        app.MapClaims();
        app.MapVerdicts();
        app.MapPlaces();
        app.MapPage(options);
        return app;
    }

    /// <summary>The addresses the started server listens on (the real port when the URL asked for port 0).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}

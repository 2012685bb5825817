using Microsoft.Extensions.FileProviders;

namespace Frontline.Server.Page;

/// <summary>The web page: the esbuild output served as static files, with a strict content security policy.</summary>
internal static class PageApi
{
    /// <summary>Scripts only from this origin, no inline script, no plug-ins: document text can never run.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static WebApplication MapPage(this WebApplication app, ServerOptions options)
    {
        var root = options.ResolvedWebRoot;
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        if (Directory.Exists(root))
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        else
        {
            app.MapGet("/", () => TypedResults.Content(
                "The page is not built: run `npm ci` in src/Frontline.Server/web, then build again. The API is at /api.",
                "text/plain")).ExcludeFromDescription();
        }
        return app;
    }
}

using System.CommandLine;
using Frontline.Ledger;
using Frontline.Postgres;
using Frontline.Server;
using Microsoft.Extensions.Hosting;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline serve</c>: the JSON API and the web page from one process, on loopback by default.</summary>
internal static class ServeCommands
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, semicolon-separated (default http://127.0.0.1:5080, loopback only)",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
        };
        var geo = new Option<string?>("--geo") { Description = "Gazetteer and boundaries folder for the basemap (default $FRONTLINE_GEO or ../shared/data/geo)" };
        var token = new Option<string?>("--token") { Description = "Enable the writing endpoints (import, ingest), requiring this bearer token (or $FRONTLINE_TOKEN)" };
        var maxBody = new Option<long>("--max-body")
        {
            Description = "Largest request body accepted, in bytes",
            DefaultValueFactory = _ => ServerOptions.DefaultMaxBodyBytes,
        };
        var serve = new Command("serve", "Serve the API (/api, /openapi/v1.json) and the workbench page") { urls, geo, token, maxBody };
        serve.SetAction(async (parse, ct) =>
        {
            var options = new ServerOptions(
                parse.GetValue(urls)!,
                SqliteLedger.ResolvePath(parse.GetValue(FrontlineCommand.Db)),
                parse.GetValue(geo),
                WriteToken: parse.GetValue(token) ?? NonEmpty(Environment.GetEnvironmentVariable("FRONTLINE_TOKEN")),
                MaxBodyBytes: parse.GetValue(maxBody));
            var output = parse.InvocationConfiguration.Output;
            await using var app = FrontlineServer.Build(options);
            await app.StartAsync(ct);
            foreach (var address in FrontlineServer.Addresses(app))
            {
                output.WriteLine($"Frontline on {address}  (ledger {(PostgresUrl.IsPostgres(options.DbPath) ? PostgresUrl.Redact(options.DbPath) : Path.GetFullPath(options.DbPath))}; writing {(options.WriteToken is null ? "off" : "on, token required")})");
            }
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return serve;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

namespace Frontline.Server;

/// <summary>How <c>frontline serve</c> runs: where it listens, which ledger and geo data it reads, its limits.</summary>
/// <param name="Urls">Kestrel URLs, semicolon-separated; loopback by default so nothing is exposed by accident.</param>
/// <param name="DbPath">The SQLite ledger file, or a PostgreSQL URL or connection string (a team's shared ledger).</param>
/// <param name="GeoDirectory">The gazetteer and boundaries folder the basemap is drawn from (<c>--geo</c>).</param>
/// <param name="WebRoot">The built page; null for <c>webroot/</c> beside the assembly.</param>
/// <param name="WriteToken">When null, writing endpoints answer 403; when set, they require <c>Authorization: Bearer TOKEN</c>.</param>
/// <param name="MaxBodyBytes">Largest request body accepted (413 above it).</param>
/// <param name="MaxPageSize">Largest page a list endpoint returns (400 above it).</param>
public sealed record ServerOptions(
    string Urls,
    string DbPath,
    string? GeoDirectory,
    string? WebRoot = null,
    string? WriteToken = null,
    long MaxBodyBytes = ServerOptions.DefaultMaxBodyBytes,
    int MaxPageSize = ServerOptions.DefaultMaxPageSize)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const long DefaultMaxBodyBytes = 32 * 1024 * 1024;
    public const int DefaultMaxPageSize = 500;
    public const int DefaultPageSize = 50;

    public string ResolvedWebRoot => WebRoot ?? Path.Combine(AppContext.BaseDirectory, "webroot");
}

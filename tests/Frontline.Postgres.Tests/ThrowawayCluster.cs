using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Frontline.Postgres.Tests;

/// <summary>A PostgreSQL cluster of its own in a temp directory on a free loopback port, deleted on dispose.</summary>
/// <remarks>
/// Shared by the tests' fixture and the benchmarks (linked into both). initdb refuses to run as root, so as
/// root the cluster runs as the <c>postgres</c> OS user (runuser) with its directory owned by that user.
/// Durability is off (fsync, synchronous_commit): nothing here outlives the run.
/// </remarks>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    private static readonly string BinDir = Environment.GetEnvironmentVariable("FRONTLINE_PG_BIN") ?? "/usr/lib/postgresql/15/bin";
    private const string ExtensionDir = "/usr/share/postgresql/15/extension";
    private readonly string _dir;

    private ThrowawayCluster(string dir, string connectionString)
    {
        _dir = dir;
        ConnectionString = connectionString;
    }

    /// <summary>Superuser connection string to database <c>postgres</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>Why a cluster cannot be started here, with what to install; null when it can.</summary>
    public static string? Unavailable()
    {
        if (!File.Exists(Path.Combine(BinDir, "initdb")) || !File.Exists(Path.Combine(BinDir, "pg_ctl")))
        {
            return $"PostgreSQL 15 not found in {BinDir}: install the Debian packages postgresql and postgresql-15-postgis-3 " +
                "(./test.sh does) or set FRONTLINE_PG_BIN to another bin directory";
        }
        return File.Exists(Path.Combine(ExtensionDir, "postgis.control"))
            ? null
            : $"PostGIS not found in {ExtensionDir}: install the Debian package postgresql-15-postgis-3 (./test.sh does)";
    }

    /// <summary>Runs initdb and starts the server; throws with the server's log when it cannot.</summary>
    public static async Task<ThrowawayCluster> StartAsync()
    {
        var dir = Directory.CreateTempSubdirectory("frontline-pg-").FullName;
        if (IsRoot && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            await RunAsync(dir, "chown", $"postgres: {dir}");
        }
        var port = FreePort();
        await RunToolAsync(dir, "initdb", $"-D {dir}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync");
        await RunToolAsync(dir, "pg_ctl",
            $"-D {dir}/data -l {dir}/server.log -w -t 60 " +
            $"-o \"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start");
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
            Timeout = 30,
            CommandTimeout = 600,
        }.ConnectionString;
        return new ThrowawayCluster(dir, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunToolAsync(_dir, "pg_ctl", $"-D {_dir}/data -m immediate -w stop", throwOnError: false);
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying server process; the system cleans /tmp.
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static Task RunToolAsync(string dir, string tool, string arguments, bool throwOnError = true)
    {
        var path = Path.Combine(BinDir, tool);
        return IsRoot
            ? RunAsync(dir, "runuser", $"-u postgres -- {path} {arguments}", throwOnError)
            : RunAsync(dir, path, arguments, throwOnError);
    }

    private static async Task RunAsync(string dir, string file, string arguments, bool throwOnError = true)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dir,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && throwOnError)
        {
            var log = Path.Combine(dir, "server.log");
            throw new InvalidOperationException(
                $"{file} {arguments} exited with {process.ExitCode}: {await stderr}{await stdout}" +
                (File.Exists(log) ? "\nserver log:\n" + await File.ReadAllTextAsync(log) : ""));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

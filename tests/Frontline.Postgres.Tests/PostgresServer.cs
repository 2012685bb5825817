using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Frontline.Postgres.Tests;

/// <summary>
/// The PostgreSQL + PostGIS server the tests use: <c>FRONTLINE_TEST_PG</c> (a connection string or URL with the
/// right to create databases) when set, otherwise a throwaway cluster started here with <c>initdb</c> and
/// <c>pg_ctl</c> on a free loopback port, stopped and deleted on dispose.
/// </summary>
/// <remarks>
/// initdb refuses to run as root, so as root the cluster runs as the <c>postgres</c> OS user (runuser), with
/// its data directory owned by that user. Each test class gets its own database, cloned from a template that
/// already has PostGIS (CREATE EXTENSION takes a second; cloning a template a few milliseconds).
/// </remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "FRONTLINE_TEST_PG";
    private const string Template = "frontline_template";
    private static readonly string BinDir = Environment.GetEnvironmentVariable("FRONTLINE_PG_BIN") ?? "/usr/lib/postgresql/15/bin";
    private static readonly string ExtensionDir = "/usr/share/postgresql/15/extension";
    private string? _tempDir;
    private string? _failure;
    private int _databases;

    /// <summary>True on CI, where a missing PostgreSQL fails the run instead of skipping.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The admin connection string (database postgres).</summary>
    public string AdminConnectionString { get; private set; } = "";

    /// <summary>Why no server can be had here, or null when one can: a fast check made before any test runs.</summary>
    public static string? Unavailable()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EnvironmentVariable)))
        {
            return null;
        }
        if (!File.Exists(Path.Combine(BinDir, "initdb")) || !File.Exists(Path.Combine(BinDir, "pg_ctl")))
        {
            return $"PostgreSQL 15 not found in {BinDir}: install the Debian packages postgresql and postgresql-15-postgis-3 " +
                $"(./test.sh does), set FRONTLINE_PG_BIN to another bin directory, or set {EnvironmentVariable} to a server's connection string";
        }
        if (!File.Exists(Path.Combine(ExtensionDir, "postgis.control")))
        {
            return $"PostGIS not found in {ExtensionDir}: install the Debian package postgresql-15-postgis-3 (./test.sh does), " +
                $"or set {EnvironmentVariable} to a server with PostGIS";
        }
        return null;
    }

    public async Task InitializeAsync()
    {
        try
        {
            if (Unavailable() is { } reason)
            {
                throw new InvalidOperationException(reason);
            }
            AdminConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given
                ? PostgresUrl.Parse(given).ConnectionString
                : await StartClusterAsync();
            await using var admin = new NpgsqlConnection(AdminConnectionString);
            await admin.OpenAsync();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {Template}");
            await ExecuteAsync(admin, $"CREATE DATABASE {Template}");
            var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = Template, Pooling = false };
            await using var template = new NpgsqlConnection(builder.ConnectionString);
            await template.OpenAsync();
            await ExecuteAsync(template, "CREATE EXTENSION postgis");
        }
        catch (Exception e)
        {
            _failure = $"PostgreSQL + PostGIS for the tests could not be started: {e.Message}";
        }
    }

    /// <summary>Creates an empty database with PostGIS for one test class; returns its connection string.</summary>
    /// <exception cref="InvalidOperationException">No server: the message says what to install or set.</exception>
    public async Task<string> CreateDatabaseAsync(string owner)
    {
        if (_failure is not null)
        {
            throw new InvalidOperationException(_failure);
        }
        var name = $"t_{new string(owner.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40).ToArray())}_{Interlocked.Increment(ref _databases)}_{Environment.ProcessId}";
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name}");
        await ExecuteAsync(admin, $"CREATE DATABASE {name} TEMPLATE {Template}");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Opens a connection to the database of <paramref name="connectionString"/>, for assertions.</summary>
    public static async Task<NpgsqlConnection> ConnectAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A data source on <paramref name="connectionString"/> that maps PostGIS types to NetTopologySuite.</summary>
    public static NpgsqlDataSource GeometryDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite(Geometry.Geo.Factory.CoordinateSequenceFactory, Geometry.Geo.Factory.PrecisionModel);
        return builder.Build();
    }

    public async Task DisposeAsync()
    {
        if (_tempDir is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_ctl", $"-D {_tempDir}/data -m immediate -w stop", throwOnError: false);
        try
        {
            Directory.Delete(_tempDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying postgres process; /tmp is cleaned by the system.
        }
    }

    private async Task<string> StartClusterAsync()
    {
        _tempDir = Directory.CreateTempSubdirectory("frontline-pg-").FullName;
        if (IsRoot && !OperatingSystem.IsWindows())
        {
            // The postgres user must own the data directory and be able to reach it.
            File.SetUnixFileMode(_tempDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            await RunProcessAsync("chown", $"postgres: {_tempDir}");
        }
        var port = FreePort();
        await RunAsync("initdb", $"-D {_tempDir}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync");
        // fsync off: a throwaway cluster needs no durability, and the tests run beside other builds.
        await RunAsync("pg_ctl",
            $"-D {_tempDir}/data -l {_tempDir}/server.log -w -t 60 " +
            $"-o \"-p {port} -k {_tempDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100\" start");
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
            Timeout = 30,
            CommandTimeout = 600,
        }.ConnectionString;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private async Task RunAsync(string tool, string arguments, bool throwOnError = true)
    {
        var path = Path.Combine(BinDir, tool);
        if (IsRoot)
        {
            await RunProcessAsync("runuser", $"-u postgres -- {path} {arguments}", throwOnError);
        }
        else
        {
            await RunProcessAsync(path, arguments, throwOnError);
        }
    }

    private async Task RunProcessAsync(string file, string arguments, bool throwOnError = true)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _tempDir ?? Path.GetTempPath(),
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && throwOnError)
        {
            var log = _tempDir is not null && File.Exists(Path.Combine(_tempDir, "server.log"))
                ? File.ReadAllText(Path.Combine(_tempDir, "server.log"))
                : "";
            throw new InvalidOperationException(
                $"{file} {arguments} exited with {process.ExitCode}: {await stderr}{await stdout}{log}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

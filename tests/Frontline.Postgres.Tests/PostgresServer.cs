using Npgsql;

namespace Frontline.Postgres.Tests;

/// <summary>
/// The PostgreSQL + PostGIS server the tests use: <c>FRONTLINE_TEST_PG</c> (a connection string or URL with the
/// right to create databases) when set, otherwise a <see cref="ThrowawayCluster"/> started for this run.
/// </summary>
/// <remarks>
/// Each test class gets its own database, cloned from a template that already has PostGIS (CREATE EXTENSION
/// takes a second; cloning a template a few milliseconds). Without PostgreSQL the tests skip, except when
/// <c>CI=true</c>, where they fail with the message saying what to install.
/// </remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "FRONTLINE_TEST_PG";
    private const string Template = "frontline_template";
    private readonly List<string> _created = [];
    private ThrowawayCluster? _cluster;
    private string? _failure;

    /// <summary>True on CI, where a missing PostgreSQL fails the run instead of skipping.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The admin connection string (database postgres).</summary>
    public string AdminConnectionString { get; private set; } = "";

    /// <summary>Why no server can be had here, or null when one can: a fast check made before any test runs.</summary>
    public static string? Unavailable() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EnvironmentVariable)) ? null
        : ThrowawayCluster.Unavailable() is { } reason ? $"{reason}; or set {EnvironmentVariable} to a server's connection string"
        : null;

    public async Task InitializeAsync()
    {
        try
        {
            if (Unavailable() is { } reason)
            {
                throw new InvalidOperationException(reason);
            }
            if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
            {
                AdminConnectionString = PostgresUrl.Parse(given).ConnectionString;
            }
            else
            {
                _cluster = await ThrowawayCluster.StartAsync();
                AdminConnectionString = _cluster.ConnectionString;
            }
            await using var admin = await ConnectAsync(AdminConnectionString);
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {Template}");
            await ExecuteAsync(admin, $"CREATE DATABASE {Template}");
            var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = Template, Pooling = false };
            await using var template = await ConnectAsync(builder.ConnectionString);
            await ExecuteAsync(template, "CREATE EXTENSION postgis");
        }
        catch (Exception e)
        {
            _failure = $"PostgreSQL + PostGIS for the tests could not be had: {e.Message}";
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
        string name;
        lock (_created)
        {
            name = $"t_{new string(owner.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40).ToArray())}_{_created.Count}_{Environment.ProcessId}";
            _created.Add(name);
        }
        await using var admin = await ConnectAsync(AdminConnectionString);
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
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
            return;
        }
        if (_failure is not null || AdminConnectionString.Length == 0)
        {
            return;
        }
        // A server of the user's own: leave it as found.
        await using var admin = await ConnectAsync(AdminConnectionString);
        foreach (var name in _created.Append(Template))
        {
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

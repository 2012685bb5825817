using Frontline.Postgres.Tests;
using Npgsql;

namespace Frontline.Bench;

/// <summary>A PostgreSQL + PostGIS database for one benchmark process: <c>FRONTLINE_BENCH_PG</c>, or a throwaway cluster.</summary>
internal sealed class BenchPostgres : IAsyncDisposable
{
    private readonly ThrowawayCluster? _cluster;

    private BenchPostgres(ThrowawayCluster? cluster, string connectionString)
    {
        _cluster = cluster;
        ConnectionString = connectionString;
    }

    /// <summary>Connection string of an empty database with PostGIS.</summary>
    public string ConnectionString { get; }

    public static async Task<BenchPostgres> StartAsync(string database)
    {
        ThrowawayCluster? cluster = null;
        string admin;
        if (Environment.GetEnvironmentVariable("FRONTLINE_BENCH_PG") is { Length: > 0 } given)
        {
            admin = Frontline.Postgres.PostgresUrl.Parse(given).ConnectionString;
        }
        else
        {
            cluster = await ThrowawayCluster.StartAsync();
            admin = cluster.ConnectionString;
        }
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {database} WITH (FORCE)", $"CREATE DATABASE {database}" })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        return new BenchPostgres(cluster, new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString);
    }

    /// <summary>Size of the database on disk, in bytes (tables, indexes, TOAST).</summary>
    public async Task<long> SizeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

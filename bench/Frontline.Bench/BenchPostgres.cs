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

    /// <summary>
    /// CPU time the whole PostgreSQL server has used so far (postmaster, live processes, and exited ones the postmaster
    /// reaped), read from /proc: the server's share of a load, which the client's own CPU time leaves out. Null when
    /// the server is not on this machine or /proc cannot say.
    /// </summary>
    public async Task<TimeSpan?> ServerCpuAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SHOW data_directory", connection);
            var dataDirectory = (string)(await command.ExecuteScalarAsync())!;
            var postmaster = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
            long ticks = 0;
            foreach (var dir in Directory.GetDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid) || Stat(pid) is not { } stat)
                {
                    continue;
                }
                // Fields after the command name: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
                if (pid == postmaster)
                {
                    ticks += stat[11] + stat[12] + stat[13] + stat[14];
                }
                else if (stat[1] == postmaster)
                {
                    ticks += stat[11] + stat[12];
                }
            }
            return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or NpgsqlException)
        {
            return null;
        }
    }

    private static long[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ').Select(f => long.TryParse(f, out var v) ? v : 0).ToArray();
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

using Frontline.Geometry;
using Frontline.Ledger;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Frontline.Postgres;

/// <summary>The team ledger: a PostgreSQL database with PostGIS, migrated on open.</summary>
/// <remarks>
/// Opening takes a transaction-scoped advisory lock while it migrates, so several processes starting
/// against a fresh database at once apply each step exactly once. Every import runs in one transaction.
/// Geometries travel as PostGIS <c>geometry</c> through Npgsql's NetTopologySuite plugin, SRID 4326.
/// </remarks>
public sealed class PostgresLedger : IAsyncDisposable
{
    // Any fixed number: the lock only has to be the same for every Frontline process.
    private const long MigrationLockKey = 0x46524f4e544c4e;

    private PostgresLedger(NpgsqlDataSource dataSource, string display)
    {
        DataSource = dataSource;
        Display = display;
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The URL or connection string with the password hidden, for output.</summary>
    public string Display { get; }

    /// <summary>Connects to <paramref name="db"/> (URL or connection string) and applies pending migrations.</summary>
    /// <exception cref="FormatException">The URL or connection string is malformed.</exception>
    /// <exception cref="IOException">The server cannot be reached, refuses the login, or lacks PostGIS.</exception>
    public static async Task<PostgresLedger> OpenAsync(string db, CancellationToken cancellationToken)
    {
        var builder = PostgresUrl.Parse(db);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "frontline";
        }
        // Migrate on a plain data source first: the NetTopologySuite mapping needs PostGIS's types to exist
        // when a data source first loads its type catalogue, and migration core/001 is what creates them.
        await using (var plain = NpgsqlDataSource.Create(builder.ConnectionString))
        {
            try
            {
                await MigrateAsync(plain, cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException e)
            {
                throw new IOException($"cannot open the PostgreSQL ledger {PostgresUrl.Redact(db)}: {e.Message}", e);
            }
        }
        var sourceBuilder = new NpgsqlDataSourceBuilder(builder.ConnectionString);
        sourceBuilder.UseNetTopologySuite(Geo.Factory.CoordinateSequenceFactory, Geo.Factory.PrecisionModel, Ordinates.XY);
        return new PostgresLedger(sourceBuilder.Build(), PostgresUrl.Redact(db));
    }

    /// <summary>Ids of the migrations applied to this database, in the order they were applied.</summary>
    public async Task<IReadOnlyList<string>> AppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("SELECT id FROM schema_migration ORDER BY applied_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    private static async Task MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_migration (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
            cancellationToken).ConfigureAwait(false);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand("SELECT id FROM schema_migration", connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetString(0));
            }
        }
        var pending = PostgresMigrations.All.Where(m => !applied.Contains(m.Id)).ToList();
        foreach (var migration in pending)
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var mark = new NpgsqlCommand("INSERT INTO schema_migration (id) VALUES ($1)", connection, transaction);
            mark.Parameters.AddWithValue(migration.Id);
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

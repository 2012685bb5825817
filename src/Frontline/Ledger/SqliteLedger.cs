using Microsoft.Data.Sqlite;

namespace Frontline.Ledger;

/// <summary>The embedded ledger: one SQLite file in WAL mode, migrated on open.</summary>
/// <remarks>
/// Every import runs inside one transaction (<see cref="BeginTransaction"/>), so a failed or killed import
/// leaves the file as it was. The path comes from <c>--db</c>, then <c>FRONTLINE_DB</c>, then <c>./frontline.db</c>.
/// </remarks>
public sealed class SqliteLedger : IDisposable
{
    public const string DefaultPath = "frontline.db";

    private SqliteLedger(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    public SqliteConnection Connection { get; }

    public string Path { get; }

    /// <summary>Opens (creating if needed) the ledger at <paramref name="path"/> and applies pending migrations.</summary>
    public static SqliteLedger Open(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
        var ledger = new SqliteLedger(connection, path);
        ledger.Migrate();
        return ledger;
    }

    /// <summary>Resolves the ledger path from an explicit option, the environment, or the default.</summary>
    public static string ResolvePath(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable("FRONTLINE_DB") is { Length: > 0 } env ? env
        : DefaultPath;

    public SqliteTransaction BeginTransaction() => Connection.BeginTransaction();

    public SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public void Dispose() => Connection.Dispose();

    private void Migrate()
    {
        Execute(Connection, "CREATE TABLE IF NOT EXISTS schema_migration (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
        var applied = new HashSet<string>(StringComparer.Ordinal);
        using (var read = Command("SELECT id FROM schema_migration"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                applied.Add(reader.GetString(0));
            }
        }
        foreach (var migration in SqliteMigrations.All.Where(m => !applied.Contains(m.Id)))
        {
            using var transaction = BeginTransaction();
            using (var step = Command(migration.Sql, transaction))
            {
                step.ExecuteNonQuery();
            }
            using (var mark = Command("INSERT INTO schema_migration (id, applied_at) VALUES ($id, $at)", transaction))
            {
                mark.Parameters.AddWithValue("$id", migration.Id);
                mark.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
                mark.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

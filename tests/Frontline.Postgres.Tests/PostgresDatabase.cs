using Npgsql;

namespace Frontline.Postgres.Tests;

/// <summary>Base of test classes that need a database: a fresh one per class, dropped afterwards.</summary>
[Collection(PostgresCollection.Name)]
public abstract class PostgresDatabase(PostgresServer server) : IAsyncLifetime
{
    protected PostgresServer Server { get; } = server;

    /// <summary>This class's own database.</summary>
    protected string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync() => ConnectionString = await Server.CreateDatabaseAsync(GetType().Name);

    public virtual async Task DisposeAsync()
    {
        if (ConnectionString.Length == 0)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var admin = await PostgresServer.ConnectAsync(Server.AdminConnectionString);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    protected async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var connection = await PostgresServer.ConnectAsync(ConnectionString);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var arg in args)
        {
            command.Parameters.AddWithValue(arg);
        }
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

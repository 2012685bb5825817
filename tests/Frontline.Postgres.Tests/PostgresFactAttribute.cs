namespace Frontline.Postgres.Tests;

/// <summary>A fact that needs PostgreSQL + PostGIS: skipped on a laptop without them, run (and failing) when CI=true.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Unavailable() is { } reason && !PostgresServer.IsCi)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs PostgreSQL + PostGIS; see <see cref="PostgresFactAttribute"/>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresServer.Unavailable() is { } reason && !PostgresServer.IsCi)
        {
            Skip = reason;
        }
    }
}

/// <summary>Every test class that talks to PostgreSQL shares one server (one throwaway cluster per test run).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}

using Npgsql;

namespace Frontline.Postgres;

/// <summary>Turns what a user passes to <c>--db</c> into an Npgsql connection string.</summary>
/// <remarks>
/// Accepts a URL, <c>postgres://user:pass@host:port/db?sslmode=require</c> (also <c>postgresql://</c>), the form
/// libpq, Heroku and most hosting consoles print; or a key=value connection string
/// (<c>Host=…;Database=…;Username=…</c>). User and password in a URL are percent-decoded.
/// </remarks>
public static class PostgresUrl
{
    /// <summary>True when <paramref name="db"/> names a PostgreSQL ledger rather than a SQLite file.</summary>
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (db.Contains('=', StringComparison.Ordinal) && db.Contains("host", StringComparison.OrdinalIgnoreCase)
            && !File.Exists(db));

    /// <summary>Parses a URL or connection string; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(db);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"Not a PostgreSQL connection string: {e.Message}", e);
            }
        }
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri)
            || (uri.Scheme != "postgres" && uri.Scheme != "postgresql"))
        {
            throw new FormatException($"Not a postgres:// URL: {Redact(db)}");
        }
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            try
            {
                builder[key] = value;
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"Unknown option '{key}' in {Redact(db)}: {e.Message}", e);
            }
        }
        return builder;
    }

    /// <summary>The URL or connection string with its password replaced by <c>***</c>, fit for logs and output.</summary>
    public static string Redact(string db)
    {
        if (db.Contains("://", StringComparison.Ordinal))
        {
            var at = db.IndexOf('@', StringComparison.Ordinal);
            var scheme = db.IndexOf("://", StringComparison.Ordinal) + 3;
            var colon = at < 0 ? -1 : db.IndexOf(':', scheme, at - scheme);
            return colon < 0 ? db : db[..(colon + 1)] + "***" + db[at..];
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(db);
            if (!string.IsNullOrEmpty(builder.Password))
            {
                builder.Password = "***";
            }
            return builder.ToString();
        }
        catch (ArgumentException)
        {
            return "(unparsable connection string)";
        }
    }
}

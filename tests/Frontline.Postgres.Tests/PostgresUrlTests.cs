namespace Frontline.Postgres.Tests;

public sealed class PostgresUrlTests
{
    [Theory]
    [InlineData("postgres://ana:p%40ss@db.example:6543/ledger?sslmode=require", "db.example", 6543, "ledger", "ana", "p@ss")]
    [InlineData("postgresql://ana@localhost/ledger", "localhost", 5432, "ledger", "ana", null)]
    [InlineData("postgres://localhost", "localhost", 5432, null, null, null)]
    [InlineData("Host=10.0.0.5;Port=5433;Database=frontline;Username=team;Password=x", "10.0.0.5", 5433, "frontline", "team", "x")]
    public void Urls_and_connection_strings_parse_to_the_same_settings(string db, string host, int port, string? database, string? user, string? password)
    {
        Assert.True(PostgresUrl.IsPostgres(db));
        var b = PostgresUrl.Parse(db);
        Assert.Equal(host, b.Host);
        Assert.Equal(port, b.Port);
        Assert.Equal(database, b.Database);
        Assert.Equal(user, b.Username);
        Assert.Equal(password, b.Password);
    }

    [Fact]
    public void Url_options_are_passed_on()
    {
        Assert.Equal(Npgsql.SslMode.Require, PostgresUrl.Parse("postgres://a@h/d?sslmode=require").SslMode);
    }

    [Theory]
    [InlineData("frontline.db")]
    [InlineData("sqlite://a.db")]
    [InlineData("/var/lib/frontline/team.db")]
    public void Paths_are_sqlite_ledgers(string db) => Assert.False(PostgresUrl.IsPostgres(db));

    [Theory]
    [InlineData("postgres://a@h/d?nosuchoption=1", "nosuchoption")]
    [InlineData("mysql://a@h/d", "Not a postgres:// URL")]
    public void Bad_urls_say_what_is_wrong(string db, string expected)
    {
        var error = Assert.Throws<FormatException>(() => PostgresUrl.Parse(db));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://ana:secret@h:5432/d", "postgres://ana:***@h:5432/d")]
    [InlineData("postgres://ana@h/d", "postgres://ana@h/d")]
    public void Redact_hides_the_password(string db, string expected) => Assert.Equal(expected, PostgresUrl.Redact(db));

    [Fact]
    public void Redact_hides_the_password_of_a_connection_string() =>
        Assert.DoesNotContain("secret", PostgresUrl.Redact("Host=h;Username=u;Password=secret"), StringComparison.Ordinal);

    [Theory]
    [InlineData("sqlite://a.db", "a.db")]
    [InlineData("sqlite:///srv/a.db", "/srv/a.db")]
    [InlineData("a.db", "a.db")]
    public void Sqlite_urls_name_a_file(string db, string path) => Assert.Equal(path, LedgerFactory.SqlitePath(db));
}

using System.Text.Json;
using Frontline.Cli;

namespace Frontline.Postgres.Tests;

/// <summary>The maps commands on <c>--db postgres://…</c> answer as they do on SQLite.</summary>
public sealed class CliOnPostgresTests(PostgresServer server) : PostgresDatabase(server), IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("frontline-cli-");

    [PostgresFact]
    public async Task Maps_import_list_and_diff_give_the_same_figures_on_both_ledgers()
    {
        var files = new[] { "deepstate-2022-09-01.geojson", "deepstate-2022-09-12.geojson" }.Select(Frontline.Tests.SharedData.Control).ToArray();
        var sqlite = Path.Combine(_dir.FullName, "a.db");
        var postgres = DbCopyTests.ToUrl(ConnectionString);
        var diffs = new List<JsonElement>();
        foreach (var db in new[] { sqlite, postgres })
        {
            var (code, output, error) = await RunAsync(["maps", "import", .. files, "--source", "deepstate", "--db", db]);
            Assert.True(code == 0, output + error);
            Assert.Contains("2 imported", output, StringComparison.Ordinal);
            (code, output, error) = await RunAsync("maps", "diff", "--source", "deepstate", "--from", "2022-09-01", "--to", "2022-09-12", "--json", "--db", db);
            Assert.True(code == 0, output + error);
            diffs.Add(JsonDocument.Parse(output).RootElement.Clone());
        }
        foreach (var name in new[] { "held_km2_from", "held_km2_to", "ua_gained_km2", "ru_gained_km2", "net_km2", "contested_km2_to" })
        {
            Assert.Equal(diffs[0].GetProperty(name).GetDouble(), diffs[1].GetProperty(name).GetDouble(), 6);
        }
        Assert.Equal(diffs[0].GetProperty("max_advance").GetRawText(), diffs[1].GetProperty("max_advance").GetRawText());
        Assert.Equal(diffs[0].GetProperty("settlements_changed").GetRawText(), diffs[1].GetProperty("settlements_changed").GetRawText());
        Assert.True(diffs[0].GetProperty("ua_gained_km2").GetDouble() > 3000);
    }

    [PostgresFact]
    public async Task An_unreachable_postgres_ledger_is_one_clear_line_without_the_password()
    {
        var (code, _, error) = await RunAsync("maps", "list", "--db", "postgres://frontline:s3cret@127.0.0.1:1/none");
        Assert.Equal(1, code);
        Assert.StartsWith("frontline: cannot open the PostgreSQL ledger postgres://frontline:***@127.0.0.1:1/none", error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FrontlineCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

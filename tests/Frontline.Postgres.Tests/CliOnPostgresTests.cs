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

    /// <summary>verify on a postgres:// ledger stores each claim's verdict once; a second run with the same maps stores none.</summary>
    [PostgresFact]
    public async Task Verify_stores_verdicts_once_and_keeps_their_history()
    {
        var postgres = DbCopyTests.ToUrl(ConnectionString);
        var geo = Frontline.Tests.SharedData.Geo;
        var maps = new[] { "deepstate-2022-10-01.geojson", "deepstate-2022-10-04.geojson" }.Select(Frontline.Tests.SharedData.Control);
        await SucceedAsync(["maps", "import", .. maps, "--source", "deepstate", "--db", postgres]);
        await SucceedAsync("ingest", Frontline.Tests.SharedData.Corpus("dev", "000-politico-2022-10-05.txt"),
            Frontline.Tests.SharedData.Corpus("dev", "009-isw-assessment-2022-10-01.txt"), "--geo", geo, "--db", postgres);
        var claims = await ScalarAsync<long>("SELECT count(*) FROM claim");
        Assert.True(claims > 10, $"{claims} claims");

        var first = await SucceedAsync("verify", "--geo", geo, "--db", postgres);
        Assert.Contains($"{claims} verdict(s) new or changed, 0 unchanged", first, StringComparison.Ordinal);
        Assert.Equal(claims, await ScalarAsync<long>("SELECT count(*) FROM verdict"));
        var second = await SucceedAsync("verify", "--geo", geo, "--db", postgres);
        Assert.Contains($"0 verdict(s) new or changed, {claims} unchanged", second, StringComparison.Ordinal);
        Assert.Equal(claims, await ScalarAsync<long>("SELECT count(*) FROM verdict"));

        // A later map changes the inputs of the claims it covers: their history grows by one, the others' does not.
        await SucceedAsync("maps", "import", Frontline.Tests.SharedData.Control("deepstate-2022-10-06.geojson"), "--source", "deepstate", "--db", postgres);
        var third = await SucceedAsync("verify", "--geo", geo, "--db", postgres);
        var changed = long.Parse(System.Text.RegularExpressions.Regex.Match(third, @"(\d+) verdict\(s\) new or changed").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(changed, 1, claims);
        Assert.Equal(claims + changed, await ScalarAsync<long>("SELECT count(*) FROM verdict"));
        var id = await ScalarAsync<long>("SELECT claim_id FROM verdict GROUP BY claim_id HAVING count(*) = 2 ORDER BY claim_id LIMIT 1");
        var history = await SucceedAsync("verify", "--claim", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--history", "--db", postgres);
        Assert.Equal(2, history.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
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

    private static async Task<string> SucceedAsync(params string[] args)
    {
        var (code, output, error) = await RunAsync(args);
        Assert.True(code == 0, $"frontline {string.Join(' ', args)}: exit {code}\n{output}\n{error}");
        return output;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FrontlineCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

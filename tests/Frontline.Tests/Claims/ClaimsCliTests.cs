using System.CommandLine;
using System.Text.Json;
using Frontline.Cli;

namespace Frontline.Tests.Claims;

public sealed class ClaimsCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FrontlineCommand.Build().Parse(["--db", Path.Combine(_dir, "ledger.db"), .. args])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Ingest_then_list_as_json_with_the_issue_s_field_names_and_show_one()
    {
        var (code, output, error) = await Run("ingest", SharedData.Corpus("dev", "000-politico-2022-10-05.txt"), Path.Combine(_dir, "missing.txt"), "--geo", SharedData.Geo);
        Assert.Equal(1, code); // one bad path, the rest stored
        Assert.Contains("missing.txt: no such file", error, StringComparison.Ordinal);
        Assert.Contains("000-politico-2022-10-05.txt", output, StringComparison.Ordinal);

        var json = await Run("claims", "--json");
        Assert.Equal(0, json.Code);
        using var doc = JsonDocument.Parse(json.Output);
        var first = doc.RootElement.EnumerateArray().First();
        Assert.Equal(
            ["id", "document", "start", "end", "quote", "speaker", "speaker_role", "side", "channel", "type", "actor", "places", "date", "date_precision", "quantities", "modality"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("000-politico-2022-10-05.txt", first.GetProperty("document").GetString());
        var text = File.ReadAllText(SharedData.Corpus("dev", "000-politico-2022-10-05.txt"));
        var body = text[(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        Assert.Equal(first.GetProperty("quote").GetString(), body[first.GetProperty("start").GetInt32()..first.GetProperty("end").GetInt32()]);

        var filtered = await Run("claims", "--side", "RU", "--type", "mobilization", "--json");
        using var f = JsonDocument.Parse(filtered.Output);
        Assert.All(f.RootElement.EnumerateArray(), c => Assert.Equal("RU", c.GetProperty("side").GetString()));
        var shoigu = Assert.Single(f.RootElement.EnumerateArray(), c => c.GetProperty("quote").GetString()!.Contains("200,000", StringComparison.Ordinal));
        Assert.Equal("Sergei Shoigu", shoigu.GetProperty("speaker").GetString());

        var show = await Run("claims", "show", shoigu.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, show.Code);
        Assert.Contains("[Sergei Shoigu|speaker]", show.Output, StringComparison.Ordinal);
        Assert.Contains("⟦some [200,000|quantity] [reservists|type]", show.Output, StringComparison.Ordinal);

        var bad = await Run("claims", "--from", "5 October");
        Assert.Equal(2, bad.Code);
    }

    [Fact]
    public async Task Eval_json_has_the_issue_s_shape()
    {
        var (code, output, _) = await Run("eval", SharedData.Corpus("dev"), "--json", "--geo", SharedData.Geo);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(["documents", "gold", "predicted", "detection", "fields"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["precision", "recall", "f1"], root.GetProperty("detection").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["side", "channel", "type", "actor", "modality", "places_f1", "date", "quantities"], root.GetProperty("fields").EnumerateObject().Select(p => p.Name));
        Assert.Equal(18, root.GetProperty("documents").GetInt32());
    }
}

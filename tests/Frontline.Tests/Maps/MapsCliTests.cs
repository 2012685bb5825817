using System.Text.Json;
using Frontline.Cli;

namespace Frontline.Tests.Maps;

[Collection(RealMapsCollection.Name)]
public sealed class MapsCliTests(RealMapsFixture maps)
{
    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FrontlineCommand.RunAsync([.. args, "--db", maps.DbPath, "--geo", SharedData.Geo], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Diff_json_keeps_the_promised_names()
    {
        var (code, text, err) = await Run("maps", "diff", "--source", "deepstate", "--from", "2022-09-01", "--to", "2022-09-12", "--json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        foreach (var name in new[] { "source", "from", "to", "held_km2_from", "held_km2_to", "ua_gained_km2", "ru_gained_km2", "net_km2",
                     "by_oblast", "max_advance", "settlements_changed", "contested_km2_from", "contested_km2_to", "notes" })
        {
            Assert.True(root.TryGetProperty(name, out _), $"missing {name}");
        }
        Assert.Equal("2022-09-01", root.GetProperty("from").GetString());
        var oblast = root.GetProperty("by_oblast")[0];
        Assert.True(oblast.TryGetProperty("oblast", out _) && oblast.TryGetProperty("ua_gained_km2", out _) && oblast.TryGetProperty("ru_gained_km2", out _));
        var advance = root.GetProperty("max_advance");
        foreach (var name in new[] { "side", "depth_km", "lon", "lat" })
        {
            Assert.True(advance.TryGetProperty(name, out _), $"missing max_advance.{name}");
        }
        var settlement = root.GetProperty("settlements_changed")[0];
        Assert.True(settlement.TryGetProperty("name", out _) && settlement.TryGetProperty("oblast", out _) && settlement.TryGetProperty("to", out _));
        Assert.Equal(root.GetProperty("ru_gained_km2").GetDouble() - root.GetProperty("ua_gained_km2").GetDouble(), root.GetProperty("net_km2").GetDouble(), 1e-6);
    }

    [Fact]
    public async Task Diff_writes_geojson_that_reads_back_with_the_same_areas()
    {
        var path = Path.Combine(Path.GetTempPath(), $"diff-{Guid.NewGuid():N}.geojson");
        try
        {
            var (code, text, err) = await Run("maps", "diff", "--source", "isw", "--from", "2022-09-01", "--to", "2022-09-12", "--geojson", path, "--json");
            Assert.True(code == 0, err);
            var change = JsonDocument.Parse(text).RootElement;
            var options = new JsonSerializerOptions();
            options.Converters.Add(new NetTopologySuite.IO.Converters.GeoJsonConverterFactory());
            var features = JsonSerializer.Deserialize<NetTopologySuite.Features.FeatureCollection>(File.ReadAllText(path), options)!;
            var ua = features.Where(f => (string)f.Attributes["side"] == "UA").Sum(f => Frontline.Geometry.EqualArea.AreaKm2(f.Geometry));
            Assert.Equal(change.GetProperty("ua_gained_km2").GetDouble(), ua, 0.5);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task List_shows_every_source()
    {
        var (code, text, _) = await Run("maps", "list");
        Assert.Equal(0, code);
        Assert.Contains("isw                  2022-11-16", text, StringComparison.Ordinal);
        Assert.Contains("nzz", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_csv_has_one_row_per_pair()
    {
        var (code, text, err) = await Run("maps", "series", "--source", "isw", "--from", "2022-09-01", "--to", "2022-11-20", "--csv");
        Assert.True(code == 0, err);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("date,previous_date,days,held_km2,ua_gained_km2,ru_gained_km2", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length); // ISW has six snapshots in the window: five pairs
    }

    [Theory]
    [InlineData("maps diff --source deepstate --from 2022-13-01 --to 2022-09-12", "--from: '2022-13-01' is not a date")]
    [InlineData("maps diff --source nobody --from 2022-09-01 --to 2022-09-12", "no nobody snapshot on or before 2022-09-01")]
    [InlineData("maps compare --date 2022-09-12 --sources isw", "--sources takes two publishers")]
    [InlineData("maps import /nonexistent/file.geojson --source isw", "/nonexistent/file.geojson: no such file or folder")]
    [InlineData("maps import x.geojson --source mystery", "no built-in profile 'mystery'")]
    public async Task Bad_arguments_get_one_clear_line(string args, string message)
    {
        var (code, _, err) = await Run(args.Split(' '));
        Assert.NotEqual(0, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}

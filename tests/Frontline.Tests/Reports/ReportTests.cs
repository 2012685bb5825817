using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Frontline.Cli;
using Frontline.Reports;
using Frontline.Tests.Maps;

namespace Frontline.Tests.Reports;

[Collection(RealMapsCollection.Name)]
public sealed class ReportTests(RealMapsFixture maps)
{
    public static TheoryData<string, string> Windows => new()
    {
        { "2022-09-01", "2022-09-30" },
        { "2022-11-01", "2022-11-15" },
    };

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FrontlineCommand.RunAsync([.. args, "--db", maps.DbPath, "--geo", SharedData.Geo], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Km2(double v) => string.Create(CultureInfo.InvariantCulture, $"{v:N1} km²");

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task Html_report_figures_match_maps_diff(string from, string to)
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        try
        {
            var (code, _, err) = await Run("report", "--source", "deepstate", "--from", from, "--to", to, "--out", path);
            Assert.True(code == 0, err);
            var html = await File.ReadAllTextAsync(path);
            var (dcode, json, derr) = await Run("maps", "diff", "--source", "deepstate", "--from", from, "--to", to, "--json");
            Assert.True(dcode == 0, derr);
            var diff = JsonDocument.Parse(json).RootElement;
            foreach (var name in new[] { "ua_gained_km2", "ru_gained_km2", "net_km2", "held_km2_from", "held_km2_to", "contested_km2_to" })
            {
                Assert.Contains(Km2(diff.GetProperty(name).GetDouble()), html, StringComparison.Ordinal);
            }
            foreach (var oblast in diff.GetProperty("by_oblast").EnumerateArray())
            {
                var row = $"<tr><td>{oblast.GetProperty("oblast").GetString()}</td><td class=\"n ua\">{Km2(oblast.GetProperty("ua_gained_km2").GetDouble())}</td><td class=\"n ru\">{Km2(oblast.GetProperty("ru_gained_km2").GetDouble())}</td>";
                Assert.Contains(row, html, StringComparison.Ordinal);
            }
            var advance = diff.GetProperty("max_advance");
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{advance.GetProperty("depth_km").GetDouble():N1} km near"), html, StringComparison.Ordinal);
            var settlements = diff.GetProperty("settlements_changed");
            Assert.Contains($"Settlements that changed hands ({settlements.GetArrayLength()})", html, StringComparison.Ordinal);
            Assert.Contains($"<td>{settlements[0].GetProperty("name").GetString()}</td>", html, StringComparison.Ordinal);
            // Every figure sits beside the command that reproduces it, and the methods name every snapshot's hash.
            Assert.Contains($"frontline maps diff --source deepstate --from {from} --to {to}", html, StringComparison.Ordinal);
            Assert.Contains(diff.GetProperty("inputs_hash").GetString()!, html, StringComparison.Ordinal);
            foreach (var note in diff.GetProperty("notes").EnumerateArray())
            {
                Assert.Contains(Html.Escape(note.GetString()), html, StringComparison.Ordinal);
            }
            // The pictures are well-formed SVG and the page loads nothing from outside.
            var svgs = System.Text.RegularExpressions.Regex.Matches(html, "<svg .*?</svg>", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.Equal(2, svgs.Count);
            foreach (System.Text.RegularExpressions.Match svg in svgs)
            {
                Assert.Equal("svg", XElement.Parse(svg.Value).Name.LocalName);
            }
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Report_names_every_snapshot_used_with_its_sha256()
    {
        var report = await ReportBuilder.BuildAsync(maps.Analyzer, maps.Store, "deepstate", new DateOnly(2022, 11, 1), new DateOnly(2022, 11, 15), [], default);
        var html = HtmlReport.Render(report);
        var inWindow = (await maps.Store.ListAsync("deepstate", default)).Where(s => s.AsOf >= report.Change.FromSnapshot.AsOf && s.AsOf <= new DateOnly(2022, 11, 15)).ToList();
        Assert.True(inWindow.Count >= 10, $"{inWindow.Count} snapshots");
        Assert.Equal(inWindow.Count, report.Snapshots.Count);
        Assert.All(inWindow, s => Assert.Contains(s.ContentHash, html, StringComparison.Ordinal));
        Assert.Equal(inWindow.Count - 1, report.Series.Count);
        // Kherson city returned to Ukraine in this window: the report says so and labels it on the map.
        Assert.Contains(report.Change.SettlementsChanged, s => s.Name == "Kherson" && s.To == "UA");
        Assert.Contains(">Kherson</text>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_claim_text_is_escaped_in_html_and_markdown()
    {
        var report = await ReportBuilder.BuildAsync(maps.Analyzer, maps.Store, "isw", new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 12),
        [
            new ReportClaim("2022-09-10", "territory.control", "RU", "<img src=x onerror=alert(1)>", "Liberated <script>alert('x')</script> & \"held\" | **bold** [link](javascript:alert(1))",
                ["Zzz</td><td>evil"], "doc<b>.txt", "javascript:alert(1)", null),
            new ReportClaim("2022-09-11", "territory.control", "UA", null, "Kupiansk is ours", ["Kupiansk"], "ok.txt", "https://example.org/a?b=\"c\"", "supported"),
        ], default);
        var html = HtmlReport.Render(report);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zzz</td><td>evil", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a?b=%22c%22\"", html, StringComparison.Ordinal);
        var md = MarkdownReport.Render(report);
        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("](javascript", md, StringComparison.Ordinal);
        Assert.Contains("\\*\\*bold\\*\\*", md, StringComparison.Ordinal);
        Assert.Contains("\\|", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_report_has_the_same_headline_figures()
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.md");
        try
        {
            var (code, _, err) = await Run("report", "--source", "isw", "--from", "2022-09-01", "--to", "2022-09-12", "--out", path);
            Assert.True(code == 0, err);
            var md = await File.ReadAllTextAsync(path);
            var change = await maps.Analyzer.DiffAsync(maps.Store, "isw", new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 12), default);
            Assert.StartsWith("# Situation report", md, StringComparison.Ordinal);
            Assert.Contains($"| Ground gained by Ukraine | {Km2(change.UaGainedKm2)} | `frontline maps diff --source isw --from 2022-09-01 --to 2022-09-12` |", md, StringComparison.Ordinal);
            Assert.Contains("data:image/svg+xml;base64,", md, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["--source", "deepstate", "--from", "2022-09-10", "--to", "2022-09-10"], "empty window" },
        { ["--source", "deepstate", "--from", "2022-09-10", "--to", "2022-09-01"], "empty window" },
        { ["--source", "nosuch", "--from", "2022-09-01", "--to", "2022-09-10"], "unknown source 'nosuch'" },
        { ["--source", "deepstate", "--from", "2022-09-01", "--to", "2022-09-10", "--format", "pdf"], "--format" },
        { ["--source", "deepstate", "--from", "2020-01-01", "--to", "2020-02-01"], "no deepstate snapshot on or before 2020-01-01" },
        { ["--source", "deepstate", "--from", "2022-09-01", "--to", "2022-09-31"], "--to: '2022-09-31' is not a date" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_give_one_line_and_no_file(string[] args, string message)
    {
        var dir = Directory.CreateTempSubdirectory("report-bad-").FullName;
        try
        {
            var path = Path.Combine(dir, "r.html");
            var (code, _, err) = await Run(["report", .. args, "--out", path]);
            Assert.NotEqual(0, code);
            Assert.Contains(message, err, StringComparison.Ordinal);
            Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Empty(Directory.GetFileSystemEntries(dir));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task Unwritable_path_gives_one_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-folder-{Guid.NewGuid():N}", "r.html");
        var (code, _, err) = await Run("report", "--source", "isw", "--from", "2022-09-01", "--to", "2022-09-12", "--out", path);
        Assert.NotEqual(0, code);
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_failed_write_leaves_the_old_file_and_no_temporary()
    {
        var dir = Directory.CreateTempSubdirectory("report-atomic-").FullName;
        try
        {
            var path = Path.Combine(dir, "r.html");
            await File.WriteAllTextAsync(path, "old");
            await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(path, async (temp, ct) =>
            {
                await File.WriteAllTextAsync(temp, "half", ct);
                throw new InvalidOperationException("disk full");
            }, default));
            Assert.Equal("old", await File.ReadAllTextAsync(path));
            Assert.Single(Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

using System.Globalization;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Places;
using Frontline.Reports;
using Microsoft.Playwright;

namespace Frontline.Tests;

/// <summary>A SQLite ledger with DeepStateMap's maps for the two report windows, and the analyzer.</summary>
public sealed class ReportMapsFixture : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"frontline-report-{Guid.NewGuid():N}.db");

    public SqliteLedger Ledger { get; private set; } = null!;

    public SqliteSnapshotStore Store { get; private set; } = null!;

    public ChangeAnalyzer Analyzer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Ledger = SqliteLedger.Open(_path);
        Store = new SqliteSnapshotStore(Ledger, TimeProvider.System);
        Analyzer = new ChangeAnalyzer(Terrain.Load(GeoDataPaths.Locate(SharedData.Geo)));
        using var http = new HttpClient();
        var folder = Path.Combine(SharedData.Root, "data", "control");
        var files = Directory.GetFiles(folder, "deepstate-2022-*.geojson")
            .Where(f => Path.GetFileName(f) is var n && (string.CompareOrdinal(n, "deepstate-2022-09-01") >= 0 && string.CompareOrdinal(n, "deepstate-2022-09-31") < 0
                || string.CompareOrdinal(n, "deepstate-2022-11-01") >= 0 && string.CompareOrdinal(n, "deepstate-2022-11-16") < 0))
            .Order(StringComparer.Ordinal).ToList();
        await new MapImporter(Store, http).ImportAsync(files, "deepstate", PublisherProfile.Builtin("deepstate")!, null, false, default);
    }

    public Task DisposeAsync()
    {
        Ledger.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ReportBrowserCollection : ICollectionFixture<ReportMapsFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "report in the browser";
}

/// <summary>The situation reports rendered by headless Chromium: they draw, load nothing from outside, and show the diff's figures.</summary>
/// <remarks>Set <c>FRONTLINE_UPDATE_DOCS</c> to the repository's <c>docs</c> folder to copy the pictures there for the README.</remarks>
[Collection(ReportBrowserCollection.Name)]
public sealed class ReportPageTests(ReportMapsFixture maps, BrowserFixture browser)
{
    public static TheoryData<string, string, string> Windows => new()
    {
        { "2022-09-01", "2022-09-30", "report-2022-09.png" },
        { "2022-11-01", "2022-11-15", "report-2022-11-01-15.png" },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task Report_renders_in_chromium_with_the_diffs_figures(string from, string to, string picture)
    {
        var fromDate = DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var toDate = DateOnly.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var report = await ReportBuilder.BuildAsync(maps.Analyzer, maps.Store, "deepstate", fromDate, toDate, [], default);
        var change = await maps.Analyzer.DiffAsync(maps.Store, "deepstate", fromDate, toDate, default);
        var dir = Directory.CreateTempSubdirectory("report-page-").FullName;
        try
        {
            var html = Path.Combine(dir, "report.html");
            await File.WriteAllTextAsync(html, HtmlReport.Render(report));
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1040, Height = 900 } });
            var page = await context.NewPageAsync();
            var outside = new List<string>();
            page.Request += (_, r) =>
            {
                if (!r.Url.StartsWith("file:", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    outside.Add(r.Url);
                }
            };
            var errors = new List<string>();
            page.Console += (_, m) =>
            {
                if (m.Type == "error")
                {
                    errors.Add(m.Text);
                }
            };
            await page.GotoAsync(new Uri(html).AbsoluteUri);
            Assert.Empty(outside);
            Assert.Empty(errors);
            // The map and the chart are drawn at their full size, with one path per side's gains.
            var map = await page.Locator("#map + figure svg").BoundingBoxAsync();
            Assert.NotNull(map);
            Assert.True(map.Width >= 900 && map.Height >= 600, $"map {map.Width}×{map.Height}");
            var chart = await page.Locator("#per-day + figure svg").BoundingBoxAsync();
            Assert.True(chart is { Width: >= 900 }, "chart not drawn");
            Assert.Equal(report.Series.Count * 2, await page.Locator("#per-day + figure svg rect[fill='#1f6fd1'], #per-day + figure svg rect[fill='#d1281f']").CountAsync());
            var ua = await page.Locator("#map + figure svg path[fill='#1f6fd1']").GetAttributeAsync("d");
            Assert.False(string.IsNullOrEmpty(ua));
            // What a reader sees is the diff's figure.
            var headline = await page.Locator("#headline + table").InnerTextAsync();
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{change.UaGainedKm2:N1} km²"), headline, StringComparison.Ordinal);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{change.RuGainedKm2:N1} km²"), headline, StringComparison.Ordinal);
            Assert.Contains($"frontline maps diff --source deepstate --from {from} --to {to}", headline, StringComparison.Ordinal);
            var png = Path.Combine(dir, picture);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
            var bytes = await File.ReadAllBytesAsync(png);
            Assert.True(bytes.Length > 50_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', $"{bytes.Length} bytes");
            if (Environment.GetEnvironmentVariable("FRONTLINE_UPDATE_DOCS") is { Length: > 0 } docs && Directory.Exists(docs))
            {
                // The README shows the top of the report: headline figures, the map and the chart.
                var bottom = await page.Locator("#per-day + figure").BoundingBoxAsync();
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = Path.Combine(docs, picture),
                    Clip = new Clip { X = 0, Y = 0, Width = 1040, Height = bottom!.Y + bottom.Height + 16 },
                    FullPage = true,
                });
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

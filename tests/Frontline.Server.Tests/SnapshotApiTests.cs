using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Frontline.Tests;

/// <summary>Snapshots, series, changes and the basemap through the real host over the real maps.</summary>
[Collection(ServerCollection.Name)]
public sealed class SnapshotApiTests(ServerFixture server)
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task Sources_ListEachImportedPublisherWithItsDates()
    {
        using var doc = await GetJson("/api/sources");
        var sources = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("source").GetString()!);
        Assert.Superset(new HashSet<string>(["deepstate", "isw", "nzz"]), sources.Keys.ToHashSet());
        Assert.Equal("2022-09-01", sources["deepstate"].GetProperty("first").GetString());
        Assert.Equal("2022-09-12", sources["deepstate"].GetProperty("last").GetString());
        Assert.Equal(2, sources["isw"].GetProperty("snapshots").GetInt32());
    }

    [Fact]
    public async Task Snapshot_IsGeoJsonOfHeldAndContestedWithTheStoredArea()
    {
        using var series = await GetJson("/api/series?source=deepstate");
        var stored = series.RootElement.GetProperty("points").EnumerateArray()
            .Single(p => p.GetProperty("asOf").GetString() == "2022-09-12").GetProperty("heldKm2").GetDouble();

        using var response = await Client.GetAsync("/api/snapshots/deepstate/2022-09-12");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(["contested", "held"], features.Select(f => f.GetProperty("properties").GetProperty("status").GetString()).Order());
        var held = features.Single(f => f.GetProperty("properties").GetProperty("status").GetString() == "held");
        Assert.Equal("MultiPolygon", held.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(Math.Round(stored, 1), held.GetProperty("properties").GetProperty("km2").GetDouble());
        Assert.InRange(stored, 90_000, 130_000);
    }

    [Fact]
    public async Task Snapshot_OnADayWithoutAMap_IsTheLatestBefore()
    {
        // DeepStateMap has no file for 2022-09-02: the snapshot in force is 2022-09-01's.
        using var doc = await GetJson("/api/snapshots/deepstate/2022-09-02");
        Assert.All(doc.RootElement.GetProperty("features").EnumerateArray(),
            f => Assert.Equal("2022-09-01", f.GetProperty("properties").GetProperty("asOf").GetString()));
    }

    [Fact]
    public async Task Series_ShowsTheKharkivCounteroffensiveShrinkingTheHeldArea()
    {
        using var doc = await GetJson("/api/series?source=deepstate&from=2022-09-01&to=2022-09-12");
        var points = doc.RootElement.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal("2022-09-01", points[0].GetProperty("asOf").GetString());
        Assert.Equal("2022-09-12", points[^1].GetProperty("asOf").GetString());
        var lost = points[0].GetProperty("heldKm2").GetDouble() - points[^1].GetProperty("heldKm2").GetDouble();
        Assert.InRange(lost, 3_000, 12_000);
    }

    [Fact]
    public async Task Changes_PutMostOfUkrainesGainInKharkivOblast()
    {
        using var summary = await GetJson("/api/changes/summary?source=deepstate&from=2022-09-01&to=2022-09-12");
        var root = summary.RootElement;
        Assert.True(root.GetProperty("ua_gained_km2").GetDouble() > root.GetProperty("ru_gained_km2").GetDouble());
        var top = root.GetProperty("by_oblast").EnumerateArray().MaxBy(o => o.GetProperty("ua_gained_km2").GetDouble());
        Assert.Contains("Kharkiv", top.GetProperty("oblast").GetString(), StringComparison.Ordinal);

        using var response = await Client.GetAsync("/api/changes?source=deepstate&from=2022-09-01&to=2022-09-12");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var features = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(features.RootElement.GetProperty("features").EnumerateArray());
    }

    [Theory]
    [InlineData("oblasts", 27)]
    [InlineData("border", 2)]
    public async Task Basemap_LayersComeFromTheGeoFolder(string layer, int count)
    {
        using var doc = await GetJson($"/api/basemap/{layer}");
        Assert.Equal(count, doc.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task Basemap_SettlementsIncludeTheOblastCentres()
    {
        using var doc = await GetJson("/api/basemap/settlements");
        var names = doc.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ToHashSet();
        Assert.Contains("Kharkiv", names);
        Assert.Contains("Kherson", names);
    }

    [Fact]
    public async Task ETag_SecondRequestWithTheTagIsNotModified()
    {
        using var first = await Client.GetAsync("/api/snapshots/deepstate/2022-09-05");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/snapshots/deepstate/2022-09-05");
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/snapshots/deepstate/2022-09-12");
        other.Headers.IfNoneMatch.Add(etag);
        using var third = await Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheEndpoints()
    {
        using var doc = await GetJson("/openapi/v1.json");
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/snapshots/{source}/{date}", paths);
        Assert.Contains("/api/changes", paths);
        Assert.Contains("/api/series", paths);
    }

    [Fact]
    public async Task Index_ListsTheEndpointsAndSaysWritingIsOn()
    {
        using var doc = await GetJson("/api");
        var endpoints = doc.RootElement.GetProperty("endpoints").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("/api/snapshots/{source}/{date}", endpoints);
        Assert.True(doc.RootElement.GetProperty("writable").GetBoolean());
    }

    private async Task<JsonDocument> GetJson(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

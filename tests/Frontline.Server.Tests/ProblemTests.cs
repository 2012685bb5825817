using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Frontline.Tests;

/// <summary>Bad requests get application/problem+json, never a stack trace; limits and the write token are enforced.</summary>
[Collection(ServerCollection.Name)]
public sealed class ProblemTests(ServerFixture server)
{
    [Theory]
    [InlineData("/api/snapshots/deepstate/2022-13-45", HttpStatusCode.BadRequest)]
    [InlineData("/api/snapshots/deepstate/yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/snapshots/nobody/2022-09-01", HttpStatusCode.NotFound)]
    [InlineData("/api/snapshots/deepstate/1990-01-01", HttpStatusCode.NotFound)]
    [InlineData("/api/series?source=nobody", HttpStatusCode.NotFound)]
    [InlineData("/api/series", HttpStatusCode.BadRequest)]
    [InlineData("/api/changes?source=deepstate&from=2022-09-12&to=2022-09-01", HttpStatusCode.BadRequest)]
    [InlineData("/api/changes?source=deepstate&from=2022-09-01", HttpStatusCode.BadRequest)]
    [InlineData("/api/snapshots?limit=100000", HttpStatusCode.BadRequest)]
    [InlineData("/api/snapshots?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/snapshots?offset=-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/basemap/tiles", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-endpoint", HttpStatusCode.NotFound)]
    public async Task BadRequest_IsProblemJson(string path, HttpStatusCode expected)
    {
        using var response = await server.Client.GetAsync(path);
        await AssertProblem(response, expected);
    }

    [Fact]
    public async Task PageSize_AboveTheLimit_IsRefusedNamingTheParameter()
    {
        using var response = await server.Client.GetAsync($"/api/snapshots?limit={server.Options.MaxPageSize + 1}");
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal("limit", problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Paging_NextLinkWalksTheList()
    {
        using var first = JsonDocument.Parse(await server.Client.GetStringAsync("/api/snapshots?source=deepstate&limit=4"));
        Assert.Equal(4, first.RootElement.GetProperty("items").GetArrayLength());
        var total = first.RootElement.GetProperty("total").GetInt32();
        var next = first.RootElement.GetProperty("next").GetString()!;
        Assert.Contains("source=deepstate", next, StringComparison.Ordinal);
        using var second = JsonDocument.Parse(await server.Client.GetStringAsync(next));
        Assert.Equal(4, second.RootElement.GetProperty("offset").GetInt32());
        Assert.NotEqual(
            first.RootElement.GetProperty("items")[0].GetProperty("asOf").GetString(),
            second.RootElement.GetProperty("items")[0].GetProperty("asOf").GetString());
        Assert.Equal(11, total);
    }

    [Fact]
    public async Task Import_WithoutTheToken_IsUnauthorized()
    {
        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(SharedData.Control("isw-2022-10-02.geojson")));
        using var response = await server.Client.PostAsync("/api/snapshots/isw/2022-10-02", body);
        await AssertProblem(response, HttpStatusCode.Unauthorized);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/snapshots/isw/2022-10-02") { Content = new ByteArrayContent([1, 2, 3]) };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");
        using var refused = await server.Client.SendAsync(wrong);
        await AssertProblem(refused, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Import_OnAServerWithoutAToken_IsForbidden()
    {
        var (app, client) = await ServerFixture.StartAsync(server.Options with { WriteToken = null });
        await using (app)
        using (client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/snapshots/isw/2022-10-02") { Content = new ByteArrayContent([1]) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.Token);
            using var response = await client.SendAsync(request);
            await AssertProblem(response, HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Import_BodyAboveTheLimit_IsTooLarge()
    {
        using var request = Authorized("/api/snapshots/isw/2022-10-02", new byte[ServerFixture.MaxBodyBytes + 1]);
        using var response = await server.Client.SendAsync(request);
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Import_NotGeoJson_IsABadRequestNamingTheInput()
    {
        using var request = Authorized("/api/snapshots/isw_upload/2022-10-03?profile=isw", "{\"type\": \"FeatureCollection\", \"features\": ["u8.ToArray());
        using var response = await server.Client.SendAsync(request);
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("isw_upload-2022-10-03", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var list = JsonDocument.Parse(await server.Client.GetStringAsync("/api/snapshots?source=isw_upload"));
        Assert.DoesNotContain(list.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("asOf").GetString() == "2022-10-03");
    }

    [Fact]
    public async Task Import_WithTheToken_StoresTheSnapshotOnce()
    {
        var bytes = await File.ReadAllBytesAsync(SharedData.Control("isw-2022-11-16.geojson"));
        using var first = await server.Client.SendAsync(Authorized("/api/snapshots/isw_upload/2022-11-16?profile=isw", bytes));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.True(created.RootElement.GetProperty("added").GetBoolean());
        Assert.InRange(created.RootElement.GetProperty("heldKm2").GetDouble(), 80_000, 130_000);

        using var again = await server.Client.SendAsync(Authorized("/api/snapshots/isw_upload/2022-11-16?profile=isw", bytes));
        using var second = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.False(second.RootElement.GetProperty("added").GetBoolean());
        using var map = await server.Client.GetAsync("/api/snapshots/isw_upload/2022-11-16?profile=isw");
        Assert.Equal(HttpStatusCode.OK, map.StatusCode);
    }

    [Fact]
    public async Task Page_IsServedWithAContentSecurityPolicyThatForbidsInlineScript()
    {
        using var response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline'; ", csp.Split("script-src")[1].Split(';')[0], StringComparison.Ordinal);
    }

    private static HttpRequestMessage Authorized(string path, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.Token);
        return request;
    }

    internal static async Task<JsonDocument> AssertProblem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var doc = JsonDocument.Parse(text);
        Assert.Equal((int)expected, doc.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        return doc;
    }
}

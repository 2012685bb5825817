using System.Net;
using System.Text.Json;

namespace Frontline.Tests;

/// <summary>Claims and documents through the real host: filters, paging, the detail with spans, hostile text kept as data.</summary>
[Collection(ServerCollection.Name)]
public sealed class ClaimApiTests(ServerFixture server)
{
    [Theory]
    [InlineData("", 4)]
    [InlineData("?type=territory.control", 1)]
    [InlineData("?side=UA", 1)]
    [InlineData("?side=third-party", 3)]
    [InlineData("?oblast=Kharkiv", 4)]
    [InlineData("?from=2022-09-09&to=2022-09-10", 2)]
    [InlineData("?bbox=36.6,49.3,37.0,49.6", 2)]
    [InlineData("?bbox=37.0,49.0,38.0,50.0&from=2022-09-09", 1)]
    [InlineData("?bbox=30.0,45.0,31.0,46.0", 0)]
    [InlineData("?q=withdrew", 1)]
    [InlineData("?q=100%25", 0)]
    public async Task Claims_FilterAsTheApiSays(string query, int expected)
    {
        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync("/api/claims" + query));
        Assert.Equal(expected, doc.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Claims_PageWithNextLinks()
    {
        using var first = JsonDocument.Parse(await server.Client.GetStringAsync("/api/claims?limit=3"));
        Assert.Equal(3, first.RootElement.GetProperty("items").GetArrayLength());
        var next = first.RootElement.GetProperty("next").GetString()!;
        using var second = JsonDocument.Parse(await server.Client.GetStringAsync(next));
        Assert.Equal(1, second.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("/api/claims?type=rumour", "type")]
    [InlineData("/api/claims?side=NATO", "side")]
    [InlineData("/api/claims?bbox=1,2,3", "bbox")]
    [InlineData("/api/claims?bbox=40,50,30,45", "bbox")]
    [InlineData("/api/claims?verdict=maybe", "verdict")]
    [InlineData("/api/claims?from=2022-09-10&to=2022-09-01", "to")]
    [InlineData("/api/claims?limit=501", "limit")]
    public async Task Claims_BadFilter_IsProblemNamingTheParameter(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(path);
        using var problem = await ProblemTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Claims_TextLongerThanTheLimit_IsRefused()
    {
        using var response = await server.Client.GetAsync("/api/claims?q=" + new string('a', 201));
        await ProblemTests.AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ClaimDetail_CarriesTheDocumentTextAndEveryFieldsSpan()
    {
        using var list = JsonDocument.Parse(await server.Client.GetStringAsync("/api/claims?type=territory.control"));
        var id = list.RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();
        using var detail = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/claims/{id}"));
        var root = detail.RootElement;
        var text = root.GetProperty("document").GetProperty("text").GetString()!;
        var spans = root.GetProperty("spans").EnumerateArray().ToList();
        var place = spans.Single(s => s.GetProperty("field").GetString() == "place");
        Assert.Equal("Balakliya", text[place.GetProperty("start").GetInt32()..place.GetProperty("end").GetInt32()]);
        var quote = spans.Single(s => s.GetProperty("field").GetString() == "quote");
        Assert.Equal(root.GetProperty("quote").GetString(), text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()]);
        Assert.Equal("isw-2022-09-09.txt", root.GetProperty("document").GetProperty("name").GetString());
    }

    [Fact]
    public async Task MaliciousDocument_IsReturnedAsDataUnchanged()
    {
        using var list = JsonDocument.Parse(await server.Client.GetStringAsync("/api/claims?q=withdrew"));
        var row = list.RootElement.GetProperty("items")[0];
        Assert.Equal(LedgerSeed.MaliciousName, row.GetProperty("document").GetString());
        using var response = await server.Client.GetAsync($"/api/claims/{row.GetProperty("id").GetInt64()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("<script>window.__pwned = 'script'</script>", detail.RootElement.GetProperty("document").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/claims/999999")]
    [InlineData("/api/documents/0000000000000000")]
    public async Task Missing_IsNotFoundProblem(string path)
    {
        using var response = await server.Client.GetAsync(path);
        await ProblemTests.AssertProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Document_ByName()
    {
        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync("/api/documents/isw-2022-09-02.txt"));
        Assert.Equal("2022-09-02", doc.RootElement.GetProperty("published").GetString());
        Assert.Contains("Izyum", doc.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.Json;

namespace Frontline.Tests;

/// <summary>The gazetteer through the real host: names in any spelling or script, the nearest settlement to a point.</summary>
[Collection(ServerCollection.Name)]
public sealed class PlacesApiTests(ServerFixture server)
{
    [Theory]
    [InlineData("Kupiansk", "Kharkiv")]
    [InlineData("Kupyansk", "Kharkiv")]
    [InlineData("Куп’янськ", "Kharkiv")]
    [InlineData("Izyum", "Kharkiv")]
    [InlineData("Nova Kakhovka", "Kherson")]
    public async Task Search_FindsTheSettlementInItsOblast(string name, string oblast)
    {
        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/places?q={Uri.EscapeDataString(name)}&kind=settlement&limit=5"));
        var first = doc.RootElement.GetProperty("items")[0];
        Assert.Equal(oblast, first.GetProperty("oblast").GetString());
        Assert.Equal("settlement", first.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Reverse_NamesTheNearestSettlement()
    {
        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync("/api/places/reverse?lon=37.617&lat=49.711"));
        Assert.Contains("Kup", doc.RootElement.GetProperty("place").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.InRange(doc.RootElement.GetProperty("distanceKm").GetDouble(), 0, 3);
    }

    [Theory]
    [InlineData("/api/places?q=Kupiansk&kind=planet", "kind")]
    [InlineData("/api/places?q=", "q")]
    [InlineData("/api/places?q=Kupiansk&lon=37", "lat")]
    [InlineData("/api/places/reverse?lon=237&lat=49", "lon")]
    public async Task BadQuery_IsProblemNamingTheParameter(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(path);
        using var problem = await ProblemTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }
}

using System.Net;
using System.Text.Json;
using Frontline.Verification;

namespace Frontline.Tests;

/// <summary>
/// Verdicts through the real host: the seeded claims judged by the real verifier against the real September 2022 maps
/// of three publishers, stored in the ledger, then filtered, listed and shown with their evidence.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class VerdictApiTests(ServerFixture server)
{
    [Fact]
    public void TheSeededClaimsHaveRealVerdicts_SomeSupportedByTheMaps()
    {
        Assert.Equal(4, server.Verdicts.Count);
        // Balakliia freed by 2022-09-10 on DeepStateMap's map: the maps support the two Balakliia claims.
        Assert.Contains(server.Verdicts, v => v.Value == Verification.Verdicts.Supported && v.Check == "settlement");
        // "Izyum" in a combat claim: no map of control can judge a fight.
        Assert.Contains(server.Verdicts, v => v.Value == Verification.Verdicts.Unverifiable);
    }

    [Theory]
    [InlineData("supported")]
    [InlineData("contradicted")]
    [InlineData("not-yet-visible")]
    [InlineData("unverifiable")]
    [InlineData("none")]
    public async Task ClaimsVerdictFilter_MatchesExactlyTheClaimsWithThatLatestVerdict(string verdict)
    {
        var expected = server.Verdicts.Where(v => v.Value == verdict).Select(v => v.ClaimId).Order().ToList();
        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/claims?verdict={verdict}"));
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expected, items.Select(i => i.GetProperty("id").GetInt64()).Order().ToList());
        Assert.All(items, i => Assert.Equal(verdict, i.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task ClaimRows_CarryTheirVerdict()
    {
        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync("/api/claims"));
        var byId = server.Verdicts.ToDictionary(v => v.ClaimId, v => v.Value);
        foreach (var item in doc.RootElement.GetProperty("items").EnumerateArray())
        {
            Assert.Equal(byId[item.GetProperty("id").GetInt64()], item.GetProperty("verdict").GetString());
        }
    }

    [Fact]
    public async Task ClaimDetail_CarriesTheEvidence_EachPublishersAnswerSnapshotsToleranceCorroborationHistory()
    {
        var stored = server.Verdicts.First(v => v.Value == Verification.Verdicts.Supported && v.Check == "settlement");
        using var detail = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/claims/{stored.ClaimId}"));
        var verdict = detail.RootElement.GetProperty("verdict");
        Assert.Equal("supported", verdict.GetProperty("verdict").GetString());
        Assert.Equal(stored.Why, verdict.GetProperty("why").GetString());
        Assert.Equal(stored.Tolerance, verdict.GetProperty("tolerance").GetString());
        Assert.Equal(stored.InputsHash, verdict.GetProperty("inputsHash").GetString());
        var publishers = verdict.GetProperty("publishers").EnumerateArray().ToList();
        Assert.Equal(stored.Publishers.Select(p => p.Source), publishers.Select(p => p.GetProperty("source").GetString()));
        var deepstate = publishers.Single(p => p.GetProperty("source").GetString() == "deepstate");
        Assert.NotEmpty(deepstate.GetProperty("snapshots").EnumerateArray());
        Assert.Matches("^2022-09-\\d\\d [0-9a-f]{8,}", deepstate.GetProperty("snapshots")[0].GetString()!);
        Assert.True(verdict.GetProperty("corroboration").GetProperty("independentSources").GetInt32() >= 1);
        var history = verdict.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(stored.InputsHash, history[^1].GetProperty("inputsHash").GetString());
    }

    [Fact]
    public async Task Verdicts_ListEveryLatestVerdict_AndFilterByValue()
    {
        using var all = JsonDocument.Parse(await server.Client.GetStringAsync("/api/verdicts"));
        Assert.Equal(server.Verdicts.Count, all.RootElement.GetProperty("total").GetInt32());
        using var supported = JsonDocument.Parse(await server.Client.GetStringAsync("/api/verdicts?verdict=supported"));
        Assert.Equal(server.Verdicts.Count(v => v.Value == "supported"), supported.RootElement.GetProperty("items").GetArrayLength());
        Assert.All(supported.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("supported", i.GetProperty("verdict").GetString()));
    }

    [Theory]
    [InlineData("/api/verdicts?verdict=maybe", HttpStatusCode.BadRequest)]
    [InlineData("/api/verdicts/999999", HttpStatusCode.NotFound)]
    public async Task Verdicts_BadOrMissing_IsProblem(string path, HttpStatusCode status)
    {
        using var response = await server.Client.GetAsync(path);
        await ProblemTests.AssertProblem(response, status);
    }
}

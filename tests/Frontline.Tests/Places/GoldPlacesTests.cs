using Frontline.Places;

namespace Frontline.Tests.Places;

/// <summary>Recall and precision of places against the gold claims of ../shared/corpus/dev; the floors are the figures recorded in the README.</summary>
[Collection(PlacesCollection.Name)]
public sealed class GoldPlacesTests(PlaceIndexFixture fixture)
{
    [Theory]
    [InlineData("document", 0.96, 0.92)]
    [InlineData("linked", 0.83, 0.83)]
    [InlineData("sentence", 0.67, 0.78)]
    [InlineData("quote", 0.60, 0.90)]
    public void Gold_places_are_found(string scope, double recall, double precision)
    {
        var score = GoldPlaceScore.Evaluate(fixture.Index, SharedData.Corpus("dev"), scope);
        Assert.True(score.GoldPlaces >= 250, $"only {score.GoldPlaces} gold places read");
        Assert.True(score.Recall >= recall, $"recall {score.Recall:0.000} < {recall}");
        Assert.True(score.Precision >= precision, $"precision {score.Precision:0.000} < {precision}");
    }

    /// <summary>A gold place has a name, kind and oblast but no id: every entry they allow may match it.</summary>
    [Theory]
    [InlineData("Novoselivka", "settlement", "Donetsk", 2)]
    [InlineData("Lyman", "settlement", "Donetsk", 1)]
    [InlineData("Kharkiv region", "oblast", "Kharkiv", 1)]
    [InlineData("Novyi neighborhood", "settlement", "Donetsk", 1)]
    public void A_gold_place_matches_every_entry_its_name_kind_and_oblast_allow(string name, string kind, string oblast, int atLeast)
    {
        using var json = System.Text.Json.JsonDocument.Parse($$"""{"name":"{{name}}","kind":"{{kind}}","oblast":"{{oblast}}"}""");
        var keys = GoldPlaceScore.GoldKeys(fixture.Index, json.RootElement);
        Assert.True(keys.Count >= atLeast, $"{keys.Count} keys: {string.Join(", ", keys)}");
        Assert.All(keys, k => Assert.StartsWith($"{kind}|{oblast}|", k, StringComparison.Ordinal));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}

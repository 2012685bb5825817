using Frontline.Places;

namespace Frontline.Tests.Places;

/// <summary>Linking a claim's span to places: its own, the one "the city" points back to, or the previous sentence's.</summary>
[Collection(PlacesCollection.Name)]
public sealed class ClaimPlacesTests(PlaceIndexFixture fixture)
{
    private IReadOnlyList<PlaceMention> For(string text, string quote, int carryOver = ClaimPlaces.CarryOverSentences)
    {
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        return ClaimPlaces.For(text, fixture.Tagger.Tag(text), at, at + quote.Length, carryOver);
    }

    [Fact]
    public void Places_named_in_the_quote_come_first()
    {
        const string text = "Russian forces shelled Kharkiv. Ukrainian forces liberated Izium and Balakliia.";
        Assert.Equal(["gn:707292", "gn:712926"], For(text, "liberated Izium and Balakliia").Select(m => m.Entry.Id));
    }

    [Fact]
    public void The_city_points_back_to_the_city_the_text_dwells_on()
    {
        const string text = "Russia claimed to have liberated Mariupol. Buses left Mariupol for Rostov. In 2014 the city became the capital of the Donetsk Region.";
        var places = For(text, "the city became the capital of the Donetsk Region");
        Assert.Contains(places, m => m.Entry.Id == "gn:701822");
        Assert.Contains(places, m => m.Entry.Id == "oblast:Donetsk");
    }

    [Fact]
    public void A_claim_without_a_place_inherits_the_previous_sentences_unless_turned_off()
    {
        const string text = "Russian forces struck Severodonetsk. Constant shelling.";
        Assert.Equal("gn:691999", Assert.Single(For(text, "Constant shelling")).Entry.Id);
        Assert.Empty(For(text, "Constant shelling", carryOver: 0));
    }

    /// <summary>With the claim's type: events on the ground inherit the place the text is about (the most named of the last eight); tallies, politics and assessments inherit none.</summary>
    [Theory]
    [InlineData("civilian", "gn:701822")]
    [InlineData("combat", "gn:701822")]
    [InlineData("territory.control", "gn:701822")]
    [InlineData("infrastructure", "gn:701822")]
    [InlineData("assessment", null)]
    [InlineData("political", null)]
    [InlineData("losses", null)]
    [InlineData("mobilization", null)]
    [InlineData("strike", null)]
    public void A_claim_without_a_place_inherits_the_topic_only_when_it_is_an_event(string type, string? expected)
    {
        const string text = "Russia claimed to have liberated Mariupol. Buses left Mariupol for Zaporizhzhia. Evacuees reached Mariupol port. " +
            "The residents were used as human shields.";
        const string quote = "The residents were used as human shields";
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        var places = ClaimPlaces.For(text, fixture.Tagger.Tag(text), at, at + quote.Length, claimType: type);
        if (expected is null)
        {
            Assert.Empty(places);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(places).Entry.Id);
        }
    }

    [Theory]
    [InlineData("territory.advance", true)]
    [InlineData("civilian", true)]
    [InlineData("strike", false)]
    [InlineData("assessment", false)]
    [InlineData("", false)]
    public void Place_bound_types_are_the_events_on_the_ground(string type, bool bound) => Assert.Equal(bound, ClaimPlaces.IsPlaceBound(type));
}

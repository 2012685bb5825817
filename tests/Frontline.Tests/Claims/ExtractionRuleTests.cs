using Frontline.Text;

namespace Frontline.Tests.Claims;

/// <summary>The session-2 extraction rules, one row per stated rule: actors, types, claim boundaries, undated past events.</summary>
public sealed class ExtractionRuleTests
{
    private static readonly RuleBasedExtractor Extractor = new(NoPlaceLinker.Instance);

    public static TheoryData<string, string, string> Actors => new()
    {
        // sentence, quote must contain, actor
        { "Zelenskyy inspected the administrative buildings of Kharkiv, which were destroyed by Russian missiles.", "destroyed", "RU" },
        { "The city was occupied by Russia early after the start of the invasion.", "occupied", "RU" },
        // "in Ukraine" is a place, not the side acting; "western Luhansk" is a direction, not the West.
        { "Russian forces in Ukraine failed to hold their positions and retreated.", "retreated", "RU" },
        { "Ukrainian forces captured Hrekivka in western Luhansk Oblast.", "captured", "UA" },
        { "The Western partners signed a new aid package.", "signed", "third-party" },
        { "Kyiv has wrested back land in the region of Kherson, which was occupied by Russia in February.", "wrested", "UA" },
        { "Kupiansk remains occupied by Russian forces.", "occupied", "RU" },
        { "Most of the Kherson region is under Russian occupation.", "occupation", "RU" },
        { "The Ukrainian General Staff reported that Ukrainian forces repelled a Russian ground attack on Kozacha Lopan.", "repelled", "RU" },
        // The one who withdraws is the side named nearest before the verb, not the first side in the sentence.
        { "The general staff of the Ukrainian armed forces described Russian troops in southern Ukraine as demoralized, abandoning their positions.", "abandoning", "RU" },
        { "Ukrainian officials said Russian forces withdrew from Lyman.", "withdrew", "RU" },
        { "Judging by the maps the Russian defense ministry presented, the Ukrainians drove forward more than 30 kilometers.", "drove forward", "UA" },
    };

    [Theory]
    [MemberData(nameof(Actors))]
    public void Resolves_the_actor(string sentence, string quoted, string actor)
    {
        var claim = Assert.Single(Extractor.Extract(TestDocuments.Text(sentence)), c => c.QuoteText.Contains(quoted, StringComparison.Ordinal));
        Assert.Equal(actor, claim.Actor);
    }

    public static TheoryData<string, string, string> Types => new()
    {
        // sentence, quote must contain, type
        { "Our brigade shot down another enemy aircraft near Avdiivka.", "aircraft", ClaimTypes.Losses },
        { "Air defence shot down twelve drones over Kyiv.", "drones", ClaimTypes.Strike },
        { "Two massive attacks on Russian bases in Crimea have given Ukraine a boost.", "bases", ClaimTypes.Strike },
        { "The enemy is trying to break through our defenses west of Bakhmut.", "break through", ClaimTypes.Advance },
        { "The main infrastructure facilities, including the seaport and the waterway, have been mined and blocked.", "mined", ClaimTypes.Infrastructure },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void Types_the_claim(string sentence, string quoted, string type)
    {
        var claim = Assert.Single(Extractor.Extract(TestDocuments.Text(sentence)), c => c.QuoteText.Contains(quoted, StringComparison.Ordinal));
        Assert.Equal(type, claim.Type);
    }

    [Theory]
    [InlineData("The war has changed the lives of millions of people.")]
    [InlineData("Both the city itself and the frontline positions in the region.")]
    [InlineData("We will talk about strategy and operations in the capital.")]
    public void Topic_words_alone_make_no_claim(string sentence) =>
        Assert.Empty(Extractor.Extract(TestDocuments.Text(sentence)));

    [Fact]
    public void A_same_type_clause_without_a_place_of_its_own_continues_the_claim()
    {
        var claims = Extractor.Extract(TestDocuments.Text(
            "Several settlements have already been liberated from the Russian army, and the armed forces of Ukraine there are already raising the Ukrainian flag."));
        var claim = Assert.Single(claims);
        Assert.Contains("raising the Ukrainian flag", claim.QuoteText, StringComparison.Ordinal);
        Assert.Contains("Several settlements", claim.QuoteText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_daily_update_dates_undated_past_events_on_its_day()
    {
        var claims = Extractor.Extract(TestDocuments.Text(
            "Russian forces conducted ground attacks near Bakhmut on October 5. Ukrainian forces repelled an attack on Kozacha Lopan on October 4. " +
            "Russian forces struck Bila Tserkva on October 5. Russian forces shelled Nikopol.",
            published: "2022-10-05", genre: "assessment", publisher: "ISW"));
        var shelled = Assert.Single(claims, c => c.QuoteText.Contains("shelled", StringComparison.Ordinal));
        Assert.Equal("2022-10-05", shelled.Date.Value);
    }

    [Fact]
    public void A_retrospective_leaves_undated_past_events_undated()
    {
        // Its own dates lie weeks before publication: it narrates, it does not report the day's events.
        var claims = Extractor.Extract(TestDocuments.Text(
            "Surovikin took command of the invasion on October 8. Shoigu met with Surovikin on November 9. " +
            "Russian offensive operations around Bakhmut resumed on October 28. The UAF attacked the barges and landing areas.",
            published: "2022-11-13", genre: "assessment", publisher: "ISW"));
        var barges = Assert.Single(claims, c => c.QuoteText.Contains("barges", StringComparison.Ordinal));
        Assert.Equal("unknown", barges.Date.Value);
        Assert.Contains(claims, c => c.Date.Value == "2022-10-08");
    }

    [Fact]
    public void A_line_led_by_a_weekday_dates_every_sentence_of_that_line()
    {
        // A Sunday address: "Wednesday" is 2023-02-22, and the line's second sentence names no day of its own.
        var claims = Extractor.Extract(TestDocuments.Text(
            "Wednesday - a conversation with British Prime Minister Rishi Sunak. A conversation with the President of Pakistan.\n" +
            "Today I signed three decrees on sanctions.",
            published: "2023-02-26", genre: "news", publisher: "Ukrinform"));
        Assert.All(claims.Where(c => c.QuoteText.Contains("conversation", StringComparison.Ordinal)), c => Assert.Equal("2023-02-22", c.Date.Value));
        Assert.Equal(2, claims.Count(c => c.QuoteText.Contains("conversation", StringComparison.Ordinal)));
        Assert.Equal("2023-02-26", Assert.Single(claims, c => c.QuoteText.Contains("decrees", StringComparison.Ordinal)).Date.Value);
    }

    [Fact]
    public void A_deadline_does_not_date_a_plan()
    {
        var claim = Assert.Single(Extractor.Extract(TestDocuments.Text(
            "Russia's top military leadership has tasked their troops with capturing the city of Chasiv Yar by May 9.",
            published: "2024-04-14")));
        Assert.Equal("future", claim.Modality);
        Assert.Equal("2024-04-14", claim.Date.Value);
    }
}

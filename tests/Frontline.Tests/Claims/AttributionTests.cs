using Frontline.Text;

namespace Frontline.Tests.Claims;

public sealed class AttributionTests
{
    private static readonly RuleBasedExtractor Extractor = new(NoPlaceLinker.Instance);

    public static TheoryData<string, string, string?, string?, string, string?> Cases => new()
    {
        // sentence, quote must contain, speaker, role, side, channel
        { "Serhiy Gaidai, the governor of the Luhansk region, announced on Wednesday that the “de-occupation of Luhansk region has begun.”", "de-occupation", "Serhiy Gaidai", "the governor of the Luhansk region", "UA", null },
        { "According to Russian military bloggers, the defeat was a result of crucial shortages of manpower and weapons.", "shortages", "Russian military bloggers", null, "RU", null },
        { "According to Russian Defense Minister Sergei Shoigu, some 200,000 reservists have already been called up.", "reservists", "Sergei Shoigu", "Russian Defense Minister", "RU", null },
        { "The Ukrainian General Staff reported that Ukrainian forces repelled a Russian ground attack on Kozacha Lopan.", "repelled", "The Ukrainian General Staff", null, "UA", null },
        { "Russian troops are abandoning their positions, the Ukrainian general staff said in its morning update on Wednesday.", "abandoning", "the Ukrainian general staff", null, "UA", "statement" },
        { "Zelenskyy said in his address to the nation that the army advances fast in the south.", "advances", "Zelenskyy", null, "UA", "address" },
        { "Ukraine’s army is advancing rapidly in the south, the analysts of ISW said.", "advancing", "the analysts of ISW", null, "third-party", null },
        { "Russian forces withdrew from Lyman.", "withdrew", null, null, "media", null },
        // A speaker as the subject of a speech act with a noun object: the clause is the claim, the subject its speaker.
        { "The Russian Ministry of Defense (MoD) announced the withdrawal of Russian troops from Lyman.", "withdrawal", "The Russian Ministry of Defense (MoD)", null, "RU", null },
        { "Russian milbloggers lauded the destructive capability of the Shahed-136 drones.", "drones", "Russian milbloggers", null, "RU", null },
        { "Podolyak on Wednesday called for the bridge to be dismantled.", "bridge", "Podolyak", null, "UA", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Attributes_the_claim(string sentence, string quoted, string? speaker, string? role, string side, string? channel)
    {
        var document = TestDocuments.Text(sentence);
        var claim = Assert.Single(Extractor.Extract(document), c => c.QuoteText.Contains(quoted, StringComparison.Ordinal));
        Assert.Equal(speaker, claim.Attribution.Speaker);
        Assert.Equal(role, claim.Attribution.Role);
        Assert.Equal(side, claim.Attribution.Side);
        Assert.Equal(channel, claim.Attribution.Channel);
        if (speaker is not null)
        {
            var span = claim.Attribution.SpeakerSpan!.Value;
            Assert.Equal(speaker, document.Text[span.Start..span.End]);
        }
    }

    [Fact]
    public void A_pronoun_is_the_last_person_named_and_keeps_the_channel_it_names()
    {
        var document = TestDocuments.Text(
            "Serhiy Gaidai, the governor of the Luhansk region, announced on Wednesday that the de-occupation has begun.\n" +
            "“Several settlements have already been liberated from the Russian army,” he said on Telegram.");
        var claim = Extractor.Extract(document).Single(c => c.QuoteText.Contains("liberated", StringComparison.Ordinal));
        Assert.Equal("Serhiy Gaidai", claim.Attribution.Speaker);
        Assert.Equal("telegram", claim.Attribution.Channel);
        Assert.Equal("UA", claim.Attribution.Side);
        Assert.Equal("territory.control", claim.Type);
        Assert.Equal("UA", claim.Actor);
        Assert.Equal("2022-10-05", claim.Date.Value);
    }

    [Fact]
    public void A_nested_source_is_the_speaker_and_the_relay_is_kept()
    {
        var document = TestDocuments.Text("ISW reported that Russian milbloggers claimed that Ukrainian forces entered Lyman on October 1.", genre: "news");
        var claim = Assert.Single(Extractor.Extract(document));
        Assert.Equal("Russian milbloggers", claim.Attribution.Speaker);
        Assert.Equal("RU", claim.Attribution.Side);
        Assert.Equal("ISW", claim.Attribution.Via?.Speaker);
        Assert.Equal("2022-10-01", claim.Date.Value);
    }
}

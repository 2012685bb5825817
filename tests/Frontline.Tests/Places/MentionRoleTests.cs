using Frontline.Places;

namespace Frontline.Tests.Places;

/// <summary>Session 2 rules on what a name in running text is: a place of the claim, a qualifier that only locates another place, an actor, or no place at all.</summary>
[Collection(PlacesCollection.Name)]
public sealed class MentionRoleTests(PlaceIndexFixture fixture)
{
    /// <summary>text, the surface form looked at, its expected role ("none" when it must not be tagged at all).</summary>
    public static TheoryData<string, string, string> Roles => new()
    {
        // A possessive state is the actor, also after a locative-looking word.
        { "delivering a defiant military response to Russia’s illegal claims to have annexed those regions", "Russia", "Actor" },
        { "a political demand to demonstrate to Ukraine’s international partners that aid leads to progress", "Ukraine", "Actor" },
        // "to"/"for" take the state unless movement or a fight comes before them.
        { "the authorities loyal to Moscow are calling up local residents", "Moscow", "Actor" },
        { "there were now lines of traffic leaving Crimea for Russia", "Russia", "Actor" },
        { "thousands of children were deported to Russia last year", "Russia", "Place" },
        { "Russia has already lost the battle for Kyiv", "Kyiv", "Place" },
        // A state listed after a place shares its locative.
        { "Grossi plans to meet officials this week in Kyiv and Moscow to discuss the zone", "Moscow", "Place" },
        // A distance's reference point only locates the place before it.
        { "Ukrainian forces captured Hrekivka (approximately 20 km southwest of Svatove) on October 5", "Svatove", "Qualifier" },
        { "repelled a ground attack on Kozacha Lopan, 5km from the Kharkiv Oblast-Russia border", "Kharkiv Oblast", "Qualifier" },
        { "Russian troops withdrew to Kreminna (about 25km east of Lyman).", "Lyman", "Qualifier" },
        { "Russian troops withdrew from Lyman to more advantageous positions", "Lyman", "Place" },
        // A bank says which side of the river; the river is the place.
        { "Kyiv has wrested back land along the western bank of the Dnieper river in the region of Kherson", "western bank of the Dnieper river", "Qualifier" },
        { "Kyiv has wrested back land along the western bank of the Dnieper river in the region of Kherson", "Dnieper", "Place" },
        // One-word names inside a person's name are no places; a place noun, a demonym or another place beside them keeps them places.
        { "Ukrainian Defense Minister Oleksiy Reznikov maintained that the situation is difficult", "Reznikov", "none" },
        { "President Volodymyr Zelenskyy said forces were pushing forward", "Volodymyr", "none" },
        { "The Kyiv Independent reported the news", "Kyiv", "none" },
        { "Ships left Mariupol Port at dawn", "Mariupol", "Place" },
        { "the left bank of the Dnipro", "left bank of the Dnipro", "Qualifier" },
        { "Drones struck Russian Belgorod overnight", "Belgorod", "Place" },
        { "Troops fought along the Svatove Kreminna highway", "Kreminna", "Place" },
        { "Kherson Oblast Head Volodymyr Saldo claimed the evacuation was voluntary", "Kherson Oblast", "Place" },
        // "in the south" right after a place only locates it.
        { "territory around the crucial port city of Kherson in the south", "the south", "none" },
        { "The Ukrainian army is advancing in the south", "the south", "Place" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void A_name_gets_the_role_its_context_gives(string text, string surface, string role)
    {
        var mentions = fixture.Tagger.Tag(text);
        var at = text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(at >= 0, "test text lacks the surface form");
        var hit = mentions.FirstOrDefault(m => m.Start == at && m.End == at + surface.Length)
            ?? mentions.FirstOrDefault(m => m.Start <= at && m.End >= at + surface.Length && m.Text.Length == surface.Length);
        if (role == "none")
        {
            Assert.DoesNotContain(mentions, m => m.Start <= at && m.End >= at + surface.Length);
            return;
        }
        Assert.True(hit is not null, $"'{surface}' not tagged; tagged: {string.Join(", ", mentions.Select(m => m.Text))}");
        Assert.Equal(role, hit!.Role.ToString());
    }

    /// <summary>Bare oblast centres listed beside a bare Luhansk or Donetsk (which read as oblasts) read as oblasts too.</summary>
    [Theory]
    [InlineData("Ukraine claims breakthroughs in both Luhansk to the northeast and Kherson to the south", "Kherson", "oblast:Kherson")]
    [InlineData("Fighting continues in Donetsk and Zaporizhzhia", "Zaporizhzhia", "oblast:Zaporizhzhia")]
    [InlineData("Ukrainian forces struck a hotel in Kherson", "Kherson", "gn:706448")]
    public void A_centre_beside_an_oblast_reads_as_the_oblast(string text, string surface, string entry)
    {
        var at = text.LastIndexOf(surface, StringComparison.Ordinal);
        var m = Assert.Single(fixture.Tagger.Tag(text), x => x.Start == at);
        Assert.Equal(entry, m.Entry.Id);
    }

    /// <summary>A river takes the oblast of a place in its own sentence, else none.</summary>
    [Theory]
    [InlineData("Russian forces in Kherson Oblast were pushed back across the Dnipro River.", "Kherson")]
    [InlineData("Fighting raged near Lyman. Russian forces failed to hold the banks of the Oskil and Siverskyi Donets rivers.", null)]
    public void A_river_takes_its_sentence_oblast(string text, string? oblast)
    {
        var river = fixture.Tagger.Tag(text).First(m => m.Kind == PlaceKind.River);
        Assert.Equal(oblast, river.Oblast);
    }
}

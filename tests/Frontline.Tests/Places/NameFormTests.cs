using Frontline.Places;

namespace Frontline.Tests.Places;

/// <summary>Real name forms from the corpus and issue 3, each resolving to the expected entry and oblast.</summary>
[Collection(PlacesCollection.Name)]
public sealed class NameFormTests(PlaceIndexFixture fixture)
{
    public static TheoryData<string, string, string, string?> Forms => new()
    {
        // text, kind, entry id, oblast
        { "Kharkiv", "settlement", "gn:706483", "Kharkiv" },
        { "Kharkov", "settlement", "gn:706483", "Kharkiv" },
        { "Харків", "settlement", "gn:706483", "Kharkiv" },
        { "з Харкова", "settlement", "gn:706483", "Kharkiv" },
        { "у Харькове", "settlement", "gn:706483", "Kharkiv" },
        { "Kharkiv Oblast", "oblast", "oblast:Kharkiv", "Kharkiv" },
        { "the Kharkiv region", "oblast", "oblast:Kharkiv", "Kharkiv" },
        { "Kharkivshchyna", "oblast", "oblast:Kharkiv", "Kharkiv" },
        { "на Харківщині", "oblast", "oblast:Kharkiv", "Kharkiv" },
        { "у Харківській області", "oblast", "oblast:Kharkiv", "Kharkiv" },
        { "в Харьковской области", "oblast", "oblast:Kharkiv", "Kharkiv" },
        { "Lyman", "settlement", "gn:704204", "Donetsk" },
        { "Krasny Liman", "settlement", "gn:704204", "Donetsk" },
        { "Bakhmut", "settlement", "gn:713174", "Donetsk" },
        { "Artemovsk", "settlement", "gn:713174", "Donetsk" },
        { "Артемівськ", "settlement", "gn:713174", "Donetsk" },
        { "Dnipro", "settlement", "gn:709930", "Dnipropetrovsk" },
        { "the Dnieper", "river", "river:dnipro", null },
        { "the Dnipro River", "river", "river:dnipro", null },
        { "Kupyansk", "settlement", "gn:703656", "Kharkiv" },
        { "Kupiansk", "settlement", "gn:703656", "Kharkiv" },
        { "Куп’янськ", "settlement", "gn:703656", "Kharkiv" },
        { "Izyum", "settlement", "gn:707292", "Kharkiv" },
        { "Izium", "settlement", "gn:707292", "Kharkiv" },
        { "Balakliya", "settlement", "gn:712926", "Kharkiv" },
        { "Kiev", "settlement", "gn:703448", "Kyiv" },
        { "у Києві", "settlement", "gn:703448", "Kyiv" },
        { "Маріуполі", "settlement", "gn:701822", "Donetsk" },
        { "Новій Каховці", "settlement", "gn:699839", "Kherson" },
        { "Nova Kakhovka", "settlement", "gn:699839", "Kherson" },
        { "Severodonetsk", "settlement", "gn:691999", "Luhansk" },
        { "Davydiv Brid", "settlement", "gn:710237", "Kherson" },
        { "Zaporizhia Oblast", "oblast", "oblast:Zaporizhzhia", "Zaporizhzhia" },
        { "Луганська область", "oblast", "oblast:Luhansk", "Luhansk" },
        { "Donbas", "region", "region:donbas", null },
        { "Donbass", "region", "region:donbas", null },
        { "southern Ukraine", "region", "region:south", null },
        { "Лівобережжя", "region", "region:left-bank-dnipro", "Kherson" },
        { "Zaporizhzhia Nuclear Power Plant", "facility", "facility:znpp", "Zaporizhzhia" },
        { "the ZNPP", "facility", "facility:znpp", "Zaporizhzhia" },
        { "Crimea", "oblast", "oblast:Crimea", "Crimea" },
        { "Kupyansk Raion", "raion", "katottg:UA63080000000032022", "Kharkiv" },
        { "Bakhmut direction", "region", "direction:gn:713174", "Donetsk" },
        { "Moscow", "settlement", "settlement:moscow", null },
        { "Саратовської області", "oblast", "oblast:ru-saratov", null },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Form_resolves_to_the_expected_entry(string text, string kind, string id, string? oblast)
    {
        var mention = Assert.Single(fixture.Tagger.Tag(text), m => m.Role != MentionRole.Qualifier && m.Kind.ToSchema() == kind);
        Assert.Equal(id, mention.Entry.Id);
        Assert.Equal(oblast, mention.Oblast);
        Assert.False(mention.IsAmbiguous);
        Assert.Equal(text[mention.Start..mention.End], mention.Text);
    }

    [Fact]
    public void Ukrainian_post_lists_four_cities()
    {
        var mentions = fixture.Tagger.Tag("Під атакою перебували Київ, Дніпро, Запоріжжя, Львів, окремі н.п. Вінницької, Хмельницької, Тернопільської областей.");
        Assert.Equal(["Kyiv", "Dnipropetrovsk", "Zaporizhzhia", "Lviv"], mentions.Where(m => m.Kind == PlaceKind.Settlement).Select(m => m.Oblast));
        Assert.Equal(["Vinnytsia", "Khmelnytskyi", "Ternopil"], mentions.Where(m => m.Kind == PlaceKind.Oblast).Select(m => m.Oblast));
    }

    [Fact]
    public void Peoples_republic_is_not_the_oblast()
    {
        var mentions = fixture.Tagger.Tag("the people's militia of the Donetsk People's Republic have liberated Mariupol");
        var only = Assert.Single(mentions);
        Assert.Equal("Mariupol", only.Text);
    }

    [Fact]
    public void Oblast_after_a_settlement_only_locates_it()
    {
        var mentions = fixture.Tagger.Tag("Ukrainian forces captured Hrekivka and Makiivka in western Luhansk Oblast.");
        Assert.Equal(MentionRole.Qualifier, Assert.Single(mentions, m => m.Kind == PlaceKind.Oblast).Role);
        Assert.All(mentions.Where(m => m.Kind == PlaceKind.Settlement), m => Assert.Equal("Luhansk", m.Oblast));
    }

    [Theory]
    [InlineData("Russia claimed the strike", MentionRole.Actor)]
    [InlineData("Leopard tanks arrived in Ukraine", MentionRole.Place)]
    [InlineData("Kyiv has wrested back land", MentionRole.Actor)]
    [InlineData("the battle for Kyiv", MentionRole.Place)]
    public void Countries_and_capitals_are_actors_unless_located(string text, MentionRole role) =>
        Assert.Equal(role, Assert.Single(fixture.Tagger.Tag(text)).Role);
}

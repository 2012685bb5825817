using Frontline.Places;

namespace Frontline.Tests.Places;

/// <summary>Hostile input gives a clear answer, never an exception.</summary>
[Collection(PlacesCollection.Name)]
public sealed class BadInputTests(PlaceIndexFixture fixture)
{
    public static TheoryData<string> Inputs => new()
    {
        string.Empty,
        "   \t\n",
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("Kharkiv", 1_500)),
        "\0\u0001\u0007Kharkiv\u001b[31m",
        "Khаrkiv", // Cyrillic а inside a Latin word
        "Харkiv",
        "\uD800\uDC00\uD800", // a lone surrogate
        "’’’'''---...",
        "Oblast Oblast region of of of the the",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Tag_and_find_do_not_throw(string input)
    {
        var mentions = fixture.Tagger.Tag(input);
        Assert.All(mentions, m => Assert.Equal(input[m.Start..m.End], m.Text));
        _ = fixture.Index.Find(input);
    }

    [Fact]
    public void Empty_and_oversized_names_find_nothing()
    {
        Assert.Empty(fixture.Index.Find(string.Empty));
        Assert.Empty(fixture.Index.Find(new string('x', 10_000)));
        Assert.Empty(fixture.Tagger.Tag(string.Empty));
    }

    [Fact]
    public void A_long_run_of_a_name_gives_no_mention_because_it_is_one_word()
    {
        Assert.Empty(fixture.Tagger.Tag(string.Concat(Enumerable.Repeat("Kharkiv", 1_500))));
    }

    [Fact]
    public void Control_characters_between_words_still_find_the_place()
    {
        var m = Assert.Single(fixture.Tagger.Tag("\0\u0007Kharkiv\u001b"));
        Assert.Equal("gn:706483", m.Entry.Id);
    }

    [Fact]
    public void Malformed_gazetteer_names_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"frontline-bad-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, File.ReadLines(Path.Combine(SharedData.Geo, "ua_settlements.tsv")).First() + "\n1\tonly two fields\n");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => PlaceIndex.Load(path));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_users_own_small_gazetteer_loads()
    {
        var source = Path.Combine(SharedData.Geo, "ua_settlements.tsv");
        var path = Path.Combine(Path.GetTempPath(), $"frontline-own-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, File.ReadLines(source).Take(1).Concat(File.ReadLines(source).Where(l => l.Contains("\tLyman\t", StringComparison.Ordinal))));
        try
        {
            var index = PlaceIndex.Load(path);
            var m = Assert.Single(new PlaceTagger(index).Tag("Russian forces left Lyman, Donetsk Oblast."), x => x.Kind == PlaceKind.Settlement);
            Assert.Equal("gn:704204", m.Entry.Id);
            Assert.NotNull(index.Oblast("Donetsk"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

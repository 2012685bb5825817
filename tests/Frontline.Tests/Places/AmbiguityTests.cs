using Frontline.Places;

namespace Frontline.Tests.Places;

/// <summary>Same-named villages: reported as ambiguous without context, resolved by an oblast, a neighbour or the caller's hint.</summary>
[Collection(PlacesCollection.Name)]
public sealed class AmbiguityTests(PlaceIndexFixture fixture)
{
    [Fact]
    public void Novoselivka_alone_is_ambiguous_with_candidates_in_several_oblasts()
    {
        var m = Assert.Single(fixture.Tagger.Tag("Russian forces shelled Novoselivka."));
        Assert.True(m.IsAmbiguous);
        Assert.True(m.Confidence < 0.7);
        Assert.True(m.Candidates.Select(c => c.Entry.Oblast).Distinct().Count() >= 5);
    }

    [Theory]
    [InlineData("Russian forces shelled Novoselivka, Kharkiv Oblast.", "Kharkiv")]
    [InlineData("Russian forces shelled Novoselivka in Zaporizhzhia Oblast.", "Zaporizhzhia")]
    [InlineData("Russian forces shelled Novoselivka, Луганської області.", "Luhansk")]
    public void An_oblast_beside_it_picks_the_oblast(string text, string oblast)
    {
        var m = fixture.Tagger.Tag(text).First(x => x.Kind == PlaceKind.Settlement);
        Assert.Equal(oblast, m.Oblast);
        Assert.All(m.Candidates.TakeWhile(c => c.Score >= m.Candidates[0].Score - 2), c => Assert.Equal(oblast, c.Entry.Oblast));
    }

    [Fact]
    public void Makiivka_is_the_city_in_Donetsk_without_context_and_the_village_in_Luhansk_with_it()
    {
        Assert.Equal("Donetsk", fixture.Tagger.Tag("Shelling hit Makiivka.")[0].Oblast);
        var m = fixture.Tagger.Tag("Ukrainian forces captured Hrekivka and Makiivka in western Luhansk Oblast.").Single(x => x.Text == "Makiivka");
        Assert.Equal("Luhansk", m.Oblast);
        Assert.Equal("gn:702318", m.Entry.Id);
    }

    [Fact]
    public void A_neighbour_named_in_the_document_picks_the_nearer_village()
    {
        // Lyman (Donetsk) has a namesake in Kharkiv Oblast; a nearby Kharkiv village named first pulls the small one.
        var near = fixture.Tagger.Tag("Fighting continued near Zmiiv. Russian forces struck Lyman.");
        Assert.Equal("Kharkiv", near.Single(m => m.Text == "Lyman").Oblast);
        var plain = fixture.Tagger.Tag("Russian forces struck Lyman.");
        Assert.Equal("Donetsk", plain.Single(m => m.Text == "Lyman").Oblast);
    }

    [Fact]
    public void Context_oblast_hint_from_the_caller_is_used()
    {
        var m = Assert.Single(fixture.Tagger.Tag("Russian forces shelled Novoselivka.", new PlaceContext(Oblasts: ["Donetsk"])));
        Assert.Equal("Donetsk", m.Oblast);
    }

    [Fact]
    public void Front_line_hook_favours_villages_near_it()
    {
        var novoselivkas = fixture.Index.Find("Novoselivka", PlaceKind.Settlement, "Kherson");
        Assert.NotEmpty(novoselivkas);
        var target = novoselivkas[0];
        var front = new PointFront(target.Lon, target.Lat);
        var m = Assert.Single(fixture.Tagger.Tag("Russian forces shelled Novoselivka.", new PlaceContext(Date: new DateOnly(2022, 10, 1), FrontLine: front)));
        Assert.Equal("Kherson", m.Oblast);
    }

    private sealed class PointFront(double lon, double lat) : IFrontLineHint
    {
        public double? DistanceKm(double x, double y, DateOnly date) => Geometry.Geodesic.DistanceKm(x, y, lon, lat);
    }
}

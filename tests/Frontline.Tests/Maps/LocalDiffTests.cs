using Frontline.Geometry;
using Frontline.Maps;

namespace Frontline.Tests.Maps;

/// <summary>
/// A diff works only near the change (local overlays, front lines in windows); these pairs check that it gives the
/// figures of the definition: whole-map overlays and both snapshots' whole front lines.
/// </summary>
[Collection(RealMapsCollection.Name)]
public sealed class LocalDiffTests(RealMapsFixture maps)
{
    [Theory]
    [InlineData("deepstate", "2022-09-10", "2022-09-11")] // the Kharkiv breakthrough, one day
    [InlineData("deepstate", "2022-09-01", "2022-09-12")] // eleven days, 66 km deep
    [InlineData("deepstate", "2022-10-03", "2022-10-04")] // Dudchany, along the Dnipro
    [InlineData("deepstate", "2022-11-07", "2022-11-13")] // Kherson: the line moves onto the river
    [InlineData("deepstate", "2022-11-15", "2022-11-16")] // a quiet day
    [InlineData("isw", "2022-10-02", "2022-10-05")]
    [InlineData("nzz", "2022-09-11", "2022-11-16")]
    public async Task A_diff_equals_the_whole_map_computation(string source, string from, string to)
    {
        var a = (await maps.Store.InForceAsync(source, DateOnly.Parse(from), default))!;
        var b = (await maps.Store.InForceAsync(source, DateOnly.Parse(to), default))!;
        var analyzer = new ChangeAnalyzer(maps.Analyzer.Terrain);
        var change = analyzer.Diff(a, b, a.AsOf, b.AsOf);

        var (pa, pb) = (EqualArea.Project(a.Held), EqualArea.Project(b.Held));
        Assert.Equal(RobustOverlay.Difference(pa, pb).Area / 1e6, change.UaGainedKm2, 3);
        Assert.Equal(RobustOverlay.Difference(pb, pa).Area / 1e6, change.RuGainedKm2, 3);
        var whole = analyzer.AdvancesOnWholeFrontLines(a, b);
        Assert.Equal(whole.Count, change.MaxAdvanceBySide.Count);
        foreach (var (expected, actual) in whole.Zip(change.MaxAdvanceBySide))
        {
            Assert.Equal((expected.Side, expected.Oblast), (actual.Side, actual.Oblast));
            Assert.Equal(expected.DepthKm, actual.DepthKm, 6);
            Assert.Equal(expected.Lon, actual.Lon, 9);
            Assert.Equal(expected.Lat, actual.Lat, 9);
        }
    }

    [Fact]
    public async Task Settlements_found_near_the_change_are_all_that_changed()
    {
        var a = (await maps.Store.InForceAsync("deepstate", new DateOnly(2022, 9, 1), default))!;
        var b = (await maps.Store.InForceAsync("deepstate", new DateOnly(2022, 9, 12), default))!;
        var analyzer = new ChangeAnalyzer(maps.Analyzer.Terrain);
        var change = analyzer.Diff(a, b, a.AsOf, b.AsOf);
        var terrain = analyzer.Terrain;
        var everywhere = terrain.Settlements.Select((s, i) => (s, i))
            .Where(x => analyzer.StatusAt(a, x.s.Lon, x.s.Lat) != analyzer.StatusAt(b, x.s.Lon, x.s.Lat))
            .Select(x => x.s.GeonameId).Order().ToList();
        Assert.True(everywhere.Count > 100, $"{everywhere.Count} settlements changed hands");
        Assert.Equal(everywhere, change.SettlementsChanged.Select(s => s.GeonameId).Order().ToList());
    }
}

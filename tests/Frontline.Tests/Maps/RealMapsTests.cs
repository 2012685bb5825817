using Frontline.Maps;

namespace Frontline.Tests.Maps;

[Collection(RealMapsCollection.Name)]
public sealed class RealMapsTests(RealMapsFixture maps)
{
    [Theory]
    [InlineData("deepstate", "2022-09-01", 125_181)]
    [InlineData("deepstate", "2022-09-12", 115_802)]
    [InlineData("deepstate", "2022-11-16", 108_686)]
    [InlineData("isw", "2022-09-01", 120_712)]
    [InlineData("isw", "2022-09-12", 113_653)]
    [InlineData("isw", "2022-11-16", 105_190)]
    [InlineData("nzz", "2022-09-11", 92_222)]
    [InlineData("nzz", "2022-11-16", 83_506)]
    public async Task Held_area_matches_the_data_folders_geodesic_figures(string source, string date, double km2)
    {
        var snapshot = await maps.Store.InForceAsync(source, DateOnly.Parse(date), default);
        Assert.NotNull(snapshot);
        Assert.Equal(km2, snapshot!.HeldKm2, km2 * 0.0005);
    }

    [Fact]
    public async Task Every_consecutive_daily_pair_balances_to_a_tenth_of_a_km2()
    {
        Assert.True(maps.DeepStateSeries.Count >= 70, $"only {maps.DeepStateSeries.Count} pairs");
        var previousHeld = (await maps.Store.InForceAsync("deepstate", new DateOnly(2022, 9, 1), default))!.HeldKm2;
        foreach (var row in maps.DeepStateSeries)
        {
            Assert.True(Math.Abs(row.HeldKm2 - previousHeld - (row.RuGainedKm2 - row.UaGainedKm2)) < 0.1,
                $"{row.PreviousDate:yyyy-MM-dd}→{row.Date:yyyy-MM-dd}: held {previousHeld:0.###}→{row.HeldKm2:0.###}, RU +{row.RuGainedKm2:0.###}, UA +{row.UaGainedKm2:0.###}");
            previousHeld = row.HeldKm2;
        }
    }

    [Fact]
    public async Task The_Kharkiv_counteroffensive_is_in_Kharkiv_oblast_and_frees_Balakliia_Izium_Kupiansk()
    {
        var change = await maps.Analyzer.DiffAsync(maps.Store, "deepstate", new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 12), default);
        Assert.Equal("Kharkiv", change.ByOblast.MaxBy(o => o.UaGainedKm2)!.Oblast);
        Assert.True(change.ByOblast.Single(o => o.Oblast == "Kharkiv").UaGainedKm2 > 0.8 * change.UaGainedKm2);
        foreach (var town in new[] { "Balakliia", "Izium", "Kupiansk" })
        {
            var s = Assert.Single(change.SettlementsChanged, s => s.Name == town);
            Assert.Equal(("Kharkiv", "UA"), (s.Oblast, s.To));
        }
        Assert.Equal("UA", change.MaxAdvance!.Side);
        Assert.InRange(change.MaxAdvance.DepthKm, 30, 120);
        Assert.Equal("Kharkiv", change.MaxAdvance.Oblast);
    }

    [Fact]
    public async Task Kherson_city_returns_to_Ukraine_between_7_and_13_November()
    {
        var change = await maps.Analyzer.DiffAsync(maps.Store, "deepstate", new DateOnly(2022, 11, 7), new DateOnly(2022, 11, 13), default);
        var kherson = Assert.Single(change.SettlementsChanged, s => s.GeonameId == 706448);
        Assert.Equal("UA", kherson.To);
        Assert.Equal("Kherson", change.ByOblast.MaxBy(o => o.UaGainedKm2)!.Oblast);
        Assert.Equal("UA", change.MaxAdvance!.Side);
    }

    [Fact]
    public async Task A_date_without_a_snapshot_uses_the_latest_before_it_and_says_so()
    {
        var change = await maps.Analyzer.DiffAsync(maps.Store, "deepstate", new DateOnly(2022, 9, 2), new DateOnly(2022, 9, 3), default);
        Assert.Equal(new DateOnly(2022, 9, 1), change.FromSnapshot.AsOf);
        Assert.Contains(change.Notes, n => n.Contains("no snapshot for 2022-09-02", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_pair_gives_the_same_figures_and_inputs_hash()
    {
        var a = await maps.Analyzer.DiffAsync(maps.Store, "isw", new DateOnly(2022, 10, 2), new DateOnly(2022, 10, 5), default);
        var fresh = new ChangeAnalyzer(maps.Analyzer.Terrain);
        var b = await fresh.DiffAsync(maps.Store, "isw", new DateOnly(2022, 10, 2), new DateOnly(2022, 10, 5), default);
        Assert.Equal(a.InputsHash, b.InputsHash);
        Assert.Equal(a.UaGainedKm2, b.UaGainedKm2);
        Assert.Equal(a.MaxAdvance, b.MaxAdvance);
    }

    [Fact]
    public async Task Publishers_disagree_by_construction_on_Crimea()
    {
        var c = await MapComparer.CompareAsync(maps.Analyzer, maps.Store, new DateOnly(2022, 9, 12), "isw", "nzz", default);
        var crimea = c.ByOblast.Single(o => o.Oblast == "Crimea");
        Assert.True(crimea.OnlyAKm2 > 20_000, $"ISW-only Crimea {crimea.OnlyAKm2:0}");
        Assert.Equal(c.HeldKm2A, c.BothKm2 + c.OnlyAKm2, 1.0);
        Assert.Equal(c.HeldKm2B, c.BothKm2 + c.OnlyBKm2, 1.0);
    }
}

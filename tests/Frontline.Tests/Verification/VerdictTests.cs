using Frontline.Documents;
using Frontline.Tests.Maps;
using Frontline.Text;
using Frontline.Verification;
using static Frontline.Tests.Verification.ClaimBuilder;

namespace Frontline.Tests.Verification;

[Collection(RealMapsCollection.Name)]
public sealed class VerdictTests(RealMapsFixture maps)
{
    private static readonly PlaceMention s_lyman = Settlement("Lyman", "Donetsk", 37.80843, 48.99012, 704204);
    private static readonly PlaceMention s_novaKakhovka = Settlement("Nova Kakhovka", "Kherson", 33.35591, 46.75966, 699839);

    private async Task<IReadOnlyList<Verdict>> Verify(params StoredClaim[] claims) =>
        await new Verifier(maps.Analyzer).VerifyAsync(maps.Store, claims, claims,
            claims.Select(c => c.DocumentHash).Distinct().ToDictionary(h => h, h => h), default);

    [Fact]
    public async Task Lyman_liberated_on_1_October_is_supported_by_every_publisher()
    {
        var v = Assert.Single(await Verify(Claim(1, ClaimTypes.Control, "UA", "2022-10-01", [s_lyman])));
        Assert.Equal(Verdicts.Supported, v.Value);
        Assert.Equal("settlement", v.Check);
        foreach (var source in new[] { "deepstate", "isw", "nzz" })
        {
            var f = Assert.Single(v.Publishers, p => p.Source == source);
            Assert.Equal(Verdicts.Supported, f.Value);
            Assert.Contains("Lyman is not held by Russia", f.Why, StringComparison.Ordinal);
            Assert.NotEmpty(f.Snapshots);
        }
        Assert.False(v.PublishersDisagree);
    }

    [Fact]
    public async Task A_namesake_far_from_any_fighting_is_not_judged_but_the_front_line_village_is()
    {
        // ISW's "offensive pushes aimed at seizing Pavlivka" (2022-11-15) once got linked to the Pavlivka in Volyn.
        var volyn = Settlement("Pavlivka", "Volyn", 24.4588, 50.62586, 8424039);
        var donetsk = Settlement("Pavlivka", "Donetsk", 37.21775, 47.75652, 697866);
        var verdicts = await Verify(
            Claim(20, ClaimTypes.Control, "RU", "2022-11-15", [volyn]),
            Claim(21, ClaimTypes.Control, "RU", "2022-11-15", [donetsk]));
        var far = Assert.Single(verdicts, v => v.ClaimId == 20);
        Assert.Equal(Verdicts.Unverifiable, far.Value);
        Assert.All(far.Publishers.Where(p => p.Source is "deepstate" or "isw" or "nzz"), p =>
            Assert.Contains("from ground Russia held or contested on every map", p.Why, StringComparison.Ordinal));
        Assert.NotEqual(Verdicts.Unverifiable, Assert.Single(verdicts, v => v.ClaimId == 21).Value);
    }

    [Fact]
    public async Task A_place_named_only_to_locate_another_is_not_judged_as_taken()
    {
        // isw-2022-10-05.txt: Svatove stayed Russian; naming it to locate the two villages does not claim it fell.
        var claim = Quoted(24, ClaimTypes.Control, "UA", "2022-10-05",
            "Ukrainian forces captured Hrekivka and Makiivka in western Luhansk Oblast (approximately 20 km southwest of Svatove) on October 5",
            Settlement("Hrekivka", "Luhansk", 37.91891, 49.2458, 697296),
            Settlement("Makiivka", "Luhansk", 37.98112, 49.21967, 702318),
            Settlement("Svatove", "Luhansk", 38.15534, 49.40926, 692118));
        var v = Assert.Single(await Verify(claim));
        var deepstate = Assert.Single(v.Publishers, p => p.Source == "deepstate");
        Assert.Equal(Verdicts.Supported, deepstate.Value);
        Assert.Contains("Hrekivka is not held by Russia", deepstate.Why, StringComparison.Ordinal);
        Assert.DoesNotContain("Svatove is", deepstate.Why, StringComparison.Ordinal);
        Assert.Contains("Svatove named only to locate, not judged", deepstate.Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("approximately 20 km southwest of Svatove", "Svatove", true)]
    [InlineData("Russian forces entered the southeastern outskirts of Pavlivka", "Pavlivka", true)]
    [InlineData("offensive pushes aimed at seizing Pavlivka", "Pavlivka", true)]
    [InlineData("are in control of 75% of Marinka", "Marinka", true)]
    [InlineData("continued to push toward Bakhmut", "Bakhmut", true)]
    [InlineData("Ukrainian forces liberated Lyman", "Lyman", false)]
    [InlineData("Russian forces withdrew from Kherson City", "Kherson", false)]
    [InlineData("captured Hrekivka and Makiivka in western Luhansk", "Makiivka", false)]
    public void A_place_after_a_direction_a_target_or_a_share_is_a_reference(string quote, string name, bool reference)
    {
        var claim = Quoted(1, ClaimTypes.Control, "RU", "2022-10-01", quote, Settlement(name, "Donetsk", 37, 48, 1)).Claim;
        Assert.Equal(reference, PlaceRoles.IsReference(claim, claim.Places[0]));
    }

    [Fact]
    public async Task An_advance_near_a_settlement_is_measured_around_it_not_across_the_oblast()
    {
        var verdicts = await Verify(
            Claim(22, ClaimTypes.Advance, "UA", "2022-10-01", [s_lyman]),
            Claim(23, ClaimTypes.Advance, "RU", "2022-10-01", [s_lyman]));
        var ukrainian = Assert.Single(Assert.Single(verdicts, v => v.ClaimId == 22).Publishers, p => p.Source == "deepstate");
        Assert.Equal(Verdicts.Supported, ukrainian.Value);
        Assert.Contains($"within {TerritoryChecker.NearKm:0} km of Lyman", ukrainian.Why, StringComparison.Ordinal);
        Assert.True(ukrainian.Figure >= TerritoryChecker.MinGainKm2, ukrainian.Why);
        var russian = Assert.Single(Assert.Single(verdicts, v => v.ClaimId == 23).Publishers, p => p.Source == "deepstate");
        Assert.Equal(Verdicts.Contradicted, russian.Value);
        Assert.True(russian.Figure < TerritoryChecker.MinGainKm2, russian.Why);
    }

    [Fact]
    public async Task A_withdrawal_no_map_shows_is_not_contradicted_and_a_sparse_publisher_does_not_judge_it()
    {
        // isw-2022-11-15.txt: "Russian forces are withdrawing from the immediate eastern bank of the Dnipro River".
        var v = Assert.Single(await Verify(Claim(26, ClaimTypes.Withdrawal, "RU", "2022-11-15", [Oblast("Kherson")])));
        var isw = Assert.Single(v.Publishers, p => p.Source == "isw");
        Assert.Equal(Verdicts.Unverifiable, isw.Value);
        Assert.Contains("last map before the claim is 2022-11-08", isw.Why, StringComparison.Ordinal);
        Assert.NotEqual(Verdicts.Contradicted, Assert.Single(v.Publishers, p => p.Source == "deepstate").Value);
        Assert.NotEqual(Verdicts.Contradicted, v.Value);
    }

    [Fact]
    public async Task An_advance_around_a_large_city_is_measured_over_its_front()
    {
        // Zelensky, 2022-10-04: "pushing forward rapidly ... around the crucial port city of Kherson"; the gains were 40-80 km north.
        var kherson = Settlement("Kherson", "Kherson", 32.61458, 46.63695, 706448);
        var v = Assert.Single(await Verify(Claim(25, ClaimTypes.Advance, "UA", "2022-10-04", [kherson])));
        var deepstate = Assert.Single(v.Publishers, p => p.Source == "deepstate");
        Assert.Equal(Verdicts.Supported, deepstate.Value);
        Assert.Contains("km² in Kherson between", deepstate.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_settlement_still_held_by_Russia_claimed_liberated_is_contradicted()
    {
        var v = Assert.Single(await Verify(Claim(2, ClaimTypes.Control, "UA", "2022-10-05", [s_novaKakhovka])));
        Assert.Equal(Verdicts.Contradicted, v.Value);
        Assert.All(v.Publishers.Where(p => p.Source is "deepstate" or "nzz"), p => Assert.Equal(Verdicts.Contradicted, p.Value));
        Assert.Contains("still held by Russia", v.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thirty_km_in_a_single_day_is_checked_against_each_publishers_depth_near_Kherson()
    {
        var claim = Claim(3, ClaimTypes.Advance, "UA", "2022-10-03/2022-10-04", [Oblast("Kherson")], [Km(30, "min")], side: "media");
        var v = Assert.Single(await Verify(claim));
        Assert.Equal("distance", v.Check);
        var deepstate = Assert.Single(v.Publishers, p => p.Source == "deepstate");
        var from = await maps.Store.InForceAsync("deepstate", new DateOnly(2022, 10, 3), default);
        var to = await maps.Store.InForceAsync("deepstate", new DateOnly(2022, 10, 4), default);
        var expected = maps.Analyzer.DeepestAdvance(from!, to!, "UA", ["Kherson"])!;
        Assert.Equal(expected.DepthKm, deepstate.Figure!.Value, 1e-9);
        Assert.Equal("frontline maps diff --source deepstate --from 2022-10-03 --to 2022-10-04", deepstate.Command);
        Assert.Equal(expected.DepthKm >= 24 ? Verdicts.Supported : Verdicts.Contradicted, deepstate.Value);
        Assert.Contains("claimed at least 30 km", deepstate.Why, StringComparison.Ordinal);
        // ISW's nearest maps are 2022-10-02 and 2022-10-05: a wider window, said in the snapshots it names.
        var isw = Assert.Single(v.Publishers, p => p.Source == "isw");
        Assert.NotNull(isw.Figure);
        Assert.Equal(["2022-10-02", "2022-10-05"], isw.Snapshots.Select(s => s[..10]));
    }

    [Fact]
    public async Task An_area_claim_is_checked_against_the_area_each_publisher_shows()
    {
        // Zelensky, 12 September 2022: "more than 6,000 square kilometres" liberated since the start of September.
        var claim = Claim(4, ClaimTypes.Control, "UA", "2022-09-12", [], [Km2(6000, "min")], speaker: "Volodymyr Zelensky");
        var v = Assert.Single(await Verify(claim));
        Assert.Equal("area", v.Check);
        var deepstate = Assert.Single(v.Publishers, p => p.Source == "deepstate");
        var change = await maps.Analyzer.DiffAsync(maps.Store, "deepstate", new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 12), default);
        Assert.Equal(change.UaGainedKm2, deepstate.Figure!.Value, 1e-6);
        Assert.Equal(Verdicts.Supported, deepstate.Value);
        Assert.All(v.Publishers.Where(p => p.Value != Verdicts.Unverifiable), p => Assert.NotNull(p.Figure));
    }

    [Fact]
    public async Task A_count_of_settlements_in_an_oblast_is_checked_against_those_that_changed_hands()
    {
        var claim = Claim(5, ClaimTypes.Control, "UA", "2022-10-05", [Oblast("Luhansk")], speaker: "Serhiy Gaidai");
        var v = Assert.Single(await Verify(claim));
        Assert.Equal("settlement-count", v.Check);
        Assert.Equal(Verdicts.Supported, v.Value);
        Assert.Contains("Hrekivka", v.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_maps_cannot_show_are_unverifiable_but_still_corroborated()
    {
        var a = Claim(6, ClaimTypes.Mobilization, "RU", "2022-10-05", [Oblast("Luhansk")], speaker: "Serhiy Gaidai", document: "a");
        var b = Claim(7, ClaimTypes.Mobilization, "RU", "2022-10-06", [Oblast("Luhansk")], speaker: "ISW", document: "b");
        var c = Claim(8, ClaimTypes.Mobilization, "RU", "2022-10-04", [Oblast("Luhansk")], speaker: "Serhiy Gaidai", document: "c");
        var verdicts = await Verify(a, b, c);
        Assert.All(verdicts, v => Assert.Equal(Verdicts.Unverifiable, v.Value));
        var first = verdicts.Single(v => v.ClaimId == 6);
        Assert.Equal([7L, 8L], first.Corroboration.ClaimIds);
        Assert.Equal(2, first.Corroboration.IndependentSources); // Gaidai twice counts once
    }

    [Fact]
    public async Task A_Russian_source_admitting_a_withdrawal_speaks_against_its_interest()
    {
        var v = Assert.Single(await Verify(Claim(9, ClaimTypes.Withdrawal, "RU", "2022-10-01", [s_lyman], side: "RU", speaker: "Russian MoD")));
        Assert.True(v.Corroboration.AgainstInterest);
        Assert.Equal(Verdicts.Supported, v.Value);
    }

    /// <summary>Regression: the ISW year crashed on a claim with a locating distance and no side that gains.</summary>
    [Fact]
    public async Task A_claim_with_a_locating_distance_and_no_gaining_side_is_unverifiable_not_a_crash()
    {
        var located = new Quantity(33, "km", "distance", null, new TextSpan(0, 1));
        var v = Assert.Single(await Verify(Claim(10, ClaimTypes.Control, "unknown", "2022-10-01", [s_lyman], [located], side: "third-party")));
        Assert.Equal(Verdicts.Unverifiable, v.Value);
    }

    [Theory]
    [InlineData(new[] { "supported", "contradicted", "unverifiable" }, "settlement", "contradicted", true)]
    [InlineData(new[] { "supported", "supported", "contradicted" }, "settlement", "supported", true)]
    [InlineData(new[] { "supported", "contradicted", "contradicted" }, "settlement", "contradicted", true)]
    [InlineData(new[] { "supported", "contradicted", "contradicted" }, "advance", "supported", true)]
    [InlineData(new[] { "contradicted", "not-yet-visible" }, "advance", "contradicted", false)]
    [InlineData(new[] { "supported", "not-yet-visible" }, "settlement", "supported", false)]
    [InlineData(new[] { "not-yet-visible", "unverifiable" }, "settlement", "not-yet-visible", false)]
    [InlineData(new[] { "unverifiable" }, "advance", "unverifiable", false)]
    public void Publishers_answers_are_summed_up_without_hiding_disagreement(string[] answers, string check, string expected, bool disagree)
    {
        var findings = answers.Select((a, i) => new PublisherFinding($"p{i}", a, "", [], null, null, null)).ToList();
        Assert.Equal((expected, disagree), Verifier.Summarise(findings, check));
    }
}

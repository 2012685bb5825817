namespace Frontline.Places;

/// <summary>The prior weight of an entry before any context: administrative rank and population for settlements.</summary>
internal static class PlaceScoring
{
    /// <summary>A log-odds-like score; each unit is a factor of e. An oblast centre of a million people scores about 10, an unknown hamlet 0.</summary>
    public static double Prior(PlaceEntry e) => e.Kind switch
    {
        PlaceKind.Settlement => SettlementPrior(e),
        PlaceKind.River => e.Id.StartsWith("river:", StringComparison.Ordinal) ? 6 : 1,
        PlaceKind.Raion => 5,
        _ => 8,
    };

    private static double SettlementPrior(PlaceEntry e)
    {
        if (e.GeonameId is null)
        {
            return 9; // a built-in foreign city (Moscow, Belgorod): named in reports because it is prominent
        }
        var rank = e.FeatureCode switch
        {
            "PPLC" => 7.0,
            "PPLA" => 5.0,
            "PPLA2" => 3.5,
            "PPLA3" => 2.0,
            _ => 0.0,
        };
        var pop = e.Population > 0 ? 0.8 * Math.Log10(e.Population + 1) : 0;
        var state = e.IsCurrent ? 0 : -4;
        var linked = e.Katottg is null ? -0.5 : 0;
        return rank + pop + state + linked;
    }
}

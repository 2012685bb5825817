namespace Frontline.Places;

/// <summary>The words around a name that say what kind of place it is: "Oblast", "region", "raion", "river", "city of", "direction".</summary>
internal static class MentionCues
{
    private static readonly HashSet<string> _oblastWords = new(StringComparer.Ordinal)
    {
        "oblast", "region", "province", "oblasti", "obl", "област", "область", "області", "областю", "обл", "области", "областi",
    };

    private static readonly HashSet<string> _oblastPlural = new(StringComparer.Ordinal)
    {
        "oblasts", "regions", "provinces", "областей", "областях", "областями", "областям",
    };

    private static readonly HashSet<string> _raionWords = new(StringComparer.Ordinal)
    {
        "raion", "rayon", "district", "raions", "districts", "район", "району", "районі", "районом", "района", "районе",
    };

    private static readonly HashSet<string> _riverWords = new(StringComparer.Ordinal)
    {
        "river", "rivers", "reservoir", "річка", "річки", "річці", "річку", "річкою", "ріка", "ріки", "река", "реки", "реке", "реку", "рекой",
    };

    private static readonly HashSet<string> _directionWords = new(StringComparer.Ordinal)
    {
        "direction", "axis", "directions", "напрямок", "напрямку", "напрямі", "напрямком", "направление", "направлении", "направлению",
    };

    private static readonly HashSet<string> _settlementWords = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "settlement", "villages", "towns", "cities", "місто", "міста", "місті", "село", "села", "селі", "селище", "селища",
        "город", "города", "городе", "поселок", "посёлок", "поселка", "смт", "с", "м", "нп", "н",
    };

    private static readonly HashSet<string> _compassWords = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
        "southwestern", "northern", "southern", "eastern", "western", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw",
    };

    private static readonly HashSet<string> _distanceUnits = new(StringComparer.Ordinal)
    {
        "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mi", "mile", "miles", "км", "кілометрів", "кілометри", "километров", "километра",
    };

    /// <summary>Nouns that make "Kakhovka Hydroelectric Power Plant", "Kherson Oblast", "Mariupol Port" a place phrase, not a person's or an organisation's name.</summary>
    private static readonly HashSet<string> _placeNouns = new(StringComparer.Ordinal)
    {
        "oblast", "oblasts", "region", "regions", "province", "raion", "rayon", "district", "city", "town", "village", "river", "rivers",
        "reservoir", "direction", "axis", "front", "sector", "area", "areas", "offensive", "counteroffensive", "operation", "operations",
        "hydroelectric", "nuclear", "thermal", "power", "plant", "dam", "bridge", "bridges", "airport", "airfield", "airbase", "air", "port",
        "seaport", "bay", "lake", "island", "spit", "strait", "peninsula", "forest", "highway", "railway", "station", "canal", "channel",
        "cauldron", "pocket", "salient", "bridgehead", "agglomeration", "metallurgical", "steel", "chemical", "refinery", "depot", "industrial",
        "people", "peoples", "republic", "group", "grouping", "garrison",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _compassWordsLookup = _compassWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _distanceUnitsLookup = _distanceUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _placeNounsLookup = _placeNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _oblastWordsLookup = _oblastWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _oblastPluralLookup = _oblastPlural.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _raionWordsLookup = _raionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _riverWordsLookup = _riverWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _directionWordsLookup = _directionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _settlementWordsLookup = _settlementWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsOblastWord(ReadOnlySpan<char> w) => _oblastWordsLookup.Contains(w);

    public static bool IsOblastPlural(ReadOnlySpan<char> w) => _oblastPluralLookup.Contains(w);

    public static bool IsRaionWord(ReadOnlySpan<char> w) => _raionWordsLookup.Contains(w);

    public static bool IsRiverWord(ReadOnlySpan<char> w) => _riverWordsLookup.Contains(w);

    public static bool IsDirectionWord(ReadOnlySpan<char> w) => _directionWordsLookup.Contains(w);

    public static bool IsSettlementWord(ReadOnlySpan<char> w) => _settlementWordsLookup.Contains(w);

    public static bool IsCompassWord(ReadOnlySpan<char> w) => _compassWordsLookup.Contains(w);

    public static bool IsDistanceUnit(ReadOnlySpan<char> w) => _distanceUnitsLookup.Contains(w);

    public static bool IsPlaceNoun(ReadOnlySpan<char> w) => _placeNounsLookup.Contains(w);
}

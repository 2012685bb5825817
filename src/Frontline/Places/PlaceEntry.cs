namespace Frontline.Places;

/// <summary>One gazetteer entry: a settlement, raion, oblast, river, facility, region or country.</summary>
/// <param name="Id">Stable id: <c>gn:704204</c> (GeoNames), <c>katottg:UA63…</c> (raions), <c>oblast:UA-63</c>, <c>river:dnipro</c>, <c>region:donbas</c>…</param>
/// <param name="Name">English name (for settlements the GeoNames primary name).</param>
/// <param name="Oblast">Short English oblast as SCHEMA.md writes it ("Kharkiv", "Crimea", "Sevastopol", "Kyiv"); null outside Ukraine or for areas spanning several oblasts.</param>
/// <param name="Lon">WGS 84 longitude; NaN when the entry has no point.</param>
/// <param name="Lat">WGS 84 latitude; NaN when the entry has no point.</param>
/// <param name="FeatureCode">GeoNames feature code for settlements (PPL, PPLA2…); empty otherwise.</param>
public sealed record PlaceEntry(
    string Id,
    PlaceKind Kind,
    string Name,
    string NameUk,
    string NameRu,
    string? Oblast,
    string? Raion,
    double Lon,
    double Lat,
    long? GeonameId,
    string? Katottg,
    long Population,
    string FeatureCode)
{
    /// <summary>True when the entry has coordinates.</summary>
    public bool HasPoint => !double.IsNaN(Lon) && !double.IsNaN(Lat);

    /// <summary>False for city sections, historical, abandoned and destroyed places (PPLX, PPLH, PPLQ, PPLW).</summary>
    public bool IsCurrent => FeatureCode is not ("PPLX" or "PPLH" or "PPLQ" or "PPLW");

    /// <summary>Short English oblast name from the gazetteer's "Kharkiv Oblast", "Autonomous Republic of Crimea", "Kyiv"…; null when empty.</summary>
    public static string? ShortOblast(string? gazetteerOblast) => gazetteerOblast switch
    {
        null or "" => null,
        "Autonomous Republic of Crimea" => "Crimea",
        _ when gazetteerOblast.EndsWith(" Oblast", StringComparison.Ordinal) => gazetteerOblast[..^" Oblast".Length],
        _ => gazetteerOblast,
    };
}

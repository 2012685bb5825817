namespace Frontline.Places;

/// <summary>A populated place of the gazetteer (a row of <c>ua_settlements.tsv</c>); coordinates WGS 84.</summary>
/// <param name="Oblast">English oblast name as in the gazetteer, e.g. "Kharkiv Oblast"; empty outside Ukraine.</param>
/// <param name="FeatureCode">GeoNames feature code (PPL, PPLA2, PPLX…).</param>
public sealed record Settlement(
    long GeonameId,
    string Name,
    string NameUk,
    string NameRu,
    IReadOnlyList<string> AltNames,
    double Lon,
    double Lat,
    string FeatureCode,
    long Population,
    string Oblast,
    string Raion,
    string Hromada,
    string Katottg,
    string KatottgCategory,
    string NameUkLatn = "")
{
    /// <summary>The official Ukrainian romanisation where the gazetteer has it (Izium, Kupiansk), else the GeoNames name.</summary>
    public string DisplayName => NameUkLatn.Length > 0 ? NameUkLatn : Name;

    /// <summary>False for city sections, historical, abandoned and destroyed places (PPLX, PPLH, PPLQ, PPLW).</summary>
    public bool IsCurrent => FeatureCode is not ("PPLX" or "PPLH" or "PPLQ" or "PPLW");
}

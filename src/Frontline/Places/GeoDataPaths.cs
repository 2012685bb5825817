namespace Frontline.Places;

/// <summary>Where the gazetteer and boundaries live: <c>--geo DIR</c>, <c>FRONTLINE_GEO</c>, <c>./data/geo</c>, or the development layout's <c>../shared/data/geo</c>.</summary>
/// <remarks>The data is never copied into the repository; a user points Frontline at their own copy.</remarks>
public sealed record GeoDataPaths(string Directory)
{
    public string Settlements => Path.Combine(Directory, "ua_settlements.tsv");
    public string Katottg => Path.Combine(Directory, "ua_katottg.tsv");
    public string OtherFeatures => Path.Combine(Directory, "ua_other_features.tsv");
    public string Oblasts => Path.Combine(Directory, "ua_oblasts.geojson");
    public string OblastsLand => Path.Combine(Directory, "ua_oblasts_land.geojson");
    public string Border => Path.Combine(Directory, "ua_border.geojson");
    public string Rivers => Path.Combine(Directory, "ua_rivers.geojson");
    public string Water => Path.Combine(Directory, "ua_water.geojson");

    /// <summary>Finds the geo data folder or throws with the places it looked.</summary>
    public static GeoDataPaths Locate(string? option = null)
    {
        var tried = new List<string>();
        foreach (var candidate in Candidates(option))
        {
            var full = Path.GetFullPath(candidate);
            tried.Add(full);
            if (File.Exists(Path.Combine(full, "ua_settlements.tsv")))
            {
                return new GeoDataPaths(full);
            }
        }
        throw new DirectoryNotFoundException(
            "Gazetteer and boundaries not found; pass --geo DIR or set FRONTLINE_GEO. Looked in: " + string.Join(", ", tried));
    }

    private static IEnumerable<string> Candidates(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            yield return option;
            yield break;
        }
        if (Environment.GetEnvironmentVariable("FRONTLINE_GEO") is { Length: > 0 } env)
        {
            yield return env;
        }
        yield return Path.Combine("data", "geo");
        foreach (var candidate in SharedDataFolder.Candidates(Path.Combine("data", "geo")))
        {
            yield return candidate;
        }
    }
}

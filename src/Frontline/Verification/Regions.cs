namespace Frontline.Verification;

/// <summary>The oblasts that wider regions named in reports stand for, so area and distance claims about them can be checked.</summary>
/// <remarks>A judgement, stated here and in the README: "the south" is the southern front of 2022–2023 (Kherson, Mykolaiv, Zaporizhzhia).</remarks>
public static class Regions
{
    private static readonly Dictionary<string, string[]> s_oblasts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["south"] = ["Kherson", "Mykolaiv", "Zaporizhzhia"],
        ["southern"] = ["Kherson", "Mykolaiv", "Zaporizhzhia"],
        ["donbas"] = ["Donetsk", "Luhansk"],
        ["donbass"] = ["Donetsk", "Luhansk"],
        ["east"] = ["Kharkiv", "Donetsk", "Luhansk"],
        ["eastern"] = ["Kharkiv", "Donetsk", "Luhansk"],
        ["northeast"] = ["Kharkiv", "Sumy"],
        ["north"] = ["Kyiv", "Chernihiv", "Sumy", "Kharkiv"],
        ["kherson direction"] = ["Kherson"],
    };

    /// <summary>The oblasts a region name covers, or null when it names none we know.</summary>
    public static IReadOnlyList<string>? Oblasts(string name)
    {
        var key = name.ToLowerInvariant().Replace("the ", "", StringComparison.Ordinal).Replace(" ukraine", "", StringComparison.Ordinal)
            .Replace(" front", "", StringComparison.Ordinal).Replace(" of the country", "", StringComparison.Ordinal).Trim();
        return s_oblasts.TryGetValue(key, out var o) ? o : null;
    }
}

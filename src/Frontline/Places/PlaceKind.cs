namespace Frontline.Places;

/// <summary>What a place is; the names SCHEMA.md uses are given by <see cref="PlaceKinds.ToSchema"/>.</summary>
public enum PlaceKind
{
    Settlement,
    Raion,
    Oblast,
    River,
    Facility,
    Region,
    Country,
}

/// <summary>How finely a mention pins a place on the ground.</summary>
public enum PlacePrecision
{
    /// <summary>A point: a settlement or a facility.</summary>
    Settlement,
    Raion,
    Oblast,
    /// <summary>A wider area or a line: "Donbas", "southern Ukraine", a river.</summary>
    Region,
    Country,
}

/// <summary>Why a mention is in the text.</summary>
public enum MentionRole
{
    /// <summary>The text talks about this place.</summary>
    Place,
    /// <summary>A place that only locates another: an oblast or raion after a settlement ("Lyman, Donetsk Oblast"), a distance's reference point
    /// ("20 km southwest of Svatove"), a river bank around the river it names ("the west bank of the Dnipro"); SCHEMA does not count it as a separate place.</summary>
    Qualifier,
    /// <summary>A country or capital that stands for its state or government ("Russia claimed", "Kyiv has wrested back", "the Kiev regime"), not for a location; it is a location after "in", "into", "across", "for"….</summary>
    Actor,
}

/// <summary>SCHEMA.md spellings of <see cref="PlaceKind"/>.</summary>
public static class PlaceKinds
{
    /// <summary>"settlement", "raion", "oblast", "river", "facility", "region" or "country".</summary>
    public static string ToSchema(this PlaceKind kind) => kind switch
    {
        PlaceKind.Settlement => "settlement",
        PlaceKind.Raion => "raion",
        PlaceKind.Oblast => "oblast",
        PlaceKind.River => "river",
        PlaceKind.Facility => "facility",
        PlaceKind.Region => "region",
        _ => "country",
    };

    /// <summary>Parses a SCHEMA kind; null when unknown.</summary>
    public static PlaceKind? Parse(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "settlement" => PlaceKind.Settlement,
        "raion" => PlaceKind.Raion,
        "oblast" => PlaceKind.Oblast,
        "river" => PlaceKind.River,
        "facility" => PlaceKind.Facility,
        "region" => PlaceKind.Region,
        "country" => PlaceKind.Country,
        _ => null,
    };

    /// <summary>The precision a kind of place gives.</summary>
    public static PlacePrecision PrecisionOf(this PlaceKind kind) => kind switch
    {
        PlaceKind.Settlement or PlaceKind.Facility => PlacePrecision.Settlement,
        PlaceKind.Raion => PlacePrecision.Raion,
        PlaceKind.Oblast => PlacePrecision.Oblast,
        PlaceKind.Country => PlacePrecision.Country,
        _ => PlacePrecision.Region,
    };
}

namespace Frontline.Places;

/// <summary>How a folded name form in the index may be used when tagging.</summary>
internal enum NameForm : byte
{
    /// <summary>A settlement's own name (GeoNames name, ASCII, Ukrainian, romanised Ukrainian, Russian).</summary>
    Primary,
    /// <summary>Any other spelling GeoNames lists for a settlement (old names, other romanisations and languages).</summary>
    Alternate,
    /// <summary>An oblast's base name ("Kharkiv", "Kharkov"); an oblast only with "Oblast", "region"… after it or "region of" before.</summary>
    OblastBase,
    /// <summary>A name that alone means the oblast ("Kharkivshchyna", "Crimea").</summary>
    OblastName,
    /// <summary>A Cyrillic adjective stem ("харківськ") followed by an ending and "область"/"район".</summary>
    AdjectiveStem,
    /// <summary>A Cyrillic -щина stem ("харківщин") followed by a case ending.</summary>
    ShchynaStem,
    /// <summary>A raion's base name ("Kupianskyi", "Kupiansk"), only with "raion"/"district" after it.</summary>
    RaionBase,
    /// <summary>A major river: alone when not also a settlement, or with "the"/"river".</summary>
    River,
    /// <summary>A stream or reservoir from the gazetteer's other features: only with "river"/"reservoir".</summary>
    MinorRiver,
    /// <summary>A fixed phrase for a region, facility or country, matched in any case when it has several words.</summary>
    Phrase,
    /// <summary>A phrase consumed but not reported ("Donetsk People's Republic", "Black Sea Fleet"), so its words are not tagged as places.</summary>
    Suppress,
    /// <summary>A form for <see cref="PlaceIndex.Find"/> only, never tagged in running text ("the south").</summary>
    LookupOnly,
}

/// <summary>One use of a folded name: which entry it names and how.</summary>
internal readonly record struct Posting(int Entry, NameForm Form);

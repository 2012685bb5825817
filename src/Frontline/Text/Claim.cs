namespace Frontline.Text;

/// <summary>One assertion of a document, with the span each field came from (see the corpus SCHEMA.md).</summary>
/// <param name="Quote">The smallest clause that carries the claim.</param>
/// <param name="Type">One of <see cref="ClaimTypes.All"/>; <paramref name="TypeSpan"/> is the word that decided it.</param>
/// <param name="Actor">The side the event is about: <c>UA</c>, <c>RU</c>, <c>third-party</c>, <c>unknown</c>.</param>
/// <param name="Modality"><c>asserted</c>, <c>hedged</c>, <c>denied</c> or <c>future</c>.</param>
public sealed record Claim(
    TextSpan Quote,
    string QuoteText,
    Attribution Attribution,
    string Type,
    TextSpan? TypeSpan,
    string Actor,
    TextSpan? ActorSpan,
    IReadOnlyList<PlaceMention> Places,
    ClaimDate Date,
    IReadOnlyList<Quantity> Quantities,
    string Modality,
    TextSpan? ModalitySpan);

/// <summary>Who makes the claim and through what: speaker, role, side, channel, reporting verb, and whom they cite.</summary>
/// <param name="Side"><c>UA</c>, <c>RU</c>, <c>third-party</c>, <c>media</c> or <c>unknown</c>; for the author's voice the author's category.</param>
/// <param name="Channel"><c>telegram</c>, <c>address</c>, <c>briefing</c>, <c>statement</c>, <c>social</c>, <c>interview</c>, <c>map</c>, or null when the text names none.</param>
/// <param name="Via">A nested attribution: the source the speaker relays ("ISW reported that Russian bloggers said…").</param>
public sealed record Attribution(
    string? Speaker,
    TextSpan? SpeakerSpan,
    string? Role,
    TextSpan? RoleSpan,
    string Side,
    string? Channel,
    TextSpan? ChannelSpan,
    string? Verb,
    TextSpan? VerbSpan,
    Attribution? Via)
{
    /// <summary>The author's own voice.</summary>
    public static Attribution Author(string side) => new(null, null, null, null, side, null, null, null, null, null);
}

/// <summary>A place named by a claim, linked to the gazetteer where possible.</summary>
/// <param name="Kind"><c>settlement</c>, <c>raion</c>, <c>oblast</c>, <c>river</c>, <c>facility</c>, <c>region</c>, <c>country</c>.</param>
/// <param name="Oblast">English oblast name without "Oblast" (<c>Kherson</c>, <c>Crimea</c>, <c>Kyiv</c>); null outside Ukraine or unknown.</param>
/// <param name="EntryId">The gazetteer entry (<c>gn:704204</c>, <c>oblast:UA-63</c>, <c>river:dnipro</c>…), when one was singled out.</param>
/// <param name="GazetteerId">GeoNames id of the entry, when it has one.</param>
/// <param name="Lon">WGS 84 longitude of the entry, when known.</param>
public sealed record PlaceMention(string Name, string Kind, string? Oblast, TextSpan Span, string? EntryId, long? GazetteerId, double? Lon, double? Lat);

/// <summary>When the claim is dated, in Kyiv calendar days.</summary>
/// <param name="Precision"><c>day</c>, <c>range</c>, <c>month</c>, <c>year</c>, <c>unknown</c>.</param>
/// <param name="From">First day, inclusive; null when unknown.</param>
/// <param name="To">Last day, inclusive; equals <paramref name="From"/> for a day.</param>
public sealed record ClaimDate(string Precision, DateOnly? From, DateOnly? To, TextSpan? Span)
{
    public static ClaimDate Unknown { get; } = new("unknown", null, null, null);

    public static ClaimDate Day(DateOnly day, TextSpan? span) => new("day", day, day, span);

    /// <summary>As SCHEMA.md writes it: <c>2022-10-05</c>, <c>2022-10-03/2022-10-09</c> or <c>unknown</c>.</summary>
    public string Value => From is not { } f || To is not { } t ? "unknown"
        : Precision == "day" ? f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{f:yyyy-MM-dd}/{t:yyyy-MM-dd}");
}

/// <summary>A number with its unit and bound: "more than 30 kilometers" is 30 km, bound <c>min</c>.</summary>
/// <param name="Unit"><c>km</c>, <c>km2</c>, <c>people</c>, <c>settlements</c>, <c>percent</c>, <c>items</c>.</param>
/// <param name="Bound"><c>min</c>, <c>max</c> or null.</param>
public sealed record Quantity(decimal Value, string Unit, string? What, string? Bound, TextSpan Span);

/// <summary>The claim types of SCHEMA.md.</summary>
public static class ClaimTypes
{
    public const string Control = "territory.control";
    public const string Advance = "territory.advance";
    public const string Withdrawal = "territory.withdrawal";
    public const string Combat = "combat";
    public const string Strike = "strike";
    public const string Infrastructure = "infrastructure";
    public const string Mobilization = "mobilization";
    public const string Losses = "losses";
    public const string Civilian = "civilian";
    public const string Political = "political";
    public const string Assessment = "assessment";

    public static IReadOnlyList<string> All { get; } =
        [Control, Advance, Withdrawal, Combat, Strike, Infrastructure, Mobilization, Losses, Civilian, Political, Assessment];
}

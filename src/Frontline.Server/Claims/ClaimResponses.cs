using Frontline.Server.Verdicts;

namespace Frontline.Server.Claims;

/// <summary>One row of the ledger table: a claim with where and when, without its document.</summary>
/// <param name="Date">As the corpus schema writes it: <c>2022-10-05</c>, <c>2022-10-03/2022-10-09</c> or <c>unknown</c>.</param>
/// <param name="Lon">The first geocoded place's longitude (WGS 84), for the map marker; null when none is geocoded.</param>
/// <param name="Verdict">supported, contradicted, not-yet-visible, unverifiable; null before verification.</param>
public sealed record ClaimRow(
    long Id, string Document, DateOnly? Published, string Date, string Type, string Side, string Actor, string? Speaker,
    string Modality, string Quote, string? Place, string? Oblast, double? Lon, double? Lat, string? Verdict);

/// <summary>A character range of the document's text that a field of the claim came from.</summary>
/// <param name="Field">quote, speaker, role, channel, verb, type, actor, place, date, quantity, modality.</param>
public sealed record FieldSpan(string Field, int Start, int End, string? Value);

/// <summary>A claim with its document's text, the span of every field, and the evidence that judged it.</summary>
public sealed record ClaimDetail(
    long Id, string Date, string DatePrecision, string Type, string Side, string Actor, string Modality,
    string? Speaker, string? SpeakerRole, string? Channel, string? Verb, string Quote,
    IReadOnlyList<PlaceResponse> Places, IReadOnlyList<QuantityResponse> Quantities,
    DocumentResponse Document, IReadOnlyList<FieldSpan> Spans, VerdictResponse? Verdict);

/// <summary>A place a claim names, linked to the gazetteer when possible.</summary>
public sealed record PlaceResponse(string Name, string Kind, string? Oblast, long? GazetteerId, double? Lon, double? Lat);

/// <summary>A number with unit and bound (min: "more than", max: "up to").</summary>
public sealed record QuantityResponse(decimal Value, string Unit, string? What, string? Bound, string Text);

/// <summary>An ingested document. <c>Text</c> is the document's own wording: display it as text, never as HTML.</summary>
public sealed record DocumentResponse(
    string Hash, string Name, string? Title, string? Publisher, string Source, string? Url, DateOnly? Published,
    string Language, string Format, string Text);

/// <summary>A document in a list, without its text.</summary>
public sealed record DocumentSummary(
    string Hash, string Name, string? Title, string? Publisher, DateOnly? Published, string Language, string Format);

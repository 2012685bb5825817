using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frontline.Text.Evaluation;

/// <summary>A gold file (<c>NNN-slug.claims.json</c>) as SCHEMA.md writes it.</summary>
public sealed record GoldFile(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("scope_end")] string? ScopeEnd,
    [property: JsonPropertyName("claims")] IReadOnlyList<GoldClaim> Claims)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = false, NumberHandling = JsonNumberHandling.AllowReadingFromString };

    /// <summary>Reads a gold file; throws <see cref="InvalidDataException"/> naming the file when it is not one.</summary>
    public static GoldFile Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path}: empty gold file");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: line {(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }
    }
}

/// <summary>One gold claim.</summary>
public sealed record GoldClaim(
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("speaker_role")] string? SpeakerRole,
    [property: JsonPropertyName("side")] string Side,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("actor")] string Actor,
    [property: JsonPropertyName("places")] IReadOnlyList<GoldPlace> Places,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("date_precision")] string DatePrecision,
    [property: JsonPropertyName("quantities")] IReadOnlyList<GoldQuantity> Quantities,
    [property: JsonPropertyName("modality")] string Modality);

public sealed record GoldPlace(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("oblast")] string? Oblast);

public sealed record GoldQuantity(
    [property: JsonPropertyName("value")] decimal Value,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("what")] string? What,
    [property: JsonPropertyName("bound")] string? Bound);

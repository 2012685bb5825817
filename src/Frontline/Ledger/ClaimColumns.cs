using System.Text.Json;
using Frontline.Text;

namespace Frontline.Ledger;

/// <summary>The claim table's searchable columns, derived from a claim the same way by every store and writer.</summary>
public sealed record ClaimColumns(
    int QuoteStart, int QuoteEnd, string Quote, string? Speaker, string? Role, string Side, string? Channel, string Type, string Actor,
    DateOnly? From, DateOnly? To, string Precision, string Modality)
{
    /// <summary>How claim bodies are stored (as the document stores write them).</summary>
    public static JsonSerializerOptions Json { get; } = new() { WriteIndented = false };

    public static ClaimColumns Of(Claim c) => new(
        c.Quote.Start, c.Quote.End, c.QuoteText, c.Attribution.Speaker, c.Attribution.Role, c.Attribution.Side, c.Attribution.Channel,
        c.Type, c.Actor, c.Date.From, c.Date.To, c.Date.Precision, c.Modality);

    public static Claim Parse(string body) => JsonSerializer.Deserialize<Claim>(body, Json)!;

    public static string Body(Claim claim) => JsonSerializer.Serialize(claim, Json);
}

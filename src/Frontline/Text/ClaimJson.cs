using System.Text.Json;
using Frontline.Documents;

namespace Frontline.Text;

/// <summary>Writes stored claims with SCHEMA.md's field names plus <c>id</c>, <c>document</c>, <c>start</c>, <c>end</c>.</summary>
public static class ClaimJson
{
    public static void Write(Utf8JsonWriter w, StoredClaim stored)
    {
        var c = stored.Claim;
        w.WriteStartObject();
        w.WriteNumber("id", stored.Id);
        w.WriteString("document", stored.DocumentName);
        w.WriteNumber("start", c.Quote.Start);
        w.WriteNumber("end", c.Quote.End);
        w.WriteString("quote", c.QuoteText);
        w.WriteString("speaker", c.Attribution.Speaker);
        w.WriteString("speaker_role", c.Attribution.Role);
        w.WriteString("side", c.Attribution.Side);
        w.WriteString("channel", c.Attribution.Channel);
        w.WriteString("type", c.Type);
        w.WriteString("actor", c.Actor);
        w.WriteStartArray("places");
        foreach (var p in c.Places)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("kind", p.Kind);
            w.WriteString("oblast", p.Oblast);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("date", c.Date.Value);
        w.WriteString("date_precision", c.Date.Precision);
        w.WriteStartArray("quantities");
        foreach (var q in c.Quantities)
        {
            w.WriteStartObject();
            w.WriteNumber("value", q.Value);
            w.WriteString("unit", q.Unit);
            w.WriteString("what", q.What);
            if (q.Bound is not null)
            {
                w.WriteString("bound", q.Bound);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("modality", c.Modality);
        w.WriteEndObject();
    }

    /// <summary>A JSON array of claims, indented.</summary>
    public static string Serialize(IEnumerable<StoredClaim> claims)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var c in claims)
            {
                Write(w, c);
            }
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Frontline.Documents;

/// <summary>A Telegram Desktop export (<c>result.json</c>): one document per message with text, the channel as publisher.</summary>
/// <remarks>
/// Message text is rebuilt from <c>text_entities</c> (plain, bold, links, hashtags… each carry their text), else from
/// <c>text</c>, which is a string or an array of strings and entity objects. Times are <c>date_unixtime</c> (UTC)
/// when present, else <c>date</c> read as Kyiv local time.
/// </remarks>
internal static class TelegramExportReader
{
    public static DocumentReadResult Read(string source, string name, string text, string encoding, DocumentReadOptions options)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var offset = e.BytePositionInLine is { } b ? $", byte {b} of the line" : "";
            return DocumentReadResult.Fail(source, $"not a complete JSON document (line {(e.LineNumber ?? 0) + 1}{offset}): truncated or malformed export");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            {
                return DocumentReadResult.Fail(source, "JSON without a 'messages' array: not a Telegram Desktop export");
            }
            if (messages.GetArrayLength() > options.MaxDocuments)
            {
                return DocumentReadResult.Fail(source, $"{messages.GetArrayLength()} messages exceeds the limit of {options.MaxDocuments}");
            }
            var channel = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            var username = root.TryGetProperty("username", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            var documents = new List<Document>();
            var index = 0;
            foreach (var message in messages.EnumerateArray())
            {
                index++;
                if (message.ValueKind != JsonValueKind.Object ||
                    (message.TryGetProperty("type", out var type) && type.GetString() != "message"))
                {
                    continue;
                }
                var body = MessageText(message);
                if (body is null)
                {
                    return DocumentReadResult.Fail(source, $"message {index}: 'text' is neither a string nor an array of text parts");
                }
                if (body.Trim().Length == 0)
                {
                    continue;
                }
                var id = message.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.Number ? idValue.GetInt64() : index;
                var at = Time(message);
                var url = username is not null ? $"https://t.me/{username}/{id}" : null;
                documents.Add(DocumentFactory.Create(
                    $"{name}#{id}", body, new DocumentProvenance(source, url, channel), at, null, "social-post", null, "telegram", encoding));
            }
            return documents.Count == 0
                ? DocumentReadResult.Fail(source, "Telegram export without messages that have text")
                : new DocumentReadResult(source, documents, null);
        }
    }

    private static string? MessageText(JsonElement message)
    {
        if (message.TryGetProperty("text_entities", out var entities) && entities.ValueKind == JsonValueKind.Array && entities.GetArrayLength() > 0)
        {
            var sb = new StringBuilder();
            foreach (var entity in entities.EnumerateArray())
            {
                if (entity.ValueKind == JsonValueKind.Object && entity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    sb.Append(t.GetString());
                }
            }
            return sb.ToString();
        }
        if (!message.TryGetProperty("text", out var text))
        {
            return "";
        }
        switch (text.ValueKind)
        {
            case JsonValueKind.String:
                return text.GetString();
            case JsonValueKind.Array:
                var sb = new StringBuilder();
                foreach (var part in text.EnumerateArray())
                {
                    if (part.ValueKind == JsonValueKind.String)
                    {
                        sb.Append(part.GetString());
                    }
                    else if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                    {
                        sb.Append(t.GetString());
                    }
                }
                return sb.ToString();
            default:
                return null;
        }
    }

    private static DateTimeOffset? Time(JsonElement message)
    {
        if (message.TryGetProperty("date_unixtime", out var unix) &&
            long.TryParse(unix.ValueKind == JsonValueKind.String ? unix.GetString() : unix.GetRawText(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        if (message.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String &&
            DateTime.TryParse(date.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, KyivTime.Zone.GetUtcOffset(local));
        }
        return null;
    }
}

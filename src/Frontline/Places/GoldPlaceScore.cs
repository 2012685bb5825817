using System.Text.Json;

namespace Frontline.Places;

/// <summary>Recall and precision of the tagger against the <c>places</c> of gold claims (corpus <c>*.claims.json</c>, see SCHEMA.md), matched on kind, oblast and the gazetteer entry the name resolves to.</summary>
/// <param name="Scope">Where each claim's places come from: <c>sentence</c> (named in the quote's sentence), <c>quote</c> (named in the quote), <c>linked</c> (<see cref="ClaimPlaces.For"/>: the sentence, else what it points back to).</param>
public sealed record GoldPlaceScore(string Scope, int Documents, int Claims, int GoldPlaces, int FoundPlaces, int Matched, IReadOnlyList<string> Misses, IReadOnlyList<string> Extras)
{
    public double Recall => GoldPlaces == 0 ? 1 : (double)Matched / GoldPlaces;

    public double Precision => FoundPlaces == 0 ? 1 : (double)Matched / FoundPlaces;

    /// <summary>Scores every document with a gold file in <paramref name="corpusDir"/>.</summary>
    /// <param name="scope"><c>sentence</c>, <c>quote</c> or <c>linked</c>.</param>
    /// <exception cref="InvalidDataException">A gold file is not valid JSON of the SCHEMA shape; the message names it.</exception>
    public static GoldPlaceScore Evaluate(PlaceIndex index, string corpusDir, string scope = "sentence")
    {
        var tagger = new PlaceTagger(index);
        int docs = 0, claims = 0, gold = 0, found = 0, matched = 0;
        var misses = new List<string>();
        var extras = new List<string>();
        foreach (var goldFile in Directory.EnumerateFiles(corpusDir, "*.claims.json").Order(StringComparer.Ordinal))
        {
            var textFile = goldFile[..^".claims.json".Length] + ".txt";
            if (!File.Exists(textFile))
            {
                continue;
            }
            var raw = File.ReadAllText(textFile);
            var cut = raw.IndexOf("\n---\n", StringComparison.Ordinal);
            var body = cut >= 0 ? raw[(cut + 5)..] : raw;
            var mentions = tagger.Tag(body);
            docs++;
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(File.ReadAllText(goldFile));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{goldFile}: {e.Message}", e);
            }
            using (json)
            {
                foreach (var claim in json.RootElement.GetProperty("claims").EnumerateArray())
                {
                    var quote = claim.GetProperty("quote").GetString() ?? string.Empty;
                    var at = body.IndexOf(quote, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        continue;
                    }
                    claims++;
                    var (from, to) = scope == "quote" ? (at, at + quote.Length) : ClaimPlaces.SentenceAround(body, at, at + quote.Length);
                    var chosen = scope == "linked"
                        ? ClaimPlaces.For(body, mentions, at, at + quote.Length)
                        : mentions.Where(m => m.Role == MentionRole.Place && m.Start >= from && m.End <= to).ToList();
                    var predicted = chosen.Select(m => Key(m.Kind, m.Oblast, m.Entry.Id)).ToHashSet(StringComparer.Ordinal);
                    var expected = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var place in claim.GetProperty("places").EnumerateArray())
                    {
                        expected.Add(GoldKey(index, place));
                    }
                    gold += expected.Count;
                    found += predicted.Count;
                    var name = Path.GetFileName(textFile)[..3];
                    foreach (var e in expected)
                    {
                        if (predicted.Contains(e))
                        {
                            matched++;
                        }
                        else
                        {
                            misses.Add($"{name} {e} ← {Clip(quote)}");
                        }
                    }
                    extras.AddRange(predicted.Where(p => !expected.Contains(p)).Select(p => $"{name} {p} ← {Clip(quote)}"));
                }
            }
        }
        return new GoldPlaceScore(scope, docs, claims, gold, found, matched, misses, extras);
    }

    /// <summary>The match key SCHEMA.md scores on: kind, oblast, and the entry the gold name resolves to (its folded name when none).</summary>
    public static string GoldKey(PlaceIndex index, JsonElement place)
    {
        var name = place.GetProperty("name").GetString() ?? string.Empty;
        var kindText = place.GetProperty("kind").GetString();
        var oblast = place.TryGetProperty("oblast", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        var kind = PlaceKinds.Parse(kindText);
        var entry = kind is null ? null : index.Find(name, kind).FirstOrDefault(e => oblast is null || e.Oblast is null || e.Oblast == oblast);
        return entry is null ? $"{kindText}|{oblast ?? "-"}|name:{NameFolding.Key(name)}" : Key(kind!.Value, oblast, entry.Id);
    }

    private static string Key(PlaceKind kind, string? oblast, string id) => $"{kind.ToSchema()}|{oblast ?? "-"}|{id}";

    private static string Clip(string s) => s.Length <= 90 ? s : s[..90] + "…";
}

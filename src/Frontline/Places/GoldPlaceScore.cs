using System.Text.Json;

namespace Frontline.Places;

/// <summary>Recall and precision of the tagger against the <c>places</c> of gold claims (corpus <c>*.claims.json</c>, see SCHEMA.md), matched on kind, oblast and the gazetteer entry the name resolves to.</summary>
/// <param name="Scope">Where each claim's places come from: <c>sentence</c> (named in the quote's sentence), <c>quote</c> (named in the quote), <c>linked</c> (<see cref="ClaimPlaces.For"/> with the claim's type: the quote, else the sentence, else what it points back to or the place the text is about);
/// <c>document</c> scores tagging alone: a gold place whose name is written in the claim's sentence is found when the tagger reports it there, one written only elsewhere when the tagger reports it anywhere in the document; a place tagged in a quote is right when the annotators name it in the document.</param>
/// <param name="Matched">Gold places found.</param>
/// <param name="FoundMatched">Predicted places that are right (equal to <paramref name="Matched"/> except in the document scope).</param>
public sealed record GoldPlaceScore(string Scope, int Documents, int Claims, int GoldPlaces, int FoundPlaces, int Matched, int FoundMatched, IReadOnlyList<string> Misses, IReadOnlyList<string> Extras)
{
    public double Recall => GoldPlaces == 0 ? 1 : (double)Matched / GoldPlaces;

    public double Precision => FoundPlaces == 0 ? 1 : (double)FoundMatched / FoundPlaces;

    /// <summary>Scores every document with a gold file in <paramref name="corpusDir"/>.</summary>
    /// <param name="scope"><c>sentence</c>, <c>quote</c> or <c>linked</c>.</param>
    /// <exception cref="InvalidDataException">A gold file is not valid JSON of the SCHEMA shape; the message names it.</exception>
    public static GoldPlaceScore Evaluate(PlaceIndex index, string corpusDir, string scope = "sentence")
    {
        var tagger = new PlaceTagger(index);
        int docs = 0, claims = 0, gold = 0, found = 0, matched = 0, foundMatched = 0;
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
                var name = Path.GetFileName(textFile)[..3];
                var claimList = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
                // For the document scope: every place the annotators named in this document, by the keys its name may resolve to.
                var documentGold = claimList.SelectMany(c => c.GetProperty("places").EnumerateArray()).SelectMany(p => GoldKeys(index, p)).ToHashSet(StringComparer.Ordinal);
                var documentFound = mentions.Where(m => m.Role == MentionRole.Place).Select(m => Key(m.Kind, m.Oblast, m.Entry.Id)).ToHashSet(StringComparer.Ordinal);
                foreach (var claim in claimList)
                {
                    var quote = claim.GetProperty("quote").GetString() ?? string.Empty;
                    var at = body.IndexOf(quote, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        continue;
                    }
                    claims++;
                    var (from, to) = scope == "quote" || scope == "document" ? (at, at + quote.Length) : ClaimPlaces.SentenceAround(body, at, at + quote.Length);
                    var chosen = scope == "linked"
                        ? ClaimPlaces.For(body, mentions, at, at + quote.Length, claimType: claim.TryGetProperty("type", out var type) ? type.GetString() : null)
                        : mentions.Where(m => m.Role == MentionRole.Place && m.Start >= from && m.End <= to).ToList();
                    var predicted = chosen.Select(m => Key(m.Kind, m.Oblast, m.Entry.Id)).ToHashSet(StringComparer.Ordinal);
                    var goldPlaces = claim.GetProperty("places").EnumerateArray().ToList();
                    var expected = goldPlaces.Select(p => GoldKeys(index, p)).ToList();
                    // Document scope: a gold name written in the claim's sentence must be tagged right there; one written only
                    // elsewhere (the document's subject) must be tagged somewhere in the document.
                    var (sf, st) = ClaimPlaces.SentenceAround(body, at, at + quote.Length);
                    var sentenceFound = mentions.Where(m => m.Role == MentionRole.Place && m.Start >= sf && m.End <= st)
                        .Select(m => Key(m.Kind, m.Oblast, m.Entry.Id)).ToHashSet(StringComparer.Ordinal);
                    // Each gold place is matched once, by any entry its name, kind and oblast allow (SCHEMA gives no id: two
                    // same-name villages of one oblast both fit it); each predicted key matches at most one gold place.
                    var used = new HashSet<string>(StringComparer.Ordinal);
                    gold += expected.Count;
                    for (var g = 0; g < expected.Count; g++)
                    {
                        var keys = expected[g];
                        var written = goldPlaces[g].GetProperty("name").GetString() is { Length: > 0 } gn &&
                            body.AsSpan(sf, st - sf).Contains(gn, StringComparison.OrdinalIgnoreCase);
                        var hit = scope == "document"
                            ? keys.FirstOrDefault(written ? sentenceFound.Contains : documentFound.Contains)
                            : keys.FirstOrDefault(k => predicted.Contains(k) && !used.Contains(k));
                        if (hit is not null)
                        {
                            matched++;
                            used.Add(hit);
                        }
                        else
                        {
                            misses.Add($"{name} {keys[0]} ← {Clip(quote)}");
                        }
                    }
                    if (scope == "document")
                    {
                        // Precision of tagging: a place the tagger reports in the quote is right when the annotators name that place in the document.
                        found += predicted.Count;
                        foundMatched += predicted.Count(documentGold.Contains);
                        extras.AddRange(predicted.Where(p => !documentGold.Contains(p)).Select(p => $"{name} {p} ← {Clip(quote)}"));
                    }
                    else
                    {
                        found += predicted.Count;
                        foundMatched += used.Count;
                        extras.AddRange(predicted.Where(p => !used.Contains(p)).Select(p => $"{name} {p} ← {Clip(quote)}"));
                    }
                }
            }
        }
        return new GoldPlaceScore(scope, docs, claims, gold, found, matched, foundMatched, misses, extras);
    }

    /// <summary>Every key a gold place may match: one per entry of its kind and oblast its name resolves to (the folded name when none), best first.</summary>
    public static IReadOnlyList<string> GoldKeys(PlaceIndex index, JsonElement place)
    {
        var name = place.GetProperty("name").GetString() ?? string.Empty;
        var kindText = place.GetProperty("kind").GetString();
        var oblast = place.TryGetProperty("oblast", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        var kind = PlaceKinds.Parse(kindText);
        var keys = kind is null ? [] : index.Find(name, kind).Where(e => oblast is null || e.Oblast is null || e.Oblast == oblast)
            .Select(e => Key(kind!.Value, oblast, e.Id)).Distinct().ToList();
        return keys.Count > 0 ? keys : [$"{kindText}|{oblast ?? "-"}|name:{NameFolding.Key(name)}"];
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

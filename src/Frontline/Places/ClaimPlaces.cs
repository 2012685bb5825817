using System.Text.RegularExpressions;

namespace Frontline.Places;

/// <summary>The places a claim is about: those named in its quote, else in its sentence, else the place the text points back to ("the city", "the region", "the river") or the one the previous sentences were about.</summary>
/// <remarks>For linking claims to places; tag the whole document once and pass its mentions.</remarks>
public static partial class ClaimPlaces
{
    /// <summary>How many sentences back a claim without a place of its own inherits one, by default: 1 gave the best F1 on the dev gold (0 → R 0.71 P 0.79; 1 → R 0.77 P 0.75; 3 → R 0.83 P 0.65).</summary>
    public const int CarryOverSentences = 1;

    /// <summary>Places for the claim at <c>text[start..end)</c>, in text order, without duplicates of the same entry.</summary>
    /// <param name="mentions">All mentions of the document, from <see cref="PlaceTagger.Tag"/> on the same text.</param>
    /// <param name="carryOverSentences">How many sentences back to look when the claim names no place; 0 turns carry-over off. Used when <paramref name="claimType"/> is null.</param>
    /// <param name="claimType">The claim's SCHEMA type when known ("combat", "assessment"…): a claim that names no place inherits the place the text
    /// is about only when it is an event on the ground (<see cref="IsPlaceBound"/>); tallies, politics and assessments inherit none.</param>
    public static IReadOnlyList<PlaceMention> For(string text, IReadOnlyList<PlaceMention> mentions, int start, int end, int carryOverSentences = CarryOverSentences,
        string? claimType = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var (from, to) = SentenceAround(text, start, end);
        var before = mentions.Where(m => m.Role == MentionRole.Place && m.End <= from).ToList();
        var quote = text[start..end];
        var own = Distinct(mentions.Where(m => m.Role == MentionRole.Place && m.Start >= start && m.End <= end));
        if (own.Count == 0)
        {
            own = Distinct(mentions.Where(m => m.Role == MentionRole.Place && m.Start >= from && m.End <= to && m.Kind != PlaceKind.Country));
        }
        // "the city", "the region", "the river" in the quote point back to the place of that kind the text is about,
        // also when the quote names other places ("declared the city the capital of the Donetsk Region").
        foreach (var (pattern, pick) in _anaphora)
        {
            if (pattern.IsMatch(quote) && !own.Any(pick) && Salient(before.Where(pick).ToList()) is { } antecedent)
            {
                own.Add(antecedent);
            }
        }
        if (own.Count > 0)
        {
            return own;
        }
        if (claimType is not null)
        {
            return IsPlaceBound(claimType) && Topic(before) is { } topic ? [topic] : [];
        }
        if (carryOverSentences <= 0)
        {
            return own;
        }
        // No place named or pointed at: the claim continues the previous sentences' subject.
        var cursor = from;
        for (var back = 0; back < carryOverSentences && cursor > 0; back++)
        {
            var (pf, pt) = SentenceAround(text, Math.Max(0, cursor - 2), Math.Max(0, cursor - 1));
            var previous = Distinct(mentions.Where(m => m.Role == MentionRole.Place && m.Start >= pf && m.End <= pt &&
                m.Kind is not (PlaceKind.Country or PlaceKind.Region)));
            if (previous.Count > 0)
            {
                return previous;
            }
            cursor = pf;
        }
        return [];
    }

    /// <summary>
    /// Claim types that are events on the ground and so happen somewhere: territory changes, fighting, harm to civilians, damage to infrastructure.
    /// Strikes are left out: without a named place they are mostly tallies ("cruise missiles ‒ 167") and nationwide waves.
    /// </summary>
    public static bool IsPlaceBound(string claimType) =>
        claimType.StartsWith("territory.", StringComparison.Ordinal) || claimType is "combat" or "civilian" or "infrastructure";

    /// <summary>The place the text is about at this point: of the last eight places named (settlements, raions, oblasts, facilities), the most named, the latest on a tie.</summary>
    private static PlaceMention? Topic(List<PlaceMention> earlier) =>
        Salient(earlier.Where(m => m.Kind is PlaceKind.Settlement or PlaceKind.Raion or PlaceKind.Oblast or PlaceKind.Facility).ToList());

    /// <summary>Of the earlier places of one kind, the one the text dwells on: the most named among the last eight, the latest on a tie.</summary>
    private static PlaceMention? Salient(List<PlaceMention> earlier)
    {
        var recent = earlier.TakeLast(8).ToList();
        return recent.GroupBy(m => m.Entry.Id)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(m => m.Start))
            .Select(g => g.Last()).FirstOrDefault();
    }

    /// <summary>The sentence holding <c>text[start..end)</c>: back to the previous . ! ? or line break, on to the next.</summary>
    public static (int From, int To) SentenceAround(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = Math.Clamp(start, 0, text.Length);
        while (from > 0 && !IsSentenceEnd(text, from - 1))
        {
            from--;
        }
        var to = Math.Clamp(end, from, text.Length);
        while (to < text.Length && !IsSentenceEnd(text, to))
        {
            to++;
        }
        return (from, to);
    }

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '[' or '”' or '"' or '’'));

    private static List<PlaceMention> Distinct(IEnumerable<PlaceMention> mentions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return mentions.Where(m => seen.Add(m.Kind + "|" + m.Entry.Id)).ToList();
    }

    private static readonly (Regex Pattern, Func<PlaceMention, bool> Pick)[] _anaphora =
    [
        (CityWords(), m => m.Kind == PlaceKind.Settlement),
        (RegionWords(), m => m.Kind == PlaceKind.Oblast),
        (RiverWords(), m => m.Kind == PlaceKind.River || m.Entry.Id == "region:left-bank-dnipro" || m.Entry.Id == "region:right-bank-dnipro"),
        (PlantWords(), m => m.Kind == PlaceKind.Facility && !m.Entry.Name.Contains("ridge", StringComparison.Ordinal)),
        (BridgeWords(), m => m.Kind == PlaceKind.Facility && m.Entry.Name.Contains("ridge", StringComparison.Ordinal)),
        (PeninsulaWords(), m => m.Entry.Id == "oblast:Crimea"),
    ];

    [GeneratedRegex(@"\b(?:the|this|that|our) (?:city|town|village|settlement)\b|\bмісто\b|\bгород\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CityWords();

    [GeneratedRegex(@"\b(?:the|this|that|our) (?:region|oblast|province)\b|\bregion(?:'|’)s\b|\bобласт", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionWords();

    [GeneratedRegex(@"\b(?:the|this|that) river\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RiverWords();

    [GeneratedRegex(@"\b(?:the|this|that) (?:plant|industrial (?:zone|area)|facility|station|factory)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlantWords();

    [GeneratedRegex(@"\b(?:the|this|that) bridge\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BridgeWords();

    [GeneratedRegex(@"\b(?:the|this) peninsula\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeninsulaWords();
}

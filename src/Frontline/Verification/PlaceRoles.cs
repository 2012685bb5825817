using System.Text.RegularExpressions;
using Frontline.Text;

namespace Frontline.Verification;

/// <summary>Whether a settlement a claim names is the place that changed hands, or only where something else is.</summary>
/// <remarks>
/// "captured Hrekivka … (approximately 20 km southwest of Svatove)" names Svatove to locate Hrekivka; "entered the
/// outskirts of Pavlivka" and "pushes toward Bakhmut" do not say the town fell; "in control of 75% of Marinka" says
/// part of it, which a map of control (one point per settlement) cannot judge. Judging such places by their position
/// would contradict true claims, so the checks of who holds a place leave them out and say so. Read from the words
/// just before the place inside the claim's quote; English only, like the rest of the checker's wording.
/// </remarks>
public static partial class PlaceRoles
{
    /// <summary>The words before a place that make it a reference point or a part, not a place taken.</summary>
    [GeneratedRegex(@"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|\b(?:toward|towards|direction\s+of|outskirts\s+of|approaches\s+to|approach\s+to|vicinity\s+of|in\s+the\s+area\s+of|aimed\s+at\s+(?:seizing|capturing|taking)|attempts?\s+to\s+(?:seize|capture|take|encircle)|encirclement\s+of|\d+\s*(?:%|percent|per\s+cent)\s+of|part\s+of|parts\s+of)|\bkm\s+(?:from|of))\s+(?:the\s+)?(?:city\s+of\s+|settlement\s+of\s+|village\s+of\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceLead();

    /// <summary>True when the claim names <paramref name="place"/> as a reference point, a target or a part, not as a place that changed hands.</summary>
    public static bool IsReference(Claim claim, PlaceMention place)
    {
        var offset = place.Span.Start - claim.Quote.Start;
        if (offset <= 0 || offset > claim.QuoteText.Length)
        {
            return false;
        }
        var before = claim.QuoteText.AsSpan(Math.Max(0, offset - 60), Math.Min(offset, 60)).ToString();
        return ReferenceLead().IsMatch(before);
    }
}

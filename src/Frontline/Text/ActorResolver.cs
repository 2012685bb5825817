using System.Text.RegularExpressions;

namespace Frontline.Text;

/// <summary>Which side a claimed event is about (SCHEMA's <c>actor</c>): the side that gains, attacks, inflicts losses, mobilises or acts.</summary>
internal static partial class ActorResolver
{
    /// <summary>The actor of a clause of type <paramref name="type"/>, said by a speaker of side <paramref name="speakerSide"/>, and the words that decided it.</summary>
    public static (string Actor, TextSpan? Span) Resolve(string text, TextSpan clause, string type, string speakerSide, TextSpan? trigger)
    {
        var slice = text[clause.Start..clause.End];
        var mentions = new List<(int Index, int Length, string Side)>();
        foreach (Match m in Mention().Matches(slice))
        {
            var side = m.Groups["ua"].Success ? "UA" : m.Groups["ru"].Success ? "RU"
                : m.Groups["we"].Success ? (speakerSide is "UA" or "RU" ? speakerSide : null)
                : m.Groups["enemy"].Success ? (speakerSide == "RU" ? "UA" : "RU")
                : m.Groups["third"].Success ? "third-party" : null;
            if (side is not null)
            {
                mentions.Add((m.Index, m.Length, side));
            }
        }
        TextSpan? At((int Index, int Length, string Side) m) => new TextSpan(clause.Start + m.Index, clause.Start + m.Index + m.Length);
        string Other(string side) => side == "UA" ? "RU" : side == "RU" ? "UA" : "unknown";
        var triggerAt = trigger is { } t ? t.Start - clause.Start : slice.Length;
        var triggerEnd = trigger is { } te ? te.End - clause.Start : slice.Length;
        var anyBefore = mentions.Exists(m => m.Index < triggerAt);
        var first = mentions.Count > 0 ? mentions[0] : default;
        var has = mentions.Count > 0;
        // The agent of a passive ("destroyed by Russian missiles", "occupied by Russia") is the actor, whatever the type.
        // Not inside a relative clause after the trigger ("wrested back … Kherson, which was occupied by Russia").
        if (type is not ClaimTypes.Assessment && ByName().Match(slice) is { Success: true } agent
            && !(agent.Index > Math.Max(0, triggerAt) && RelativeClause().IsMatch(slice.AsSpan(Math.Max(0, triggerAt), agent.Index - Math.Max(0, triggerAt)))))
        {
            var g = agent.Groups["s"];
            return (g.Value.StartsWith("Russia", StringComparison.OrdinalIgnoreCase) ? "RU" : "UA", new TextSpan(clause.Start + g.Index, clause.Start + g.Index + g.Length));
        }
        switch (type)
        {
            case ClaimTypes.Losses:
                if (Inflicted().IsMatch(slice) && anyBefore)
                {
                    return (first.Side, At(first));
                }
                return has ? (Other(mentions[0].Side), At(mentions[0])) : (speakerSide is "UA" or "RU" ? speakerSide : "unknown", null);
            case ClaimTypes.Combat when Repelled().IsMatch(slice):
                var after = mentions.Where(m => m.Index > triggerAt).ToList();
                return after.Count > 0 ? (after[0].Side, At(after[0])) : has ? (Other(first.Side), At(first)) : ("RU", null);
            case ClaimTypes.Strike when ShotDown().IsMatch(slice):
                return has && mentions.Exists(m => m.Side == "RU") ? ("RU", At(mentions.First(m => m.Side == "RU"))) : has ? (Other(first.Side), At(first)) : ("RU", null);
            case ClaimTypes.Control when Liberated().IsMatch(slice) && (!has || mentions[0].Index > triggerAt):
                // "liberated from the Russian army": the liberator is the other side of the one named after "from".
                var from = FromMention().Match(slice, Math.Min(triggerAt, slice.Length));
                if (from.Success && mentions.FirstOrDefault(m => m.Index >= from.Index) is { Side: not null } named && named.Index <= from.Index + from.Length + 12)
                {
                    return (Other(named.Side), At(named));
                }
                return (speakerSide == "RU" ? "RU" : "UA", null);
            // Only when the occupation is the claim itself, not a relative clause about the place ("…, which was occupied").
            case ClaimTypes.Control when Occupied().Match(slice) is { Success: true } occ && occ.Index >= triggerAt && occ.Index <= triggerEnd && !Deoccupation().IsMatch(slice):
                return ("RU", null); // "temporarily occupied", "under occupation": held by Russia
            case ClaimTypes.Strike or ClaimTypes.Combat or ClaimTypes.Infrastructure when has && Target().Match(slice) is { Success: true } target
                && mentions.FirstOrDefault(m => m.Index == target.Index + target.Length) is { Side: not null } hit:
                return (Other(hit.Side), At(hit)); // "attacks on Russian bases": the attacker is the other side
            // The one who withdraws or advances is the side named nearest before the verb: "the general staff of the
            // Ukrainian armed forces described Russian troops … as abandoning their positions" is a Russian withdrawal,
            // "the maps … the Russian defense ministry presented … the Ukrainians drove forward" a Ukrainian advance.
            case ClaimTypes.Withdrawal or ClaimTypes.Advance when mentions.FindLast(m => m.Index < triggerAt) is { Side: "UA" or "RU" } withdrawing:
                return (withdrawing.Side, At(withdrawing));
            case ClaimTypes.Infrastructure or ClaimTypes.Civilian when !has:
                // Damage reported by one side without naming who caused it is, in these reports, blamed on the other.
                return (speakerSide is "UA" or "RU" ? Other(speakerSide) : "unknown", null);
        }
        if (has)
        {
            return (first.Side, At(first));
        }
        return type switch
        {
            ClaimTypes.Advance => (speakerSide == "RU" ? "RU" : "UA", null),
            ClaimTypes.Control or ClaimTypes.Withdrawal => (speakerSide == "RU" ? "RU" : "UA", null),
            ClaimTypes.Political => (speakerSide is "UA" or "RU" ? speakerSide : "RU", null),
            _ => ("RU", null),
        };
    }

    [GeneratedRegex(@"\b(?:killed|destroyed|shot\s+down|neutrali[sz]ed|eliminated|captured|took)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Inflicted();

    [GeneratedRegex(@"\brepel\w*|\brepuls\w*|\bdefen[cd]\w*|відбил\w*|отбил\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Repelled();

    [GeneratedRegex(@"\bshot\s+down|\bintercept\w*|\bair\s+defen[cs]e|ППО|збит\w*|знищено", RegexOptions.IgnoreCase)]
    private static partial Regex ShotDown();

    [GeneratedRegex(@"\b(?:(?:was|were|been|being|be|is|are)\s+(?:\w+\s+)?\w+(?:ed|en)|\w+ed)\s+by\s+(?:the\s+)?(?<s>Russia\w*|Ukrain\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex ByName();

    [GeneratedRegex(@",\s*(?:which|who|where)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"de-?occupation|liberat", RegexOptions.IgnoreCase)]
    private static partial Regex Deoccupation();

    [GeneratedRegex(@"\boccupied\b|\boccupation\b|окупова\w*|оккупир\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Occupied();

    [GeneratedRegex(@"\b(?:on|against|at|targeting|hit|struck|shelled)\s+(?:the\s+)?(?=\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Target();

    [GeneratedRegex(@"liberat|звільн|освобо", RegexOptions.IgnoreCase)]
    private static partial Regex Liberated();

    [GeneratedRegex(@"\b(?:from|від|от)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex FromMention();

    [GeneratedRegex(@"(?<ua>(?<!\b(?:in|of|to|into|across|throughout|southern|eastern|northern|western|central|occupied)\s)\bUkraine\b(?!\s+(?:oblast|region))|\bUkrainian\w*|\bUkraine[’']s\b|\bnationalists?\b|\bKyiv\b|\bKiev\b|\bZaluzhn\w*|\bSyrsk\w*|\bUAF\b|\bAFU\b|\bZelensk\w*|ЗСУ|Сил\w*\s+оборони|україн\w*|украин\w*)|(?<ru>(?<!\b(?:in|to|into|across|throughout|southern|western)\s)\bRussia\b|\bRussian\w*|\bRussia[’']s\b|\bMoscow\b|\bKremlin\b|\bPutin\w*|\bWagner\b|\bChechen\w*|\bDNR\b|\bLNR\b|\bDPR\b|\bLPR\b|рф\b|РФ\b|росі\w*|россий\w*|росій\w*)|(?<we>\b(?:we|our|us)\b)|(?<enemy>\b(?:the\s+)?(?:enemy|enemy's|occupiers?|invaders?|aggressor)\b|ворог\w*|окупант\w*|противник\w*|оккупант\w*)|(?<third>\b(?-i:NATO|Western|U\.S\.|United\s+States|America|American|British|Britain|Polish|Poland|German|Germany|French|France|Italian|Spanish|Saudi|IAEA|IMF|UN|EU|European|Congress|Biden)\b)", RegexOptions.IgnoreCase)]
    // "in Ukraine", "southern Ukraine": a country named as a place is not a side; "western Kherson" is a direction,
    // "Western partners" the West (case-sensitive third-party names).
    private static partial Regex Mention();
}

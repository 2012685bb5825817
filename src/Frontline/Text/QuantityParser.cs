using System.Globalization;
using System.Text.RegularExpressions;

namespace Frontline.Text;

/// <summary>Numbers with units and bounds: "more than 30 kilometers" (30 km, min), "25 to 30" (25 min, 30 max), "1700 (+9)".</summary>
/// <remarks>
/// Years, clock times, dates, endnote markers and model designations ("Kh-101", "Ту-95") are not quantities.
/// A distance that locates a place ("33 km northwest of …") is kept with what = "distance".
/// </remarks>
public static partial class QuantityParser
{
    private static readonly Dictionary<string, decimal> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
        ["dozens"] = 24,
    };

    /// <summary>Quantities in [start, end) of <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<Quantity> Parse(string text, int start, int end)
    {
        var slice = text[start..end];
        var list = new List<Quantity>();
        var pendingMax = false;
        foreach (Match m in Number().Matches(slice))
        {
            if (Excluded(slice, m))
            {
                continue;
            }
            decimal value;
            if (m.Groups["w"].Success)
            {
                if (!Words.TryGetValue(m.Groups["w"].Value, out value) || m.Groups["w"].Value.Equals("dozens", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
            }
            else if (!decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace('\u00A0'.ToString(), "", StringComparison.Ordinal),
                NumberStyles.Number, CultureInfo.InvariantCulture, out value))
            {
                continue;
            }
            var mult = m.Groups["x"].Value.ToLowerInvariant();
            value *= mult.StartsWith("thousand", StringComparison.Ordinal) || mult.StartsWith("тис", StringComparison.Ordinal) ? 1000
                : mult.StartsWith("million", StringComparison.Ordinal) || mult.StartsWith("млн", StringComparison.Ordinal) || mult.StartsWith("мільй", StringComparison.Ordinal) ? 1_000_000
                : mult.StartsWith("billion", StringComparison.Ordinal) || mult.StartsWith("млрд", StringComparison.Ordinal) ? 1_000_000_000 : 1;
            var after = slice[(m.Index + m.Length)..];
            if (after.Length > 0 && after[0] is 'х' or 'x' && m.Groups["n"].Success)
            {
                after = after[1..];
            }
            var (unit, what, unitLength) = Unit(after);
            var rangeStart = RangeTo().Match(after);
            if (rangeStart.Success && unit is null)
            {
                // "25 to 30 ambulances": the lower end takes the unit of the upper one and is a minimum.
                (unit, what, _) = Unit(after[rangeStart.Length..].TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '.'));
                if (unit is not null)
                {
                    list.Add(new Quantity(value, unit, what, "min", new TextSpan(start + m.Index, start + m.Index + m.Length)));
                    pendingMax = true;
                    continue;
                }
            }
            if (Regex.IsMatch(slice[..m.Index], @"\(\s*\+\s*$") && list.Count > 0)
            {
                (unit, what, unitLength) = (list[^1].Unit, list[^1].What, 0); // "1700 (+9)": the day's change, same unit
            }
            if (unit is null)
            {
                continue;
            }
            if (m.Groups["w"].Success && unit is "km" or "percent")
            {
                unit ??= "items";
            }
            var before = slice[..m.Index];
            var bound = pendingMax ? "max" : Bound(before, slice, m, list);
            pendingMax = false;
            var what2 = unit == "km" && Distance().IsMatch(after[unitLength..]) ? "distance" : what;
            list.Add(new Quantity(value, unit, what2, bound, new TextSpan(start + m.Index, start + m.Index + m.Length + unitLength)));
        }
        return list;
    }

    private static bool Excluded(string s, Match m)
    {
        var i = m.Index;
        var e = m.Index + m.Length;
        var prev = i > 0 ? s[i - 1] : ' ';
        var next = e < s.Length ? s[e] : ' ';
        if (char.IsLetter(prev) || prev is '-' && i > 1 && char.IsLetter(s[i - 2]) || prev == '[' || prev == '/' || prev == '№' || prev == '#')
        {
            return true; // Kh-101, [12], /555, №3
        }
        if (next is 'х' or 'x' && (e + 1 >= s.Length || !char.IsLetter(s[e + 1])))
        {
            return false; // "4х бортами": a count written with the suffix
        }
        if (next is ':' or '/' or ']' || (next == '-' && e + 1 < s.Length && char.IsLetter(s[e + 1])) || (e < s.Length && char.IsLetter(next) && !m.Groups["w"].Success && !KmGlued().IsMatch(s[e..])))
        {
            return true; // 8:00, 101/555, 47th, 5-day
        }
        var n = m.Groups["n"].Value;
        if (n.Length == 4 && !n.Contains(',', StringComparison.Ordinal) && n[0] is '1' or '2' && int.TryParse(n, out var year) && year is > 1900 and < 2100
            && !Regex.IsMatch(s[e..], @"^\s*(?:\(|people|persons|troops|осіб|km|км|кілометр)"))
        {
            return true;
        }
        // A day of a month: "October 5", "5 жовтня".
        return MonthBefore().IsMatch(s[..i]) || MonthAfter().IsMatch(s[e..]);
    }

    private static string? Bound(string before, string slice, Match m, List<Quantity> previous)
    {
        if (MinBefore().IsMatch(before))
        {
            return "min";
        }
        if (MaxBefore().IsMatch(before))
        {
            return "max";
        }
        return null;
    }

    private static (string? Unit, string? What, int Length) Unit(string after)
    {
        if (UnitRegex().Match(after) is { Success: true } u)
        {
            var g = u.Groups;
            var unit = g["km2"].Success ? "km2" : g["km"].Success ? "km" : g["pct"].Success ? "percent"
                : g["ppl"].Success ? "people" : g["set"].Success ? "settlements" : "items";
            var what = g["noun"].Success ? g["noun"].Value.ToLowerInvariant() : null;
            var length = unit is "km" or "km2" or "percent" ? u.Length : 0;
            return (unit, what ?? unit, length);
        }
        if (Delta().Match(after) is { Success: true })
        {
            return ("items", null, 0);
        }
        return (null, null, 0);
    }

    [GeneratedRegex(@"(?<![\d.,])(?:~\s*)?(?:(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\b(?<w>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)(?:\s*(?<x>thousand|million|billion|тис\.?|тисяч[іа]?|млн|мільйон[іа]?|млрд))?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:-|\s)*(?:(?<km2>square\s+kilometers?|square\s+kilometres?|sq\.?\s*km|km2|km²|кв\.?\s*км)|(?<km>kilometers?\b|kilometres?\b|km\b|км\b|кілометр\w*)|(?<pct>%|percent\b|per\s+cent\b|відсотк\w*|процент\w*)|(?:[-\s]*\(?\+?\d*\)?\s*)?(?:(?:[a-z-]+|[а-яіїєґ'-]+)\s+){0,2}?(?<noun>(?<ppl>people|persons|person|troops|servicemen|soldiers|reservists|civilians|residents|personnel|men|children|militants|nationalists|fighters|prisoners|POWs|mobilized|mobilised|conscripts|recruits|servicemembers|individuals|citizens|deaths|dead|wounded|casualties|осіб|людей|людини|військових|бійців|цивільних|дітей|человек|военнослужащих)|(?<set>settlements|villages|towns|cities|населених\s+пунктів|населенных\s+пунктов|н\.\s?п\.)|(?<it>[a-z]{3,}s|aircraft|equipment|[а-яіїєґ]{4,})))", RegexOptions.IgnoreCase)]
    private static partial Regex UnitRegex();

    [GeneratedRegex(@"^\s*(?:to|-|–|‒)\s*(?=\d)")]
    private static partial Regex RangeTo();

    [GeneratedRegex(@"^\s*\(\s*\+\s*\d+\s*\)")]
    private static partial Regex Delta();

    [GeneratedRegex(@"(?:more\s+than|over|at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|in\s+excess\s+of|upwards\s+of|exceeding|щонайменше|понад|більше|не\s+менше|более|свыше|не\s+менее)\s*(?:~\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MinBefore();

    [GeneratedRegex(@"(?:up\s+to|almost|nearly|less\s+than|fewer\s+than|under|no\s+more\s+than|at\s+most|до|майже|менше|почти|менее|не\s+более)\s*(?:~\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MaxBefore();

    [GeneratedRegex(@"^\s*(?:(?:north|south|east|west|northwest|northeast|southwest|southeast)(?:ern)?(?:\s+of)?|from|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Distance();

    [GeneratedRegex(@"^(?:km|км)\b")]
    private static partial Regex KmGlued();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$")]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"^\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b")]
    private static partial Regex MonthAfter();
}

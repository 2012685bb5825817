using System.Globalization;
using System.Text.RegularExpressions;

namespace Frontline.Text;

/// <summary>Finds the first date expression in a stretch of text and resolves it against the publication date (Kyiv calendar).</summary>
/// <remarks>
/// English, Ukrainian and Russian: "on October 5", "Oct. 1", "5 жовтня", weekdays ("on Tuesday night" is that Tuesday,
/// the most recent on or before publication), "yesterday", "today", "last week" (Monday–Sunday before the
/// publication week), "since October 1" (a range to publication), "early/mid/late February" (thirds 1–10, 11–20, 21–end),
/// "in March" (month), "in 2014" (year). A month-day later than the publication date by more than a week is last year's.
/// </remarks>
public static partial class DateResolver
{
    private static readonly string[] MonthsEn = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] MonthsUk = ["січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листопад", "груд"];
    private static readonly string[] MonthsRu = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    /// <summary>The resolved date of the first expression in [start, end), or null when there is none (or no publication date for a relative one).</summary>
    public static ClaimDate? Resolve(string text, int start, int end, DateOnly? published)
    {
        var slice = text.AsSpan(start, end - start).ToString();
        ClaimDate? best = null;
        var bestAt = int.MaxValue;
        foreach (var (regex, resolve) in Rules)
        {
            foreach (Match m in regex.Matches(slice))
            {
                if (m.Index >= bestAt)
                {
                    break;
                }
                if (resolve(m, published) is { } d)
                {
                    best = d with { Span = new TextSpan(start + m.Index, start + m.Index + m.Length) };
                    bestAt = m.Index;
                    break;
                }
            }
        }
        return best;
    }

    private static readonly (Regex, Func<Match, DateOnly?, ClaimDate?>)[] Rules =
    [
        (NumericRangeRegex(), NumericRange),
        (SinceRegex(), Since),
        (DayRangeRegex(), DayRange),
        (MonthDayRegex(), MonthDay),
        (DayMonthRegex(), MonthDay),
        (WeekdayPairRegex(), WeekdayPair),
        (WeekdayRegex(), Weekday),
        (RelativeRegex(), Relative),
        (PartOfMonthRegex(), PartOfMonth),
        (MonthRegex(), Month),
        (YearRegex(), Year),
    ];

    [GeneratedRegex(@"\b(?:from|з|с)\s+(?<d>\d{1,2})\.(?<m>\d{1,2})(?:\.(?<y>20\d\d))?\s+(?:to|till|until|по|до)\s+(?<d2>\d{1,2})\.(?<m2>\d{1,2})(?:\.(?<y2>20\d\d))?\b")]
    private static partial Regex NumericRangeRegex();

    private static ClaimDate? NumericRange(Match m, DateOnly? published)
    {
        int I(string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        var year2 = m.Groups["y2"].Success ? I("y2") : published?.Year ?? 0;
        var year = m.Groups["y"].Success ? I("y") : year2;
        if (year == 0 || I("m") is < 1 or > 12 || I("m2") is < 1 or > 12)
        {
            return null;
        }
        var a = Date(year, I("m"), I("d"), null, true);
        var b = Date(year2, I("m2"), I("d2"), null, true);
        return a is { } x && b is { } y && y >= x ? new ClaimDate("range", x, y, null) : null;
    }

    [GeneratedRegex(@"\b(?:since|from)\s+(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2})\b|\b(?:з|с)\s+(?<d>\d{1,2})\s+(?<m>[а-яіїє]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SinceRegex();

    [GeneratedRegex(@"\b(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2})\s*(?:-|–|to|and)\s*(?<d2>\d{1,2})\b(?!:)")]
    private static partial Regex DayRangeRegex();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!:|\d)(?:,?\s+(?<y>20\d\d))?")]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b(?:\s+(?<y>20\d\d))?")]
    private static partial Regex DayMonthRegex();

    [GeneratedRegex(@"\bon\s+(?<a>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+and\s+(?<b>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex WeekdayPairRegex();

    [GeneratedRegex(@"\b(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|evening|morning|afternoon))?\b|(?:\b(?:у|в|во)\s+)(?<w>понеділок|вівторок|середу|четвер|п'ятницю|п’ятницю|суботу|неділю|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"\b(?<r>yesterday|today|tonight|last\s+night|overnight|this\s+morning|this\s+evening|last\s+week|this\s+week|past\s+week|(?:over\s+|in\s+|during\s+)?the\s+(?:past|last)\s+(?:day|24\s+hours)|as\s+of\s+now|вчора|сьогодні|вночі|минулої\s+ночі|минулого\s+тижня|вчера|сегодня|ночью|на\s+прошлой\s+неделе|за\s+минулу\s+добу|за\s+прошедшие\s+сутки)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeRegex();

    [GeneratedRegex(@"\b(?<p>early|mid|late|end\s+of|beginning\s+of|start\s+of)[-\s]+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+(?<y>20\d\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfMonthRegex();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>20\d\d)\b(?!\s*[,.]?\s*\d)|\b(?:in|during|since|by|throughout)\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+(?<y>20\d\d))?|\bу\s+(?<m>січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)\b")]
    private static partial Regex MonthRegex();

    [GeneratedRegex(@"\b(?:in|since|of)\s+(?<y>(?:19|20)\d\d)\b(?![-–/]\d)|\bу\s+(?<y>20\d\d)\s+році\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearRegex();

    private static int? MonthOf(string word)
    {
        var w = word.ToLowerInvariant();
        for (var i = 0; i < 12; i++)
        {
            if (w.StartsWith(MonthsEn[i], StringComparison.Ordinal) || w.StartsWith(MonthsUk[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        for (var i = 0; i < 12; i++)
        {
            if (i == 4 ? w is "мая" or "май" : w.StartsWith(MonthsRu[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return null;
    }

    private static DateOnly? Date(int year, int month, int day, DateOnly? published, bool explicitYear)
    {
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        var d = new DateOnly(year, month, day);
        // Reports look back: "December 28" in a January 3 report is last December.
        return !explicitYear && published is { } p && d > p.AddDays(7) ? d.AddYears(-1) : d;
    }

    private static int YearOf(Match m, DateOnly? published) =>
        m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : published?.Year ?? 0;

    private static ClaimDate? MonthDay(Match m, DateOnly? published)
    {
        var year = YearOf(m, published);
        if (year == 0 || MonthOf(m.Groups["m"].Value) is not { } month)
        {
            return null;
        }
        return Date(year, month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), published, m.Groups["y"].Success) is { } d
            ? ClaimDate.Day(d, null) : null;
    }

    private static ClaimDate? DayRange(Match m, DateOnly? published)
    {
        if (published is not { } p || MonthOf(m.Groups["m"].Value) is not { } month)
        {
            return null;
        }
        var a = Date(p.Year, month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), p, false);
        var b = Date(p.Year, month, int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture), p, false);
        return a is { } x && b is { } y && y > x ? new ClaimDate("range", x, y, null) : null;
    }

    private static ClaimDate? Since(Match m, DateOnly? published)
    {
        if (published is not { } p || MonthOf(m.Groups["m"].Value) is not { } month)
        {
            return null;
        }
        return Date(p.Year, month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), p, false) is { } from && from < p
            ? new ClaimDate("range", from, p, null) : null;
    }

    private static DayOfWeek? WeekdayOf(string word) => word.ToLowerInvariant()[..3] switch
    {
        "mon" or "пон" => DayOfWeek.Monday,
        "tue" or "вів" or "вто" => DayOfWeek.Tuesday,
        "wed" or "сер" or "сре" => DayOfWeek.Wednesday,
        "thu" or "чет" => DayOfWeek.Thursday,
        "fri" or "п'я" or "п’я" or "пят" => DayOfWeek.Friday,
        "sat" or "суб" => DayOfWeek.Saturday,
        "sun" or "нед" or "вос" => DayOfWeek.Sunday,
        _ => null,
    };

    /// <summary>The most recent <paramref name="day"/> on or before <paramref name="published"/>.</summary>
    public static DateOnly MostRecent(DayOfWeek day, DateOnly published) =>
        published.AddDays(-(((int)published.DayOfWeek - (int)day + 7) % 7));

    private static ClaimDate? Weekday(Match m, DateOnly? published) =>
        published is { } p && WeekdayOf(m.Groups["w"].Value) is { } w ? ClaimDate.Day(MostRecent(w, p), null) : null;

    private static ClaimDate? WeekdayPair(Match m, DateOnly? published)
    {
        if (published is not { } p || WeekdayOf(m.Groups["a"].Value) is not { } a || WeekdayOf(m.Groups["b"].Value) is not { } b)
        {
            return null;
        }
        var db = MostRecent(b, p);
        var da = MostRecent(a, db);
        return new ClaimDate("range", da, db, null);
    }

    private static ClaimDate? Relative(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }
        var r = string.Join(' ', m.Groups["r"].Value.ToLowerInvariant().Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7));
        return r switch
        {
            "yesterday" or "last night" or "вчора" or "вчера" or "минулої ночі" => ClaimDate.Day(p.AddDays(-1), null),
            "last week" or "минулого тижня" or "на прошлой неделе" => new ClaimDate("range", monday.AddDays(-7), monday.AddDays(-1), null),
            "this week" => new ClaimDate("range", monday, p, null),
            "past week" => new ClaimDate("range", p.AddDays(-7), p, null),
            // "the past day", "over the last 24 hours" (not "today", which also ends in "day").
            _ when (r.EndsWith("day", StringComparison.Ordinal) && r != "today") || r.EndsWith("hours", StringComparison.Ordinal) || r.Contains("добу", StringComparison.Ordinal) || r.Contains("сутки", StringComparison.Ordinal)
                => ClaimDate.Day(p.AddDays(-1), null),
            _ => ClaimDate.Day(p, null),
        };
    }

    private static ClaimDate? PartOfMonth(Match m, DateOnly? published)
    {
        var year = YearOf(m, published);
        if (year == 0 || MonthOf(m.Groups["m"].Value) is not { } month)
        {
            return null;
        }
        if (!m.Groups["y"].Success && published is { } p && new DateOnly(year, month, 1) > p)
        {
            year--;
        }
        var last = DateTime.DaysInMonth(year, month);
        var (from, to) = m.Groups["p"].Value.ToLowerInvariant() switch
        {
            "early" or "beginning of" or "start of" => (1, 10),
            "mid" => (11, 20),
            _ => (21, last),
        };
        return new ClaimDate("range", new DateOnly(year, month, from), new DateOnly(year, month, to), null);
    }

    private static ClaimDate? Month(Match m, DateOnly? published)
    {
        var year = YearOf(m, published);
        if (year == 0 || MonthOf(m.Groups["m"].Value) is not { } month)
        {
            return null;
        }
        if (!m.Groups["y"].Success && published is { } p && new DateOnly(year, month, 1) > p)
        {
            year--;
        }
        return new ClaimDate("month", new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), null);
    }

    private static ClaimDate? Year(Match m, DateOnly? published)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return year is < 1900 or > 2100 ? null : new ClaimDate("year", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null);
    }
}

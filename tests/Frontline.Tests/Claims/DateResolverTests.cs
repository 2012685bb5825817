using Frontline.Text;

namespace Frontline.Tests.Claims;

public sealed class DateResolverTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // text, published (Kyiv date), expected value, expected precision
        { "Gaidai announced on Wednesday that", "2022-10-05", "2022-10-05", "day" },
        { "Zelenskyy said in his address on Tuesday night", "2022-10-05", "2022-10-04", "day" },
        { "the military command said on Tuesday evening", "2022-10-05", "2022-10-04", "day" },
        { "liberated Lyman, Donetsk Oblast, on October 1", "2022-10-01", "2022-10-01", "day" },
        { "Ukrainian forces captured Hrekivka on October 5.", "2022-10-05", "2022-10-05", "day" },
        { "41 settlements since Oct. 1", "2022-11-10", "2022-10-01/2022-11-10", "range" },
        { "shelling intensified last week", "2022-10-05", "2022-09-26/2022-10-02", "range" },
        { "full-scale invasion in late February", "2022-10-05", "2022-02-21/2022-02-28", "range" },
        { "in early September", "2022-10-05", "2022-09-01/2022-09-10", "range" },
        { "mid-March", "2022-04-21", "2022-03-11/2022-03-20", "range" },
        { "They’ve hit many yesterday", "2022-10-11", "2022-10-10", "day" },
        { "during its daily briefings on Monday and Tuesday", "2022-10-05", "2022-10-03/2022-10-04", "range" },
        { "Russian forces struck Kharkiv on December 28", "2023-01-03", "2022-12-28", "day" },
        { "In 2014, the Kiev regime declared", "2022-04-21", "2014-01-01/2014-12-31", "year" },
        { "After a March 2014 referendum", "2022-08-18", "2014-03-01/2014-03-31", "month" },
        { "losses from 24.02 to 20.07 were approximately", "2022-07-20", "2022-02-24/2022-07-20", "range" },
        { "ракетна атака 15 лютого", "2024-02-15", "2024-02-15", "day" },
        { "вчора ворог обстріляв Харків", "2024-02-15", "2024-02-14", "day" },
        { "у вівторок окупанти атакували", "2024-02-15", "2024-02-13", "day" },
        { "удар 5 октября по Запорожью", "2022-10-07", "2022-10-05", "day" },
        { "в среду противник наступал", "2022-10-07", "2022-10-05", "day" },
        { "сьогодні вночі", "2024-02-15", "2024-02-15", "day" },
        { "Today, we are ending this week with a strong diplomatic event", "2023-02-26", "2023-02-26", "day" },
        { "today I am especially grateful to our guys", "2023-02-26", "2023-02-26", "day" },
        { "over the past day Russian forces launched 40 drones", "2022-10-05", "2022-10-04", "day" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_against_the_publication_date(string text, string published, string expected, string precision)
    {
        var date = DateResolver.Resolve(text, 0, text.Length, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(date);
        Assert.Equal(expected, date.Value);
        Assert.Equal(precision, date.Precision);
        Assert.NotNull(date.Span);
    }

    [Theory]
    [InlineData("Russian forces conducted ground attacks near Bakhmut")]
    [InlineData("at 8:00 pm ET")]
    [InlineData("the 47th brigade")]
    public void Text_without_a_date_gives_none(string text) =>
        Assert.Null(DateResolver.Resolve(text, 0, text.Length, new DateOnly(2022, 10, 5)));

    [Fact]
    public void Relative_dates_need_a_publication_date() =>
        Assert.Null(DateResolver.Resolve("on Tuesday", 0, 10, null));
}

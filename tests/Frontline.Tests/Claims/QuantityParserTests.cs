using Frontline.Text;

namespace Frontline.Tests.Claims;

public sealed class QuantityParserTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // text, expected quantities as "value unit bound" joined by "; "
        { "the Ukrainians drove forward more than 30 kilometers in a single day", "30 km min" },
        { "some 200,000 reservists out of the planned 300,000 people", "200000 people -; 300000 people -" },
        { "Ukraine has advanced about 36.5 kilometers into the Russian defense", "36.5 km -" },
        { "liberating 41 settlements since Oct. 1", "41 settlements -" },
        { "up to 100 such buses and 25 to 30 ambulances", "100 items max; 25 items min; 30 items max" },
        { "tanks ‒ 1700 (+9)", "1700 items -; 9 items -" },
        { "personnel ‒ about 38750 (+200) persons were liquidated", "38750 people -; 200 people -" },
        { "currently 31% of the region's territory is temporarily occupied", "31 percent -" },
        { "approximately 20 km southwest of Svatove", "20 km -" },
        { "запущені щонайменше 4х бортами Ту-95", "4 items min" },
        { "дистанцію у ~2000км", "2000 km -" },
        { "Over 400 graves were found", "400 items min" },
        { "In 2014, the Kiev regime declared", "" },
        { "on October 5, 8:00 pm ET", "" },
        { "Kh-101/555 missiles and [12] endnotes", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_values_units_and_bounds(string text, string expected)
    {
        var found = QuantityParser.Parse(text, 0, text.Length);
        var actual = string.Join("; ", found.Select(q => $"{q.Value} {q.Unit} {q.Bound ?? "-"}"));
        Assert.Equal(expected, actual);
        Assert.All(found, q => Assert.InRange(q.Span.Start, 0, text.Length));
    }

    [Fact]
    public void A_distance_that_locates_a_place_is_marked()
    {
        const string text = "Kozacha Lopan, 5km from the Kharkiv Oblast-Russia border";
        var q = Assert.Single(QuantityParser.Parse(text, 0, text.Length));
        Assert.Equal("distance", q.What);
    }
}

using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace Frontline.Tests;

/// <summary>With the ISW 2022 year and the 2022 maps loaded, the ledger's filters answer within a second in the page.</summary>
[Collection(IswYearCollection.Name)]
public sealed class IswYearPageTests(IswYearFixture ledger, BrowserFixture browser)
{
    [Theory]
    [InlineData("type", "territory.control")]
    [InlineData("side", "RU")]
    [InlineData("verdict", "none")]
    public async Task LedgerFilter_AnswersWithinASecond(string filter, string value)
    {
        Assert.True(ledger.Ingested.Claims > 1000, $"the ISW year gave only {ledger.Ingested.Claims} claims");
        await using var session = await PageSession.OpenAsync(browser.Browser, ledger.BaseAddress, "#source=deepstate&date=2022-11-11");
        var page = session.Page;
        await Assertions.Expect(page.Locator("#claims tbody tr")).ToHaveCountAsync(100, new LocatorAssertionsToHaveCountOptions { Timeout = 10_000 });

        using var api = JsonDocument.Parse(await ledger.Client.GetStringAsync($"/api/claims?{filter}={value}&limit=100"));
        var first = api.RootElement.GetProperty("items")[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        await page.Locator($"#filters select[name={filter}]").SelectOptionAsync(value);
        await Assertions.Expect(page.Locator("#claims tbody tr").First).ToHaveAttributeAsync("data-claim-id", first, new LocatorAssertionsToHaveAttributeOptions { Timeout = 1000 });
        Assert.InRange(clock.ElapsedMilliseconds, 0, 1000);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task InViewFilter_FollowsTheMap()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, ledger.BaseAddress);
        var page = session.Page;
        await page.Locator("#filters input[name=inView]").CheckAsync();
        await Assertions.Expect(page.Locator("#ledger-status")).ToContainTextAsync("claims", new LocatorAssertionsToContainTextOptions { Timeout = 2000 });
        var input = page.Locator("#find-place input[name=q]");
        await input.FillAsync("Kherson");
        await input.PressAsync("Enter");
        var status = page.Locator("#ledger-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-query", new System.Text.RegularExpressions.Regex("bbox=3[0-3]\\.\\d+%2C4[5-7]\\."), new LocatorAssertionsToHaveAttributeOptions { Timeout = 60_000 });
        var query = (await status.GetAttributeAsync("data-query"))!;
        using var api = JsonDocument.Parse(await ledger.Client.GetStringAsync($"/api/claims?{query}&limit=100"));
        var ids = api.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(ids);
        await Assertions.Expect(page.Locator("#claims tbody tr").First).ToHaveAttributeAsync("data-claim-id", ids[0]);
        await Assertions.Expect(page.Locator("#claims tbody tr")).ToHaveCountAsync(ids.Count);
        await session.ScreenshotAsync("isw-year-kherson");
        session.AssertNoErrors();
    }
}

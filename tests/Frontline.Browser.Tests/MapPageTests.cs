using Microsoft.Playwright;

namespace Frontline.Tests;

/// <summary>The map, the timeline and the chart in headless Chromium against the real server and maps.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MapPageTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task Page_LoadsWithoutConsoleErrors_AndShowsTheLatestSnapshot()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, server.BaseAddress);
        Assert.Equal("2022-09-12", await session.Page.Locator("#date-label").TextContentAsync());
        Assert.InRange(await session.StatAsync("held-km2"), 90_000, 130_000);
        Assert.Equal(3, await session.Page.Locator("#source option").CountAsync());
        Assert.True(await session.Page.Locator("#chart rect").CountAsync() >= 5);
        await session.ScreenshotAsync("workbench-1366x768");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Slider_From0901To0912_ShowsTheHeldAreaShrink()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, server.BaseAddress, "#source=deepstate&date=2022-09-01");
        var page = session.Page;
        Assert.Equal("2022-09-01", await page.Locator("#date-label").TextContentAsync());
        var before = await session.StatAsync("held-km2");

        // With the keyboard, as a reader without a mouse would: focus the slider and step to the end.
        await page.Locator("#date-slider").FocusAsync();
        await page.Keyboard.PressAsync("End");
        await Assertions.Expect(page.Locator("#date-label")).ToHaveTextAsync("2022-09-12");
        await Assertions.Expect(page.Locator("#held-km2")).Not.ToHaveAttributeAsync(
            "data-value", before.ToString(System.Globalization.CultureInfo.InvariantCulture), new LocatorAssertionsToHaveAttributeOptions { Timeout = 15_000 });
        var after = await session.StatAsync("held-km2");

        Assert.InRange(before - after, 3_000, 12_000);
        // The core's diff of 2022-09-11 → 2022-09-12 (computed on first request: slow on a busy machine).
        await Assertions.Expect(page.Locator("#gained-stats")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 60_000 });
        Assert.True(await session.StatAsync("ua-gained-km2") > await session.StatAsync("ru-gained-km2"));
        Assert.StartsWith("−", (await page.Locator("#change-km2").TextContentAsync())!.Replace("-", "−", StringComparison.Ordinal));
        await session.ScreenshotAsync("slider-2022-09-12");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Compare_ShowsTheSecondPublishersHeldArea()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, server.BaseAddress, "#source=deepstate&date=2022-09-12");
        await session.Page.Locator("#compare").SelectOptionAsync("isw");
        await session.Page.WaitForSelectorAsync("#compare-stats:not([hidden])");
        Assert.InRange(await session.StatAsync("compare-held-km2"), 80_000, 130_000);
        Assert.Contains("isw", await session.Page.Locator("#compare-name").TextContentAsync(), StringComparison.Ordinal);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task PhoneWidth_HasNoHorizontalScroll()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, server.BaseAddress, "", 390, 844);
        var overflow = await session.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        var wide = await session.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)" +
            ".slice(0, 8).map(e => `${e.tagName}#${e.id}.${e.className}: ${Math.round(e.getBoundingClientRect().right)}px`)");
        Assert.True(overflow <= 1, $"page is {overflow}px wider than a phone screen: {string.Join("; ", wide)}");
        Assert.True(await session.Page.Locator("#map").IsVisibleAsync());
        await session.ScreenshotAsync("workbench-phone");
        session.AssertNoErrors();
    }
}

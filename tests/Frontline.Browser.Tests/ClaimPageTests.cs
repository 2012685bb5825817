using Microsoft.Playwright;

namespace Frontline.Tests;

/// <summary>The ledger, the claim markers and the claim panel in headless Chromium against the real server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClaimPageTests(ServerFixture server, BrowserFixture browser)
{
    [Fact]
    public async Task ClickingAClaimMarker_OpensItsSourceTextAndEvidence()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, server.BaseAddress, "#source=deepstate&date=2022-09-12");
        var page = session.Page;
        await Assertions.Expect(page.Locator(".claim-marker")).ToHaveCountAsync(4);
        await page.Locator("#ledger-status").WaitForAsync();

        // The Balakliya control claim's row, then its marker: both open the same panel.
        await page.Locator("#claims tbody tr", new PageLocatorOptions { HasText = "territory.control" }).ClickAsync();
        var panel = page.Locator("#claim-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("mark.field-place")).ToHaveTextAsync("Balakliya");
        await Assertions.Expect(panel.Locator("#evidence")).ToContainTextAsync("isw-2022-09-09.txt");
        await session.ScreenshotAsync("claim-panel");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(panel).Not.ToBeVisibleAsync();

        await page.Locator(".claim-marker").First.ClickAsync(new LocatorClickOptions { Force = true });
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("#evidence h3")).ToHaveTextAsync("Evidence");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task LedgerFilters_AnswerWithinASecond()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, server.BaseAddress);
        var page = session.Page;
        await page.Locator("#filters select[name=side]").SelectOptionAsync("third-party");
        await Assertions.Expect(page.Locator("#claims tbody tr")).ToHaveCountAsync(3, new LocatorAssertionsToHaveCountOptions { Timeout = 1000 });
        await page.Locator("#filters input[name=q]").FillAsync("Izyum");
        await page.Locator("#filters input[name=q]").PressAsync("Enter");
        // The table shows what the API answers for the same filters.
        using var api = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync("/api/claims?side=third-party&q=Izyum"));
        var expected = api.RootElement.GetProperty("items").GetArrayLength();
        Assert.InRange(expected, 1, 2);
        await Assertions.Expect(page.Locator("#claims tbody tr")).ToHaveCountAsync(expected, new LocatorAssertionsToHaveCountOptions { Timeout = 1000 });
        await Assertions.Expect(page.Locator("#claims tbody tr").First).ToContainTextAsync("Izyum");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task MaliciousDocument_IsShownAsTextAndRunsNothing()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, server.BaseAddress);
        var page = session.Page;
        await page.Locator("#filters input[name=q]").FillAsync("withdrew");
        await page.Locator("#filters input[name=q]").PressAsync("Enter");
        var row = page.Locator("#claims tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        // With the keyboard: focus the row and press Enter.
        await row.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var body = page.Locator("#claim-body");
        await Assertions.Expect(body.Locator(".source-text")).ToContainTextAsync("<script>window.__pwned = 'script'</script>");
        await Assertions.Expect(body.Locator(".source-text")).ToContainTextAsync("javascript:window.__pwned='md'");

        // Hover and click over everything that would be live if it had been parsed as HTML.
        await body.Locator(".source-text").HoverAsync();
        await body.Locator(".source-text").ClickAsync();
        Assert.Equal(0, await body.Locator("script, img, a, iframe, object, [onerror], [onmouseover]").CountAsync());
        Assert.Equal(0, await page.Locator("#claims script, #claims img, #claims a").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Empty(session.Dialogs);
        await session.ScreenshotAsync("malicious-document");
        session.AssertNoErrors();
    }
}

using System.Text.Json;
using Microsoft.Playwright;

namespace Frontline.Tests;

/// <summary>
/// Verdicts in the page, over claims the real extractor found in real reports and the real verifier judged against
/// the real maps: markers coloured by verdict, the verdict filter, and the evidence in the claim panel.
/// </summary>
[Collection(VerifiedLedgerCollection.Name)]
public sealed class VerdictPageTests(VerifiedLedgerFixture ledger, BrowserFixture browser)
{
    /// <summary>The page's colours (map.js VERDICT_COLOURS), as the browser reports them.</summary>
    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        ["supported"] = "rgb(26, 127, 55)",
        ["contradicted"] = "rgb(207, 34, 46)",
        ["not-yet-visible"] = "rgb(154, 103, 0)",
        ["unverifiable"] = "rgb(110, 119, 129)",
    };

    [Fact]
    public void TheLedgerHasSupportedAndOtherVerdicts()
    {
        Assert.Contains(ledger.Verdicts, v => v.Value == "supported");
        Assert.Contains(ledger.Verdicts, v => v.Value != "supported");
    }

    [Fact]
    public async Task Markers_AreColouredByTheirClaimsVerdict()
    {
        using var api = JsonDocument.Parse(await ledger.Client.GetStringAsync("/api/claims?limit=100"));
        var placed = api.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("lon").ValueKind == JsonValueKind.Number)
            .ToDictionary(i => i.GetProperty("id").GetInt64(), i => i.GetProperty("verdict").GetString()!);
        Assert.True(placed.Values.Distinct().Count() >= 2, "the fixture should place claims of at least two verdicts on the map");

        await using var session = await PageSession.OpenAsync(browser.Browser, ledger.BaseAddress, "#source=deepstate&date=2022-09-12");
        var page = session.Page;
        await Assertions.Expect(page.Locator(".claim-marker")).ToHaveCountAsync(placed.Count);
        foreach (var (verdict, count) in placed.Values.GroupBy(v => v).Select(g => (g.Key, g.Count())))
        {
            var markers = page.Locator($".claim-marker.verdict-{verdict}");
            await Assertions.Expect(markers).ToHaveCountAsync(count);
            Assert.Equal(Colours[verdict], await markers.First.EvaluateAsync<string>("m => getComputedStyle(m).fill"));
        }
        session.AssertNoErrors();
    }

    [Fact]
    public async Task VerdictFilter_NarrowsTheLedgerToThatVerdict()
    {
        using var api = JsonDocument.Parse(await ledger.Client.GetStringAsync("/api/claims?verdict=supported&limit=100"));
        var supported = api.RootElement.GetProperty("items").GetArrayLength();
        Assert.InRange(supported, 1, ledger.Verdicts.Count - 1);

        await using var session = await PageSession.OpenAsync(browser.Browser, ledger.BaseAddress);
        var page = session.Page;
        var rows = page.Locator("#claims tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(ledger.Verdicts.Count);
        await page.Locator("#filters select[name=verdict]").SelectOptionAsync("supported");
        await Assertions.Expect(rows).ToHaveCountAsync(supported, new LocatorAssertionsToHaveCountOptions { Timeout = 1000 });
        foreach (var cell in await page.Locator("#claims tbody td.verdict").AllTextContentsAsync())
        {
            Assert.Equal("supported", cell);
        }
        await Assertions.Expect(page.Locator(".claim-marker.verdict-supported")).Not.ToHaveCountAsync(0);
        Assert.Equal(0, await page.Locator(".claim-marker:not(.verdict-supported)").CountAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task ClickingAClaim_ShowsItsVerdictsEvidence()
    {
        // "People are greeting Ukrainian defenders in liberated Balakliya" (2022-09-08): checked on each publisher's maps.
        var claim = ledger.Verdicts.First(v => v.Value == "supported" && v.Check == "settlement" && v.Publishers.Count >= 2);
        await using var session = await PageSession.OpenAsync(browser.Browser, ledger.BaseAddress, "#source=deepstate&date=2022-09-12");
        var page = session.Page;
        var row = page.Locator($"#claims tbody tr[data-claim-id='{claim.ClaimId}']");
        await row.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var evidence = page.Locator("#claim-panel #evidence");
        await Assertions.Expect(evidence.Locator(".verdict-badge")).ToHaveTextAsync("supported");
        await Assertions.Expect(evidence.Locator(".why")).ToHaveTextAsync(claim.Why);
        foreach (var answer in claim.Publishers)
        {
            var li = evidence.Locator($".publishers li[data-source='{answer.Source}']");
            await Assertions.Expect(li).ToContainTextAsync(answer.Why);
            foreach (var snapshot in answer.Snapshots)
            {
                await Assertions.Expect(li).ToContainTextAsync(snapshot);
            }
        }
        await Assertions.Expect(evidence.Locator(".tolerance")).ToContainTextAsync(claim.Tolerance);
        await Assertions.Expect(evidence.Locator(".corroboration")).ToContainTextAsync("independent source");
        await Assertions.Expect(evidence.Locator(".history li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#claim-panel mark.field-place").First).ToBeVisibleAsync();
        await session.ScreenshotAsync("claim-evidence");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task ClaimEvidence_FitsAPhone()
    {
        var claim = ledger.Verdicts.First(v => v.Value == "supported");
        await using var session = await PageSession.OpenAsync(browser.Browser, ledger.BaseAddress, "", width: 390, height: 844);
        var page = session.Page;
        await page.Locator($"#claims tbody tr[data-claim-id='{claim.ClaimId}']").ClickAsync();
        await Assertions.Expect(page.Locator("#claim-panel #evidence .verdict-badge")).ToHaveTextAsync("supported");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#claim-panel').scrollWidth <= document.querySelector('#claim-panel').clientWidth + 1"),
            "the claim panel scrolls sideways at phone width");
        await session.ScreenshotAsync("claim-evidence-phone");
        session.AssertNoErrors();
    }
}

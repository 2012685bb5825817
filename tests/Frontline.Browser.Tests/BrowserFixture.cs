using Microsoft.Playwright;

namespace Frontline.Tests;

/// <summary>Debian's Chromium driven by Playwright, headless; Playwright never downloads a browser here.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Overridable for machines where Chromium lives elsewhere.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("FRONTLINE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}

/// <summary>The server over the real maps and one browser, shared by every page test.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

using Microsoft.Playwright;

namespace Frontline.Tests;

/// <summary>One page of the workbench in its own browser context, recording console errors and page exceptions.</summary>
internal sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Errors.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Dialogs { get; } = [];

    public static async Task<PageSession> OpenAsync(IBrowser browser, Uri server, string fragment = "", int width = 1366, int height = 768)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = server.ToString(),
        });
        // Nothing may leave the machine: any request to another origin fails the test through Errors.
        var session = new PageSession(context, await context.NewPageAsync());
        await context.RouteAsync(url => !url.StartsWith(server.ToString(), StringComparison.Ordinal), async route =>
        {
            session.Errors.Add($"request to another origin: {route.Request.Url}");
            await route.AbortAsync();
        });
        await session.Page.GotoAsync("/" + fragment);
        await session.Page.WaitForSelectorAsync("body[data-ready=true]", new PageWaitForSelectorOptions { Timeout = 30_000 });
        return session;
    }

    /// <summary>The number behind a statistic the page shows (its data-value).</summary>
    public async Task<double> StatAsync(string id) =>
        double.Parse(await Page.Locator($"#{id}").GetAttributeAsync("data-value") ?? "NaN", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Saves a screenshot to docs/screenshots when FRONTLINE_SCREENSHOTS=1, else beside the test output.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("FRONTLINE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), Scale = ScreenshotScale.Css });
    }

    /// <summary>Fails naming every console error, page exception and foreign request seen so far.</summary>
    public void AssertNoErrors() => Assert.True(Errors.Count == 0, string.Join(Environment.NewLine, Errors));

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Frontline.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Frontline.slnx not found above " + AppContext.BaseDirectory);
    }
}

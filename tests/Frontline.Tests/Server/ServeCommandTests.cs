using System.Text.RegularExpressions;
using Frontline.Cli;

namespace Frontline.Tests.Server;

/// <summary><c>frontline serve</c> as a user runs it: it prints where it listens, answers there, and stops when asked.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"frontline-serve-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Serve_ListensOnLoopback_AnswersAndStopsOnCancel()
    {
        var outputText = new StringWriter();
        var errorText = new StringWriter();
        // Synchronized writers lock on themselves: reading under the same lock is safe while the server writes.
        var output = TextWriter.Synchronized(outputText);
        var error = TextWriter.Synchronized(errorText);
        string Read(TextWriter writer, StringWriter text)
        {
            lock (writer)
            {
                return text.ToString();
            }
        }
        using var stop = new CancellationTokenSource();
        var run = FrontlineCommand.RunAsync(
            ["serve", "--db", _db, "--geo", SharedData.Geo, "--urls", "http://127.0.0.1:0"], output, error, stop.Token);

        string? address = null;
        for (var i = 0; i < 300 && address is null && !run.IsCompleted; i++)
        {
            await Task.Delay(100);
            address = Listening().Match(Read(output, outputText)) is { Success: true } m ? m.Groups[1].Value : null;
        }
        Assert.True(address is not null, $"no address printed; output: {Read(output, outputText)} error: {Read(error, errorText)}");
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.Contains("writing off", Read(output, outputText), StringComparison.Ordinal);

        using (var client = new HttpClient { BaseAddress = new Uri(address!) })
        {
            Assert.Equal("[]", await client.GetStringAsync("/api/sources"));
        }
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Serve_OnPostgres_IsRefusedInOneLine()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FrontlineCommand.RunAsync(["serve", "--db", "postgres://user@127.0.0.1:1/frontline"], output, error);
        Assert.Equal(2, code);
        Assert.Contains("SQLite", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Trim().Split('\n'));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }

    [GeneratedRegex(@"Frontline on (http://\S+)")]
    private static partial Regex Listening();
}

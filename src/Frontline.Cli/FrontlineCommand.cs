using System.CommandLine;
using Frontline.Cli.Commands;

namespace Frontline.Cli;

/// <summary>Builds the <c>frontline</c> command tree; tests invoke it with their own writers.</summary>
public static class FrontlineCommand
{
    /// <summary>The ledger: a SQLite path (default <c>./frontline.db</c>, or <c>FRONTLINE_DB</c>) or a PostgreSQL URL.</summary>
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Ledger: a SQLite file path, or postgres://user:pass@host:port/db (default ./frontline.db or $FRONTLINE_DB)",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Frontline: claims, maps of control and verdicts for reporting on the Russia-Ukraine war");
        root.Options.Add(Db);
        root.Options.Add(MapsContext.Geo);
        root.Subcommands.Add(MapsCommands.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(PlacesCommands.Create());
        root.Subcommands.Add(ServeCommands.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ClaimsCommands.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(DbCommands.Create());
        return root;
    }

    /// <summary>Runs the command with the given writers; bad input is one clear line on <paramref name="error"/>, never a stack trace.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parse = Build().Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CliException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException
            or InvalidOperationException or HttpRequestException or IOException or UnauthorizedAccessException or FormatException)
        {
            await error.WriteLineAsync($"frontline: {e.Message}").ConfigureAwait(false);
            return e is CliException ? 2 : 1;
        }
    }
}

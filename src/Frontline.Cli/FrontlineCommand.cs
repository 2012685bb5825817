using System.CommandLine;
using Frontline.Cli.Commands;

namespace Frontline.Cli;

/// <summary>Builds the <c>frontline</c> command tree; tests invoke it with their own writers.</summary>
public static class FrontlineCommand
{
    /// <summary>The ledger: a SQLite path (default <c>./frontline.db</c>, or <c>FRONTLINE_DB</c>).</summary>
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Ledger: a SQLite file path (default ./frontline.db or $FRONTLINE_DB)",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Frontline: claims, maps of control and verdicts for reporting on the Russia-Ukraine war");
        root.Options.Add(Db);
        root.Subcommands.Add(MapsCommands.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ClaimsCommands.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        return root;
    }
}

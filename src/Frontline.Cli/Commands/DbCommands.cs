using System.CommandLine;
using Frontline.Ledger;
using Frontline.Postgres;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline db …</c>: move a ledger between SQLite and PostgreSQL, and see what a ledger holds.</summary>
internal static class DbCommands
{
    public static Command Create()
    {
        var db = new Command("db", "The ledger itself: copy it between SQLite and PostgreSQL, show what it holds");
        db.Subcommands.Add(Copy());
        db.Subcommands.Add(Status());
        return db;
    }

    private static Command Copy()
    {
        var from = new Option<string>("--from") { Description = "Origin ledger: a SQLite path or sqlite://PATH, or postgres://…", Required = true };
        var to = new Option<string>("--to") { Description = "Destination ledger: postgres://user:pass@host:port/db, a connection string, or a SQLite path", Required = true };
        var replace = new Option<bool>("--replace") { Description = "Overwrite maps the destination holds with a different content for the same source and date" };
        var command = new Command("copy", "Copy a whole ledger into another, then check that counts and hashes match") { from, to, replace };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var fromDb = parse.GetRequiredValue(from);
            var toDb = parse.GetRequiredValue(to);
            if (!PostgresUrl.IsPostgres(fromDb) && !File.Exists(LedgerFactory.SqlitePath(fromDb)))
            {
                throw new CliException($"--from: no SQLite ledger at {LedgerFactory.SqlitePath(fromDb)}");
            }
            await using var origin = await LedgerFactory.OpenAsync(fromDb, TimeProvider.System, ct);
            await using var destination = await LedgerFactory.OpenAsync(toDb, TimeProvider.System, ct);
            var result = await LedgerCopy.CopyAsync(origin, destination, parse.GetValue(replace), ct);
            output.WriteLine($"from {origin.Kind} {origin.Display}");
            output.WriteLine($"to   {destination.Kind} {destination.Display}");
            output.WriteLine($"{"source",-20} {"snapshots",9} {"added",6}");
            foreach (var s in result.Sources)
            {
                output.WriteLine($"{s.Source,-20} {s.Snapshots,9} {s.Added,6}");
            }
            output.WriteLine($"documents added: {result.DocumentsAdded}, verdicts added: {result.VerdictsAdded}");
            Write(output, "origin", result.From);
            Write(output, "destination", result.To);
            if (!result.Matches)
            {
                parse.InvocationConfiguration.Error.WriteLine(
                    "frontline: the destination does not hold exactly the origin's ledger (it held other rows before the copy?)");
                return 1;
            }
            output.WriteLine("counts and hashes match");
            return 0;
        });
        return command;
    }

    /// <summary>Counts, then the digest of each part and of the whole, one per line so two runs diff cleanly.</summary>
    private static void Write(TextWriter output, string label, LedgerDigest digest)
    {
        output.WriteLine($"{label}: {digest.Counts}");
        output.WriteLine($"  snapshots {digest.Snapshots}");
        output.WriteLine($"  documents {digest.Documents}");
        output.WriteLine($"  claims    {digest.Claims}");
        output.WriteLine($"  verdicts  {digest.Verdicts}");
        output.WriteLine($"  ledger    {digest.Whole}");
    }

    private static Command Status()
    {
        var command = new Command("status", "Which ledger --db opens, and what it holds");
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var ledger = await LedgerFactory.OpenAsync(parse.GetValue(FrontlineCommand.Db), TimeProvider.System, ct);
            var digest = await LedgerDigest.ComputeAsync(ledger, ct);
            output.WriteLine($"{ledger.Kind} {ledger.Display}");
            foreach (var group in (await ledger.Snapshots.ListAsync(null, ct)).GroupBy(i => i.Source, StringComparer.Ordinal))
            {
                output.WriteLine($"  {group.Key,-20} {group.Count(),5} snapshots  {group.Min(i => i.AsOf):yyyy-MM-dd} .. {group.Max(i => i.AsOf):yyyy-MM-dd}");
            }
            Write(output, "ledger", digest);
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using Frontline.Ledger;
using Frontline.Postgres;

namespace Frontline.Cli;

/// <summary>Opens the ledger named by <c>--db</c>, <c>FRONTLINE_DB</c> or the default: SQLite or PostgreSQL.</summary>
/// <remarks>Every command that reads or writes the ledger opens it here, so <c>--db postgres://…</c> works everywhere.</remarks>
internal static class CliLedger
{
    /// <summary>The ledger as stores, whichever database <c>--db</c> names (see <see cref="LedgerFactory"/>).</summary>
    public static Task<ILedger> OpenAsync(ParseResult parse, CancellationToken cancellationToken) =>
        LedgerFactory.OpenAsync(parse.GetValue(FrontlineCommand.Db), TimeProvider.System, cancellationToken);

    /// <summary>The SQLite ledger itself, for code that has no PostgreSQL implementation yet.</summary>
    public static SqliteLedger Open(ParseResult parse) => SqliteLedger.Open(SqliteLedger.ResolvePath(parse.GetValue(FrontlineCommand.Db)));
}

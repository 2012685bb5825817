using System.CommandLine;
using Frontline.Ledger;

namespace Frontline.Cli;

/// <summary>Opens the ledger named by <c>--db</c>, <c>FRONTLINE_DB</c> or the default.</summary>
internal static class CliLedger
{
    public static SqliteLedger Open(ParseResult parse) => SqliteLedger.Open(SqliteLedger.ResolvePath(parse.GetValue(FrontlineCommand.Db)));
}

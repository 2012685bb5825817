using System.Globalization;

namespace Frontline.Cli;

/// <summary>Parsing of option values the command line shares, with errors that name the option.</summary>
internal static class CliParse
{
    public static DateOnly Date(string value, string option) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new CliException($"{option}: '{value}' is not a date YYYY-MM-DD");
}

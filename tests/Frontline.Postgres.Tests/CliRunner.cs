using System.CommandLine;
using Frontline.Cli;

namespace Frontline.Postgres.Tests;

/// <summary>Runs the <c>frontline</c> command in process with captured writers.</summary>
internal static class CliRunner
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await FrontlineCommand.Build().Parse(args).InvokeAsync(configuration);
        }
        catch (Exception e) when (e is CliException or IOException or InvalidOperationException)
        {
            await error.WriteLineAsync($"frontline: {e.Message}");
            return e is CliException ? 2 : 1;
        }
    }
}

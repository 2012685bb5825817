using System.CommandLine;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline maps …</c>: import areas-of-control maps and measure what changed.</summary>
internal static class MapsCommands
{
    public static Command Create()
    {
        var maps = new Command("maps", "Areas-of-control maps: import, list, diff, series, compare");
        return maps;
    }
}

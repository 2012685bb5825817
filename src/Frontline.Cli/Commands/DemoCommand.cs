using System.CommandLine;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline demo</c>: the whole workflow of the seed article on the data at hand.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var demo = new Command("demo", "Run the whole workflow on the bundled or ../shared data");
        demo.SetAction((parse, ct) =>
        {
            parse.InvocationConfiguration.Output.WriteLine("Frontline demo");
            return Task.FromResult(0);
        });
        return demo;
    }
}

namespace Frontline.Cli;

/// <summary>Finds the project's shared data (<c>../shared/…</c> beside the repository) for the demo.</summary>
/// <remarks>The repository ships no data; a user passes their own folders to every command instead.</remarks>
internal static class SharedFolder
{
    public static string Locate(string relative) =>
        SharedDataFolder.Find(relative)
        ?? throw new CliException($"shared/{relative} not found above {Directory.GetCurrentDirectory()}; pass the folder explicitly");
}

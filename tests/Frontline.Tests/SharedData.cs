namespace Frontline.Tests;

/// <summary>The real data in ../shared beside the repository; tests read it from there, never a copy.</summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    public static string Control(string file) => Path.Combine(Root, "data", "control", file);

    public static string Geo => Path.Combine(Root, "data", "geo");

    public static string Corpus(params string[] parts) => Path.Combine([Root, "corpus", .. parts]);

    private static string Find() =>
        Path.GetDirectoryName(SharedDataFolder.Find("data") ?? throw new DirectoryNotFoundException("../shared not found above " + AppContext.BaseDirectory))!;
}

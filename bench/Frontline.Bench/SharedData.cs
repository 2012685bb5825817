namespace Frontline.Bench;

/// <summary>Finds ../shared beside the repository: benchmarks read the real data from there, never a copy.</summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find() =>
        System.IO.Path.GetDirectoryName(SharedDataFolder.Find("data") ?? throw new DirectoryNotFoundException("../shared not found above " + AppContext.BaseDirectory))!;
}

namespace Frontline.Bench;

/// <summary>Finds ../shared beside the repository: benchmarks read the real data from there, never a copy.</summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("../shared not found above " + AppContext.BaseDirectory);
    }
}

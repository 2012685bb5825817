namespace Frontline;

/// <summary>Finds the project's shared data folder (<c>../shared</c> beside the repository), where the demo, tests and benchmarks read real data.</summary>
/// <remarks>
/// The repository ships no data. The search walks up from the working directory and then from the program's own
/// folder, so it works from the repository root, from a test's bin folder and from an installed tool alike.
/// </remarks>
public static class SharedDataFolder
{
    /// <summary>Every folder named <c>shared/<paramref name="relative"/></c> above the working and program directories, nearest first.</summary>
    public static IEnumerable<string> Candidates(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                yield return Path.Combine(dir.FullName, "shared", relative);
            }
        }
    }

    /// <summary>The nearest existing <c>shared/<paramref name="relative"/></c>, or null.</summary>
    public static string? Find(string relative) => Candidates(relative).FirstOrDefault(Directory.Exists);
}

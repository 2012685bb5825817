namespace Frontline.Documents;

/// <summary>What one input yielded: its documents, or the error that stopped it, naming the file and the place.</summary>
public sealed record DocumentReadResult(string Source, IReadOnlyList<Document> Documents, string? Error)
{
    public bool Ok => Error is null;

    public static DocumentReadResult Fail(string source, string error) => new(source, [], $"{source}: {error}");
}

/// <summary>Limits on hostile input.</summary>
/// <param name="MaxBytes">Files larger than this are refused before they are read.</param>
/// <param name="MaxDocuments">A feed or export with more items than this is refused as a whole.</param>
public sealed record DocumentReadOptions(long MaxBytes = 64L * 1024 * 1024, int MaxDocuments = 200_000)
{
    public static DocumentReadOptions Default { get; } = new();
}

namespace Frontline.Postgres;

/// <summary>A batch held a snapshot whose source and date are stored with a different content, and replace was not asked.</summary>
public sealed class SnapshotConflictException(string source, DateOnly asOf, string storedHash, string newHash)
    : InvalidOperationException(
        $"{source} {asOf:yyyy-MM-dd} is already stored with content {storedHash[..Math.Min(12, storedHash.Length)]}…, " +
        $"not {newHash[..Math.Min(12, newHash.Length)]}…; nothing of this batch was stored (pass --replace to overwrite)")
{
    public string SnapshotSource { get; } = source;

    public DateOnly AsOf { get; } = asOf;
}

namespace Frontline.Maps;

/// <summary>A different map for a source and date that the ledger already holds; nothing of the batch was stored.</summary>
public sealed class SnapshotConflictException(string message) : InvalidOperationException(message);

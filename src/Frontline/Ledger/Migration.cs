namespace Frontline.Ledger;

/// <summary>One versioned schema step. Ids are "module/NNN" and never change once released.</summary>
public sealed record Migration(string Id, string Sql);

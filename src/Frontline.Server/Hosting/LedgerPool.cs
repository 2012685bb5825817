using System.Collections.Concurrent;
using Frontline.Ledger;

namespace Frontline.Server.Hosting;

/// <summary>Open ledger connections reused across requests; one connection serves one request at a time.</summary>
/// <remarks>
/// <see cref="SqliteLedger"/> wraps a single unpooled connection, which is not safe to share between concurrent
/// requests. Opening one per request would pay the PRAGMAs and the migration check every time; WAL lets many
/// readers run side by side, so a small pool of open connections is both safe and fast.
/// </remarks>
internal sealed class LedgerPool(string path) : IDisposable
{
    private const int MaxIdle = 128;
    private readonly ConcurrentBag<SqliteLedger> _idle = [];
    private int _disposed;

    public string Path { get; } = path;

    public Lease Rent() => new(this, _idle.TryTake(out var ledger) ? ledger : OpenForReading(Path));

    /// <summary>Opens a connection tuned for a read-mostly server.</summary>
    /// <remarks>
    /// Memory-mapped reads and a larger page cache halve the CPU of a claims query on a ledger larger than
    /// SQLite's default 2 MB cache (measured on a million claims: 1.0 → 0.4 ms of SQL per query), because pages
    /// no longer go through a read() call and a copy each. Both are per-connection settings; nothing on disk changes.
    /// </remarks>
    private static SqliteLedger OpenForReading(string path)
    {
        var ledger = SqliteLedger.Open(path);
        using var tune = ledger.Command("PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -32768;");
        tune.ExecuteNonQuery();
        return ledger;
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _disposed, 1);
        while (_idle.TryTake(out var ledger))
        {
            ledger.Dispose();
        }
    }

    private void Return(SqliteLedger ledger)
    {
        // Keep every connection a burst opened: opening one runs the migration check, whose CREATE TABLE IF NOT EXISTS
        // takes the write lock, so churning connections under load serialises requests behind each other.
        if (Volatile.Read(ref _disposed) == 1 || _idle.Count >= MaxIdle)
        {
            ledger.Dispose();
            return;
        }
        _idle.Add(ledger);
    }

    /// <summary>A connection on loan for one request; disposing it gives it back.</summary>
    public readonly struct Lease(LedgerPool pool, SqliteLedger ledger) : IDisposable
    {
        public SqliteLedger Ledger { get; } = ledger;

        public void Dispose() => pool.Return(Ledger);
    }
}

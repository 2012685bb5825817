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
    private readonly ConcurrentBag<SqliteLedger> _idle = [];
    private int _disposed;

    public string Path { get; } = path;

    public Lease Rent() => new(this, _idle.TryTake(out var ledger) ? ledger : SqliteLedger.Open(Path));

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
        if (Volatile.Read(ref _disposed) == 1 || _idle.Count >= 16)
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

using Frontline.Ledger;

namespace Frontline.Server.Hosting;

/// <summary>One request's ledger, rented from the pool on first use and given back at the end.</summary>
internal sealed class LedgerScope(LedgerPool pool) : IDisposable
{
    private LedgerPool.Lease? _lease;

    public ILedger Ledger => (_lease ??= pool.Rent()).Ledger;

    public void Dispose() => _lease?.Dispose();
}

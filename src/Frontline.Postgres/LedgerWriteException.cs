namespace Frontline.Postgres;

/// <summary>The connection to PostgreSQL failed while a batch was being written; the batch is all or nothing.</summary>
public sealed class LedgerWriteException(string display, Exception inner)
    : IOException(
        $"{display}: the connection to PostgreSQL failed during the import ({inner.Message}). " +
        "Its transaction was rolled back, so nothing of this batch was stored (had the failure come at the very commit, " +
        "all of it was); importing again is safe.", inner);

using System.Text.Json;
using Frontline.Documents;
using Frontline.Geometry;
using Frontline.Ledger;
using Frontline.Verification;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Frontline.Postgres;

/// <summary><see cref="ILedgerRows"/> on PostgreSQL: pages read with a handful of queries, batches written with binary COPY.</summary>
/// <remarks>
/// A write batch is one transaction that first locks the document table against other writers (readers go on), so
/// the check for documents already stored stays true until the COPY commits; an ingest running at the same time waits.
/// Claim ids are drawn from the table's own sequence before the COPY, so place rows can name them.
/// </remarks>
public sealed class PostgresLedgerRows(PostgresLedger ledger) : ILedgerRows
{
    private const string Order = "(near_duplicate_of IS NOT NULL), hash COLLATE \"C\"";

    public async Task<IReadOnlyList<DocumentRecord>> ReadDocumentsAsync(DocumentCursor? after, int maxClaims, CancellationToken cancellationToken)
    {
        var hashes = new List<string>();
        await using (var page = ledger.DataSource.CreateCommand(
            "SELECT hash, (SELECT count(*) FROM claim c WHERE c.document = d.hash)::int FROM document d " +
            (after is null ? "" : $"WHERE ({Order}) > ($1, $2 COLLATE \"C\") ") + $"ORDER BY {Order} LIMIT 1000"))
        {
            if (after is { } a)
            {
                page.Parameters.AddWithValue(a.Linked);
                page.Parameters.AddWithValue(a.Hash);
            }
            await using var r = await page.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var total = 0;
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false) && (hashes.Count == 0 || total + r.GetInt32(1) <= maxClaims))
            {
                hashes.Add(r.GetString(0));
                total += r.GetInt32(1);
            }
        }
        if (hashes.Count == 0)
        {
            return [];
        }
        var sources = await ReadSourcesAsync(hashes, cancellationToken).ConfigureAwait(false);
        var claims = await ReadClaimsAsync(hashes, cancellationToken).ConfigureAwait(false);
        var documents = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        await using (var cmd = ledger.DataSource.CreateCommand(
            "SELECT hash, name, text, source, url, publisher, published, published_at, genre, title, format, encoding, language, minhash, " +
            "near_duplicate_of, similarity, ingested_at FROM document WHERE hash = ANY($1)"))
        {
            cmd.Parameters.AddWithValue(hashes.ToArray());
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var hash = r.GetString(0);
                var document = new Document(
                    hash, r.GetString(1), r.GetString(2), new DocumentProvenance(r.GetString(3), Str(r, 4), Str(r, 5)),
                    r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6), r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7),
                    r.GetString(8), Str(r, 9), r.GetString(10), r.GetString(11), r.GetString(12));
                documents[hash] = new DocumentRecord(document, r.GetFieldValue<byte[]>(13), Str(r, 14), r.IsDBNull(15) ? null : r.GetDouble(15),
                    r.GetFieldValue<DateTimeOffset>(16), sources.GetValueOrDefault(hash) ?? [], claims.GetValueOrDefault(hash) ?? []);
            }
        }
        return hashes.Select(h => documents[h]).ToList();
    }

    public async Task<int> WriteDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await ledger.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, tx, "LOCK TABLE document IN SHARE ROW EXCLUSIVE MODE", cancellationToken).ConfigureAwait(false);
            var stored = new HashSet<string>(StringComparer.Ordinal);
            await using (var find = new NpgsqlCommand("SELECT hash FROM document WHERE hash = ANY($1)", connection, tx))
            {
                find.Parameters.AddWithValue(documents.Select(d => d.Document.Hash).ToArray());
                await using var r = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    stored.Add(r.GetString(0));
                }
            }
            var fresh = documents.Where(d => stored.Add(d.Document.Hash)).ToList();
            if (fresh.Count > 0)
            {
                await CopyDocumentsAsync(connection, fresh, cancellationToken).ConfigureAwait(false);
                await CopyClaimsAsync(connection, tx, fresh, cancellationToken).ConfigureAwait(false);
            }
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return fresh.Count;
        }
        catch (NpgsqlException e) when (e is not PostgresException || e.IsTransient)
        {
            throw new LedgerWriteException(ledger.Display, e);
        }
    }

    public async Task<IReadOnlyList<VerdictRecord>> ReadVerdictsAsync(VerdictCursor? after, int limit, CancellationToken cancellationToken)
    {
        var rows = new List<(long Row, ClaimKey Claim, DateTimeOffset At, Verdict Verdict)>();
        await using (var page = ledger.DataSource.CreateCommand(
            "SELECT v.id, c.document, c.ordinal, v.computed_at, v.body FROM verdict v JOIN claim c ON c.id = v.claim_id " +
            (after is null ? "WHERE $1::text IS NULL " : "WHERE (c.document COLLATE \"C\", c.ordinal, v.id) > ($1 COLLATE \"C\", $2, $3) ") +
            "ORDER BY c.document COLLATE \"C\", c.ordinal, v.id LIMIT $4"))
        {
            page.Parameters.Add(new NpgsqlParameter { Value = (object?)after?.Claim.Document ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            page.Parameters.AddWithValue(after?.Claim.Ordinal ?? 0);
            page.Parameters.AddWithValue(after?.Row ?? 0L);
            page.Parameters.AddWithValue(limit);
            await using var r = await page.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((r.GetInt64(0), new ClaimKey(r.GetString(1), r.GetInt32(2)), r.GetFieldValue<DateTimeOffset>(3),
                    JsonSerializer.Deserialize<Verdict>(r.GetString(4), VerdictJson.Options)!));
            }
        }
        var keys = new Dictionary<long, ClaimKey>();
        var wanted = rows.SelectMany(v => v.Verdict.Corroboration.ClaimIds).Distinct().ToArray();
        if (wanted.Length > 0)
        {
            await using var cmd = ledger.DataSource.CreateCommand("SELECT id, document, ordinal FROM claim WHERE id = ANY($1)");
            cmd.Parameters.AddWithValue(wanted);
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                keys[r.GetInt64(0)] = new ClaimKey(r.GetString(1), r.GetInt32(2));
            }
        }
        ClaimKey KeyOf(long id) => keys.TryGetValue(id, out var k) ? k
            : throw new InvalidDataException($"{ledger.Display}: a verdict names claim {id}, which the ledger does not hold");
        return rows.Select(v => new VerdictRecord(v.Row, v.Claim, v.At, v.Verdict, v.Verdict.Corroboration.ClaimIds.Select(KeyOf).ToList())).ToList();
    }

    public async Task<int> WriteVerdictsAsync(IReadOnlyList<VerdictRecord> verdicts, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await ledger.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // The lock verify's writes take too (PostgresVerdictStore), so the existence check below holds until commit.
            await ExecuteAsync(connection, tx, "LOCK TABLE verdict IN SHARE ROW EXCLUSIVE MODE", cancellationToken).ConfigureAwait(false);
            var all = verdicts.SelectMany(v => v.Corroborating.Prepend(v.Claim)).Distinct().ToList();
            var ids = new Dictionary<ClaimKey, long>();
            await using (var find = new NpgsqlCommand(
                "SELECT c.id, c.document, c.ordinal FROM claim c JOIN unnest($1::text[], $2::int[]) AS k(document, ordinal) " +
                "ON c.document = k.document AND c.ordinal = k.ordinal", connection, tx))
            {
                find.Parameters.AddWithValue(all.Select(k => k.Document).ToArray());
                find.Parameters.AddWithValue(all.Select(k => k.Ordinal).ToArray());
                await using var r = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids[new ClaimKey(r.GetString(1), r.GetInt32(2))] = r.GetInt64(0);
                }
            }
            long IdOf(ClaimKey k) => ids.TryGetValue(k, out var id) ? id
                : throw new InvalidOperationException($"{ledger.Display} holds no claim {k}: copy the documents first");
            var renamed = verdicts.Select(v => (v.At, Verdict: VerdictJson.WithIds(v.Verdict, IdOf(v.Claim), v.Corroborating.Select(IdOf).ToList()))).ToList();
            var existing = new HashSet<(long, DateTimeOffset, string)>();
            await using (var find = new NpgsqlCommand(
                "SELECT claim_id, computed_at, inputs_hash FROM verdict WHERE claim_id = ANY($1)", connection, tx))
            {
                find.Parameters.AddWithValue(renamed.Select(v => v.Verdict.ClaimId).Distinct().ToArray());
                await using var r = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    existing.Add((r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2)));
                }
            }
            var fresh = renamed.Where(v => existing.Add((v.Verdict.ClaimId, Microseconds(v.At), v.Verdict.InputsHash))).ToList();
            if (fresh.Count > 0)
            {
                await using var writer = await connection.BeginBinaryImportAsync(
                    "COPY verdict (claim_id, computed_at, value, inputs_hash, body) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
                foreach (var (at, v) in fresh)
                {
                    await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await writer.WriteAsync(v.ClaimId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await writer.WriteAsync(at.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                    await writer.WriteAsync(v.Value, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await writer.WriteAsync(v.InputsHash, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await writer.WriteAsync(JsonSerializer.Serialize(v, VerdictJson.Options), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                }
                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return fresh.Count;
        }
        catch (NpgsqlException e) when (e is not PostgresException || e.IsTransient)
        {
            throw new LedgerWriteException(ledger.Display, e);
        }
    }

    /// <summary>PostgreSQL keeps times to the microsecond: what a stored time compares equal to.</summary>
    internal static DateTimeOffset Microseconds(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % 10, TimeSpan.Zero);

    private static async Task CopyDocumentsAsync(NpgsqlConnection connection, IReadOnlyList<DocumentRecord> fresh, CancellationToken ct)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY document (hash, name, source, url, publisher, published, published_at, genre, title, format, encoding, language, text, minhash, " +
            "near_duplicate_of, similarity, ingested_at) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            foreach (var record in fresh)
            {
                var d = record.Document;
                await writer.StartRowAsync(ct).ConfigureAwait(false);
                await Text(writer, d.Hash, ct).ConfigureAwait(false);
                await Text(writer, d.Name, ct).ConfigureAwait(false);
                await Text(writer, d.Provenance.Source, ct).ConfigureAwait(false);
                await Text(writer, d.Provenance.Url, ct).ConfigureAwait(false);
                await Text(writer, d.Provenance.Publisher, ct).ConfigureAwait(false);
                await Value(writer, d.Published, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await Value(writer, d.PublishedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                await Text(writer, d.Genre, ct).ConfigureAwait(false);
                await Text(writer, d.Title, ct).ConfigureAwait(false);
                await Text(writer, d.Format, ct).ConfigureAwait(false);
                await Text(writer, d.Encoding, ct).ConfigureAwait(false);
                await Text(writer, d.Language, ct).ConfigureAwait(false);
                await Text(writer, d.Text, ct).ConfigureAwait(false);
                await writer.WriteAsync(record.MinHash, NpgsqlDbType.Bytea, ct).ConfigureAwait(false);
                await Text(writer, record.NearDuplicateOf, ct).ConfigureAwait(false);
                await Value(writer, record.Similarity, NpgsqlDbType.Double, ct).ConfigureAwait(false);
                await writer.WriteAsync(record.IngestedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
            }
            await writer.CompleteAsync(ct).ConfigureAwait(false);
        }
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY document_source (hash, name, source, url, publisher, seen_at) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            foreach (var record in fresh)
            {
                foreach (var s in record.Sources)
                {
                    await writer.StartRowAsync(ct).ConfigureAwait(false);
                    await Text(writer, record.Document.Hash, ct).ConfigureAwait(false);
                    await Text(writer, s.Name, ct).ConfigureAwait(false);
                    await Text(writer, s.Source, ct).ConfigureAwait(false);
                    await Text(writer, s.Url, ct).ConfigureAwait(false);
                    await Text(writer, s.Publisher, ct).ConfigureAwait(false);
                    await writer.WriteAsync(s.SeenAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                }
            }
            await writer.CompleteAsync(ct).ConfigureAwait(false);
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY document_band (band, key, hash) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            foreach (var record in fresh)
            {
                var keys = MinHash.BandKeys(MinHash.FromBytes(record.MinHash));
                for (var i = 0; i < keys.Count; i++)
                {
                    await writer.StartRowAsync(ct).ConfigureAwait(false);
                    await writer.WriteAsync(i, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await writer.WriteAsync(keys[i], NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await Text(writer, record.Document.Hash, ct).ConfigureAwait(false);
                }
            }
            await writer.CompleteAsync(ct).ConfigureAwait(false);
        }
    }

    private static async Task CopyClaimsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyList<DocumentRecord> fresh, CancellationToken ct)
    {
        var count = fresh.Sum(d => d.Claims.Count);
        if (count == 0)
        {
            return;
        }
        var ids = new List<long>(count);
        await using (var next = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('claim', 'id')) FROM generate_series(1, $1)", connection, tx))
        {
            next.Parameters.AddWithValue(count);
            await using var r = await next.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                ids.Add(r.GetInt64(0));
            }
        }
        var claims = fresh.SelectMany(d => d.Claims.Select(c => (d.Document.Hash, c))).Zip(ids, (x, id) => (x.Hash, x.c, Id: id)).ToList();
        // COPY writes identity columns as given (it does not enforce GENERATED ALWAYS), so the ids drawn above are kept.
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY claim (id, document, ordinal, quote_start, quote_end, quote, speaker, speaker_role, side, channel, type, actor, date_from, date_to, " +
            "date_precision, modality, extractor, body) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            foreach (var (hash, c, id) in claims)
            {
                var columns = ClaimColumns.Of(c.Claim);
                await writer.StartRowAsync(ct).ConfigureAwait(false);
                await writer.WriteAsync(id, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                await Text(writer, hash, ct).ConfigureAwait(false);
                await writer.WriteAsync(c.Ordinal, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                await writer.WriteAsync(columns.QuoteStart, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                await writer.WriteAsync(columns.QuoteEnd, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                await Text(writer, columns.Quote, ct).ConfigureAwait(false);
                await Text(writer, columns.Speaker, ct).ConfigureAwait(false);
                await Text(writer, columns.Role, ct).ConfigureAwait(false);
                await Text(writer, columns.Side, ct).ConfigureAwait(false);
                await Text(writer, columns.Channel, ct).ConfigureAwait(false);
                await Text(writer, columns.Type, ct).ConfigureAwait(false);
                await Text(writer, columns.Actor, ct).ConfigureAwait(false);
                await Value(writer, columns.From, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await Value(writer, columns.To, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await Text(writer, columns.Precision, ct).ConfigureAwait(false);
                await Text(writer, columns.Modality, ct).ConfigureAwait(false);
                await Text(writer, c.Extractor, ct).ConfigureAwait(false);
                await Text(writer, c.Body, ct).ConfigureAwait(false);
            }
            await writer.CompleteAsync(ct).ConfigureAwait(false);
        }
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY claim_place (claim, name, kind, oblast, gazetteer_id, geom, span_start, span_end) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            foreach (var (_, c, id) in claims)
            {
                foreach (var m in c.Claim.Places)
                {
                    await writer.StartRowAsync(ct).ConfigureAwait(false);
                    await writer.WriteAsync(id, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await Text(writer, m.Name, ct).ConfigureAwait(false);
                    await Text(writer, m.Kind, ct).ConfigureAwait(false);
                    await Text(writer, m.Oblast, ct).ConfigureAwait(false);
                    await Value(writer, m.GazetteerId, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    if (m.Lon is { } lon && m.Lat is { } lat)
                    {
                        await writer.WriteAsync<NetTopologySuite.Geometries.Geometry>(Geo.Factory.CreatePoint(new Coordinate(lon, lat)), NpgsqlDbType.Geometry, ct).ConfigureAwait(false);
                    }
                    else
                    {
                        await writer.WriteNullAsync(ct).ConfigureAwait(false);
                    }
                    await writer.WriteAsync(m.Span.Start, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await writer.WriteAsync(m.Span.End, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                }
            }
            await writer.CompleteAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task<Dictionary<string, List<SourceRecord>>> ReadSourcesAsync(List<string> hashes, CancellationToken ct)
    {
        var map = new Dictionary<string, List<SourceRecord>>(StringComparer.Ordinal);
        await using var cmd = ledger.DataSource.CreateCommand(
            "SELECT hash, name, source, url, publisher, seen_at FROM document_source WHERE hash = ANY($1) ORDER BY hash, source COLLATE \"C\", name COLLATE \"C\"");
        cmd.Parameters.AddWithValue(hashes.ToArray());
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            var row = new SourceRecord(r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4), r.GetFieldValue<DateTimeOffset>(5));
            (map.TryGetValue(r.GetString(0), out var list) ? list : map[r.GetString(0)] = []).Add(row);
        }
        return map;
    }

    private async Task<Dictionary<string, List<ClaimRecord>>> ReadClaimsAsync(List<string> hashes, CancellationToken ct)
    {
        var places = new Dictionary<long, List<PlaceRow>>();
        await using (var cmd = ledger.DataSource.CreateCommand(
            "SELECT p.claim, p.name, p.kind, p.oblast, p.gazetteer_id, ST_X(p.geom), ST_Y(p.geom), p.span_start, p.span_end " +
            "FROM claim_place p JOIN claim c ON c.id = p.claim WHERE c.document = ANY($1) ORDER BY p.claim, p.ctid"))
        {
            cmd.Parameters.AddWithValue(hashes.ToArray());
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                var row = new PlaceRow(r.GetString(1), r.GetString(2), Str(r, 3), r.IsDBNull(4) ? null : r.GetInt64(4),
                    r.IsDBNull(5) ? null : r.GetDouble(5), r.IsDBNull(6) ? null : r.GetDouble(6), r.GetInt32(7), r.GetInt32(8));
                (places.TryGetValue(r.GetInt64(0), out var list) ? list : places[r.GetInt64(0)] = []).Add(row);
            }
        }
        var map = new Dictionary<string, List<ClaimRecord>>(StringComparer.Ordinal);
        await using var claims = ledger.DataSource.CreateCommand(
            "SELECT document, id, ordinal, extractor, body FROM claim WHERE document = ANY($1) ORDER BY document, ordinal");
        claims.Parameters.AddWithValue(hashes.ToArray());
        await using var c = await claims.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await c.ReadAsync(ct).ConfigureAwait(false))
        {
            var body = c.GetString(4);
            var record = new ClaimRecord(c.GetInt64(1), c.GetInt32(2), c.GetString(3), body, ClaimColumns.Parse(body), places.GetValueOrDefault(c.GetInt64(1)) ?? []);
            (map.TryGetValue(c.GetString(0), out var list) ? list : map[c.GetString(0)] = []).Add(record);
        }
        return map;
    }

    private static Task Text(NpgsqlBinaryImporter writer, string? value, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, NpgsqlDbType.Text, ct);

    private static Task Value<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? writer.WriteAsync(v, type, ct) : writer.WriteNullAsync(ct);

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static string? Str(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}

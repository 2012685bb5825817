using System.Text.Json;
using Frontline.Documents;
using Frontline.Text;
using Npgsql;
using NpgsqlTypes;

namespace Frontline.Postgres;

/// <summary><see cref="IDocumentStore"/> on PostgreSQL: the same tables as SQLite's, places as PostGIS points.</summary>
/// <remarks>
/// A batch is one transaction. A document is inserted with <c>ON CONFLICT (hash) DO NOTHING</c>, so two writers
/// ingesting the same item at once store it (and its claims) once; the loser records it as a duplicate. Date
/// filters use a GiST index on the claim's date range; the oblast filter the places' oblast column.
/// </remarks>
public sealed class PostgresDocumentStore(PostgresLedger ledger, TimeProvider clock) : IDocumentStore
{
    private const string ClaimColumns = "c.id, c.document, d.name, d.published, c.body";
    private static readonly int Epoch = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public async Task<IReadOnlyList<AddOutcome>> AddAsync(IReadOnlyList<ExtractedDocument> batch, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var outcomes = new List<AddOutcome>(batch.Count);
        try
        {
            await using var connection = await ledger.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var item in batch)
            {
                outcomes.Add(await AddOneAsync(connection, tx, item, now, cancellationToken).ConfigureAwait(false));
            }
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e) when (e is not PostgresException || e.IsTransient)
        {
            throw new LedgerWriteException(ledger.Display, e);
        }
        return outcomes;
    }

    public async Task<Document?> GetDocumentAsync(string hash, CancellationToken cancellationToken)
    {
        await using var cmd = ledger.DataSource.CreateCommand(
            "SELECT hash, name, text, source, url, publisher, published, published_at, genre, title, format, encoding, language " +
            "FROM document WHERE hash = $1 OR (length($1) >= 8 AND starts_with(hash, $1)) OR name = $1 LIMIT 2");
        cmd.Parameters.AddWithValue(hash);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        Document? found = null;
        var count = 0;
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            count++;
            found = new Document(
                r.GetString(0), r.GetString(1), r.GetString(2),
                new DocumentProvenance(r.GetString(3), Str(r, 4), Str(r, 5)),
                r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6),
                r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7),
                r.GetString(8), Str(r, 9), r.GetString(10), r.GetString(11), r.GetString(12));
        }
        return count == 1 ? found : null;
    }

    public async Task<IReadOnlyList<StoredClaim>> QueryClaimsAsync(ClaimQuery query, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        await using var cmd = ledger.DataSource.CreateCommand();
        string Arg(object value)
        {
            cmd.Parameters.AddWithValue(value);
            return "$" + cmd.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (query.Type is not null)
        {
            where.Add($"c.type = {Arg(query.Type)}");
        }
        if (query.Side is not null)
        {
            where.Add($"c.side = {Arg(query.Side)}");
        }
        if (query.Oblast is not null)
        {
            where.Add($"EXISTS (SELECT 1 FROM claim_place p WHERE p.claim = c.id AND lower(p.oblast) = lower({Arg(query.Oblast)}))");
        }
        if (query.From is not null || query.To is not null)
        {
            // Undated claims never match a date filter; a dated one when its [from, to] overlaps the filter's.
            var from = query.From is { } f ? $"{Arg(f)}::date" : "NULL::date";
            var to = query.To is { } t ? $"{Arg(t)}::date" : "NULL::date";
            where.Add($"c.date_from IS NOT NULL AND c.date_to IS NOT NULL AND daterange(c.date_from, c.date_to, '[]') && daterange({from}, {to}, '[]')");
        }
        if (query.Bbox is { } box && (query.From is not null || query.To is not null))
        {
            // Box and dates together: the n-D index of migration claims-search/001 (lon, lat, days since 2000-01-01);
            // a claim matches when one of its places' segments meets the box, which is the date test above, per place.
            const double far = 1e6; // days: an open end of the date filter
            var fromDay = query.From is { } f ? f.DayNumber - Epoch : -far;
            var toDay = query.To is { } t ? t.DayNumber - Epoch : far;
            // The query box as a segment between two opposite corners: its n-D bounding box is the box.
            where.Add($"c.id IN (SELECT p.claim FROM claim_place p WHERE p.where_when &&& ST_SetSRID(ST_MakeLine(" +
                $"ST_MakePoint({Arg(box.MinLon)}, {Arg(box.MinLat)}, {Arg(fromDay)}), ST_MakePoint({Arg(box.MaxLon)}, {Arg(box.MaxLat)}, {Arg(toDay)})), 4326))");
        }
        else if (query.Bbox is { } box2)
        {
            // && is the GiST-indexed bounding-box test; for points it is containment, edges included.
            where.Add($"EXISTS (SELECT 1 FROM claim_place p WHERE p.claim = c.id AND p.geom && " +
                $"ST_MakeEnvelope({Arg(box2.MinLon)}, {Arg(box2.MinLat)}, {Arg(box2.MaxLon)}, {Arg(box2.MaxLat)}, 4326))");
        }
        if (!string.IsNullOrEmpty(query.Text))
        {
            var text = Arg("%" + query.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
            where.Add($"c.quote ILIKE {text}");
        }
        if (query.Document is not null)
        {
            var doc = Arg(query.Document);
            where.Add($"(d.hash = {doc} OR d.name = {doc})");
        }
        if (query.Verdict == ClaimQuery.NoVerdict)
        {
            where.Add("NOT EXISTS (SELECT 1 FROM verdict v WHERE v.claim_id = c.id)");
        }
        else if (query.Verdict is not null)
        {
            where.Add($"(SELECT v.value FROM verdict v WHERE v.claim_id = c.id ORDER BY v.id DESC LIMIT 1) = {Arg(query.Verdict)}");
        }
        cmd.CommandText =
            $"SELECT {ClaimColumns} FROM claim c JOIN document d ON d.hash = c.document" +
            (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") +
            $" ORDER BY d.published NULLS FIRST, d.name COLLATE \"C\", c.ordinal LIMIT {Arg(query.Limit)} OFFSET {Arg(query.Offset)}";
        return await ReadClaimsAsync(cmd, cancellationToken).ConfigureAwait(false);
    }

    /// <remarks>Reads the page's claims whole, then their latest verdicts in one query (the server's list path on PostgreSQL).</remarks>
    public async Task<IReadOnlyList<ClaimListItem>> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken)
    {
        var claims = await QueryClaimsAsync(query, cancellationToken).ConfigureAwait(false);
        var verdicts = new Dictionary<long, string>();
        if (claims.Count > 0)
        {
            await using var cmd = ledger.DataSource.CreateCommand(
                "SELECT DISTINCT ON (claim_id) claim_id, value FROM verdict WHERE claim_id = ANY($1) ORDER BY claim_id, id DESC");
            cmd.Parameters.AddWithValue(claims.Select(c => c.Id).ToArray());
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                verdicts[r.GetInt64(0)] = r.GetString(1);
            }
        }
        return claims.Select(c => ClaimListItem.From(c, verdicts.GetValueOrDefault(c.Id))).ToList();
    }

    public async Task<StoredClaim?> GetClaimAsync(long id, CancellationToken cancellationToken)
    {
        await using var cmd = ledger.DataSource.CreateCommand(
            $"SELECT {ClaimColumns} FROM claim c JOIN document d ON d.hash = c.document WHERE c.id = $1");
        cmd.Parameters.AddWithValue(id);
        return (await ReadClaimsAsync(cmd, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    private static async Task<AddOutcome> AddOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, ExtractedDocument item, DateTimeOffset now, CancellationToken ct)
    {
        var d = item.Document;
        var signature = MinHash.Signature(TextNormaliser.Normalise(d.Text));
        var bands = MinHash.BandKeys(signature);
        var (nearOf, similarity) = await NearestDuplicateAsync(connection, tx, signature, bands, ct).ConfigureAwait(false);
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO document (hash, name, source, url, publisher, published, published_at, genre, title, format, encoding, " +
            "language, text, minhash, near_duplicate_of, similarity, ingested_at) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) ON CONFLICT (hash) DO NOTHING RETURNING 1",
            connection, tx))
        {
            var p = insert.Parameters;
            p.AddWithValue(d.Hash);
            p.AddWithValue(d.Name);
            p.AddWithValue(d.Provenance.Source);
            p.Add(Nullable(d.Provenance.Url, NpgsqlDbType.Text));
            p.Add(Nullable(d.Provenance.Publisher, NpgsqlDbType.Text));
            p.Add(Nullable(d.Published, NpgsqlDbType.Date));
            p.Add(Nullable(d.PublishedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz));
            p.AddWithValue(d.Genre);
            p.Add(Nullable(d.Title, NpgsqlDbType.Text));
            p.AddWithValue(d.Format);
            p.AddWithValue(d.Encoding);
            p.AddWithValue(d.Language);
            p.AddWithValue(d.Text);
            p.AddWithValue(MinHash.ToBytes(signature));
            p.Add(Nullable(nearOf, NpgsqlDbType.Text));
            p.Add(Nullable(nearOf is null ? null : similarity, NpgsqlDbType.Double));
            p.AddWithValue(now);
            if (await insert.ExecuteScalarAsync(ct).ConfigureAwait(false) is null)
            {
                await AddSourceAsync(connection, tx, d, now, ct).ConfigureAwait(false);
                return new AddOutcome(d.Hash, d.Name, AddStatus.Duplicate, d.Hash, 1.0, 0);
            }
        }
        await AddSourceAsync(connection, tx, d, now, ct).ConfigureAwait(false);
        await using (var band = new NpgsqlCommand(
            "INSERT INTO document_band (band, key, hash) SELECT b - 1, k, $2 FROM unnest($1::bigint[]) WITH ORDINALITY AS u(k, b) ON CONFLICT DO NOTHING",
            connection, tx))
        {
            band.Parameters.AddWithValue(bands.ToArray());
            band.Parameters.AddWithValue(d.Hash);
            await band.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await InsertClaimsAsync(connection, tx, item, ct).ConfigureAwait(false);
        return new AddOutcome(d.Hash, d.Name, nearOf is null ? AddStatus.Added : AddStatus.NearDuplicate, nearOf,
            nearOf is null ? null : similarity, item.Claims.Count);
    }

    private static async Task<(string? Hash, double Similarity)> NearestDuplicateAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, ulong[] signature, IReadOnlyList<long> bands, CancellationToken ct)
    {
        await using var find = new NpgsqlCommand(
            "SELECT d.hash, d.minhash, coalesce(d.near_duplicate_of, d.hash) FROM document d WHERE d.hash IN (" +
            "SELECT x.hash FROM unnest($1::bigint[]) WITH ORDINALITY AS u(k, b) JOIN document_band x ON x.band = u.b - 1 AND x.key = u.k) " +
            "ORDER BY d.hash COLLATE \"C\"",
            connection, tx);
        find.Parameters.AddWithValue(bands.ToArray());
        await using var r = await find.ExecuteReaderAsync(ct).ConfigureAwait(false);
        string? best = null;
        var bestSimilarity = 0.0;
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            var similarity = MinHash.Similarity(MinHash.FromBytes(r.GetFieldValue<byte[]>(1)), signature);
            if (similarity >= MinHash.NearDuplicateThreshold && similarity > bestSimilarity)
            {
                // Link to the first of a family, so a chain of small edits stays one family (as on SQLite).
                (best, bestSimilarity) = (r.GetString(2), similarity);
            }
        }
        return (best, bestSimilarity);
    }

    private static async Task AddSourceAsync(NpgsqlConnection connection, NpgsqlTransaction tx, Document d, DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "INSERT INTO document_source (hash, name, source, url, publisher, seen_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            connection, tx);
        cmd.Parameters.AddWithValue(d.Hash);
        cmd.Parameters.AddWithValue(d.Name);
        cmd.Parameters.AddWithValue(d.Provenance.Source);
        cmd.Parameters.Add(Nullable(d.Provenance.Url, NpgsqlDbType.Text));
        cmd.Parameters.Add(Nullable(d.Provenance.Publisher, NpgsqlDbType.Text));
        cmd.Parameters.AddWithValue(now);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task InsertClaimsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, ExtractedDocument item, CancellationToken ct)
    {
        for (var i = 0; i < item.Claims.Count; i++)
        {
            var c = item.Claims[i];
            long id;
            await using (var claim = new NpgsqlCommand(
                "INSERT INTO claim (document, ordinal, quote_start, quote_end, quote, speaker, speaker_role, side, channel, type, actor, " +
                "date_from, date_to, date_precision, modality, extractor, body) " +
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id", connection, tx))
            {
                var p = claim.Parameters;
                p.AddWithValue(item.Document.Hash);
                p.AddWithValue(i);
                p.AddWithValue(c.Quote.Start);
                p.AddWithValue(c.Quote.End);
                p.AddWithValue(c.QuoteText);
                p.Add(Nullable(c.Attribution.Speaker, NpgsqlDbType.Text));
                p.Add(Nullable(c.Attribution.Role, NpgsqlDbType.Text));
                p.AddWithValue(c.Attribution.Side);
                p.Add(Nullable(c.Attribution.Channel, NpgsqlDbType.Text));
                p.AddWithValue(c.Type);
                p.AddWithValue(c.Actor);
                p.Add(Nullable(c.Date.From, NpgsqlDbType.Date));
                p.Add(Nullable(c.Date.To, NpgsqlDbType.Date));
                p.AddWithValue(c.Date.Precision);
                p.AddWithValue(c.Modality);
                p.AddWithValue(item.Extractor);
                p.AddWithValue(JsonSerializer.Serialize(c, Json));
                id = (long)(await claim.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
            }
            foreach (var m in c.Places)
            {
                await using var place = new NpgsqlCommand(
                    "INSERT INTO claim_place (claim, name, kind, oblast, gazetteer_id, geom, span_start, span_end) " +
                    "VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::float8 IS NULL OR $7::float8 IS NULL THEN NULL " +
                    "ELSE ST_SetSRID(ST_MakePoint($6, $7), 4326) END, $8, $9)", connection, tx);
                var p = place.Parameters;
                p.AddWithValue(id);
                p.AddWithValue(m.Name);
                p.AddWithValue(m.Kind);
                p.Add(Nullable(m.Oblast, NpgsqlDbType.Text));
                p.Add(Nullable(m.GazetteerId, NpgsqlDbType.Bigint));
                p.Add(Nullable(m.Lon, NpgsqlDbType.Double));
                p.Add(Nullable(m.Lat, NpgsqlDbType.Double));
                p.AddWithValue(m.Span.Start);
                p.AddWithValue(m.Span.End);
                await place.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }
    }

    private static async Task<IReadOnlyList<StoredClaim>> ReadClaimsAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        var list = new List<StoredClaim>();
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            list.Add(new StoredClaim(
                r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3),
                JsonSerializer.Deserialize<Claim>(r.GetString(4), Json)!));
        }
        return list;
    }

    private static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    private static string? Str(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}

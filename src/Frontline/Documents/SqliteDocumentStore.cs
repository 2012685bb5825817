using System.Globalization;
using System.Text.Json;
using Frontline.Ledger;
using Frontline.Text;
using Microsoft.Data.Sqlite;

namespace Frontline.Documents;

/// <summary><see cref="IDocumentStore"/> on the embedded SQLite ledger (tables of migrations documents/001 and claims/001).</summary>
public sealed class SqliteDocumentStore(SqliteLedger ledger, TimeProvider clock) : IDocumentStore
{
    private const int MaxPrepared = 64;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<AddOutcome>> AddAsync(IReadOnlyList<ExtractedDocument> batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var outcomes = new List<AddOutcome>(batch.Count);
        using var tx = ledger.BeginTransaction();
        foreach (var item in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes.Add(AddOne(item, now, tx));
        }
        tx.Commit();
        return Task.FromResult<IReadOnlyList<AddOutcome>>(outcomes);
    }

    public Task<Document?> GetDocumentAsync(string hash, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cmd = ledger.Command(
            "SELECT hash, name, text, source, url, publisher, published, published_at, genre, title, format, encoding, language " +
            "FROM document WHERE hash = $h OR (length($h) >= 8 AND hash LIKE $h || '%') OR name = $h LIMIT 2");
        cmd.Parameters.AddWithValue("$h", hash);
        using var r = cmd.ExecuteReader();
        Document? found = null;
        var count = 0;
        while (r.Read())
        {
            count++;
            found = new Document(
                r.GetString(0), r.GetString(1), r.GetString(2),
                new DocumentProvenance(r.GetString(3), Str(r, 4), Str(r, 5)),
                Str(r, 6) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Str(r, 7) is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null,
                r.GetString(8), Str(r, 9), r.GetString(10), r.GetString(11), r.GetString(12));
        }
        return Task.FromResult(count == 1 ? found : null);
    }

    public Task<IReadOnlyList<StoredClaim>> QueryClaimsAsync(ClaimQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var args = new SqliteCommand();
        var cmd = Prepared(
            "SELECT c.id, c.document, d.name, d.published, c.body FROM claim c JOIN document d ON d.hash = c.document" +
            Filter(query, args) + " ORDER BY d.published, d.name, c.ordinal LIMIT $limit OFFSET $offset", args);
        return Task.FromResult<IReadOnlyList<StoredClaim>>(ReadClaims(cmd));
    }

    public Task<IReadOnlyList<ClaimListItem>> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var args = new SqliteCommand();
        // The page is cut first, reading the columns of the rows the filter already visits; then only the page's rows
        // join their places and latest verdict. No claim's JSON body is parsed (measured on a million claims: the
        // bodies cost as much CPU as the whole query), and nothing is looked up for rows outside the page.
        var cmd = Prepared(
            "SELECT page.*, p.name, p.oblast, p.lon, p.lat, " +
            "(SELECT v.value FROM verdict v WHERE v.claim_id = page.id ORDER BY v.id DESC LIMIT 1) " +
            "FROM (SELECT c.id, c.document, d.name, d.published, c.date_from, c.date_to, c.date_precision, c.type, c.side, c.actor, " +
            "c.speaker, c.modality, c.quote, c.ordinal FROM claim c JOIN document d ON d.hash = c.document" + Filter(query, args) +
            " ORDER BY d.published, d.name, c.ordinal LIMIT $limit OFFSET $offset) page " +
            "LEFT JOIN claim_place p ON p.claim = page.id " +
            "ORDER BY page.published, page.name, page.ordinal, p.rowid", args);
        var list = new List<ClaimListItem>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            // One row per place of a claim, in stored order: the claim's marker is its first geocoded place, else its first place.
            var id = r.GetInt64(0);
            var geocoded = !r.IsDBNull(16) && !r.IsDBNull(17);
            if (list.Count > 0 && list[^1].Id == id)
            {
                if (geocoded && list[^1].Lon is null)
                {
                    list[^1] = list[^1] with { Place = r.GetString(14), Oblast = Str(r, 15), Lon = r.GetDouble(16), Lat = r.GetDouble(17) };
                }
                continue;
            }
            var date = new ClaimDate(r.GetString(6), Day(r, 4), Day(r, 5), null).Value;
            list.Add(new ClaimListItem(
                id, r.GetString(1), r.GetString(2), Day(r, 3), date, r.GetString(7), r.GetString(8), r.GetString(9),
                Str(r, 10), r.GetString(11), r.GetString(12), Str(r, 14), Str(r, 15),
                geocoded ? r.GetDouble(16) : null, geocoded ? r.GetDouble(17) : null, Str(r, 18)));
        }
        return Task.FromResult<IReadOnlyList<ClaimListItem>>(list);
    }

    /// <summary>This connection's command for <paramref name="sql"/>, prepared once and kept, with the arguments of <paramref name="args"/>.</summary>
    /// <remarks>
    /// A command keeps its compiled statement while its text stays the same; compiling the claims query anew on every
    /// call was a fifth of the server's CPU per request (perf, on a million claims). Queries differ only by which
    /// filters are set, so the texts are few; the cache is bounded anyway. A store serves one caller at a time, as its
    /// connection does.
    /// </remarks>
    private SqliteCommand Prepared(string sql, SqliteCommand args)
    {
        if (!_prepared.TryGetValue(sql, out var cmd))
        {
            if (_prepared.Count >= MaxPrepared)
            {
                foreach (var old in _prepared.Values)
                {
                    old.Dispose();
                }
                _prepared.Clear();
            }
            cmd = ledger.Command(sql);
            _prepared[sql] = cmd;
        }
        cmd.Parameters.Clear();
        foreach (SqliteParameter p in args.Parameters)
        {
            cmd.Parameters.AddWithValue(p.ParameterName, p.Value);
        }
        return cmd;
    }

    /// <summary>The WHERE clause of a claim query over <c>claim c JOIN document d</c>, with its parameters (and $limit, $offset) added to <paramref name="cmd"/>.</summary>
    private static string Filter(ClaimQuery query, SqliteCommand cmd)
    {
        var where = new List<string>();
        if (query.Type is not null)
        {
            where.Add("c.type = $type");
            cmd.Parameters.AddWithValue("$type", query.Type);
        }
        if (query.Side is not null)
        {
            where.Add("c.side = $side");
            cmd.Parameters.AddWithValue("$side", query.Side);
        }
        if (query.Oblast is not null)
        {
            where.Add("EXISTS (SELECT 1 FROM claim_place p WHERE p.claim = c.id AND p.oblast = $oblast COLLATE NOCASE)");
            cmd.Parameters.AddWithValue("$oblast", query.Oblast);
        }
        if (query.From is { } from)
        {
            where.Add("c.date_to >= $from");
            cmd.Parameters.AddWithValue("$from", Iso(from));
        }
        if (query.To is { } to)
        {
            where.Add("c.date_from <= $to");
            cmd.Parameters.AddWithValue("$to", Iso(to));
        }
        if (query.Document is not null)
        {
            where.Add("(d.hash = $doc OR d.name = $doc)");
            cmd.Parameters.AddWithValue("$doc", query.Document);
        }
        if (query.Bbox is { } box)
        {
            // The R*Tree (migration claims-search/001) narrows to claims whose places' box meets the query box and
            // whose dates meet the range; the EXISTS keeps only claims with a place truly inside (the tree stores
            // float32 bounds and one box per claim).
            where.Add("c.id IN (SELECT r.id FROM claim_rtree r WHERE r.min_lon <= $maxLon AND r.max_lon >= $minLon AND r.min_lat <= $maxLat AND r.max_lat >= $minLat" +
                (query.From is not null ? " AND r.max_day >= julianday($from) - 2451545" : "") +
                (query.To is not null ? " AND r.min_day <= julianday($to) - 2451545" : "") + ")");
            where.Add("EXISTS (SELECT 1 FROM claim_place p WHERE p.claim = c.id AND p.lon BETWEEN $minLon AND $maxLon AND p.lat BETWEEN $minLat AND $maxLat)");
            cmd.Parameters.AddWithValue("$minLon", box.MinLon);
            cmd.Parameters.AddWithValue("$minLat", box.MinLat);
            cmd.Parameters.AddWithValue("$maxLon", box.MaxLon);
            cmd.Parameters.AddWithValue("$maxLat", box.MaxLat);
        }
        if (!string.IsNullOrEmpty(query.Text))
        {
            where.Add("c.quote LIKE $text ESCAPE '\\'");
            cmd.Parameters.AddWithValue("$text", "%" + query.Text.Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
        }
        if (query.Verdict == ClaimQuery.NoVerdict)
        {
            where.Add("NOT EXISTS (SELECT 1 FROM verdict v WHERE v.claim_id = c.id)");
        }
        else if (query.Verdict is not null)
        {
            where.Add("(SELECT v.value FROM verdict v WHERE v.claim_id = c.id ORDER BY v.id DESC LIMIT 1) = $verdict");
            cmd.Parameters.AddWithValue("$verdict", query.Verdict);
        }
        cmd.Parameters.AddWithValue("$limit", query.Limit);
        cmd.Parameters.AddWithValue("$offset", query.Offset);
        return where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "";
    }

    public Task<StoredClaim?> GetClaimAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cmd = ledger.Command(
            "SELECT c.id, c.document, d.name, d.published, c.body FROM claim c JOIN document d ON d.hash = c.document WHERE c.id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return Task.FromResult(ReadClaims(cmd).FirstOrDefault());
    }

    private AddOutcome AddOne(ExtractedDocument item, string now, SqliteTransaction tx)
    {
        var d = item.Document;
        using (var exists = ledger.Command("SELECT 1 FROM document WHERE hash = $h", tx))
        {
            exists.Parameters.AddWithValue("$h", d.Hash);
            if (exists.ExecuteScalar() is not null)
            {
                AddSource(d, now, tx);
                return new AddOutcome(d.Hash, d.Name, AddStatus.Duplicate, d.Hash, 1.0, 0);
            }
        }
        var signature = MinHash.Signature(TextNormaliser.Normalise(d.Text));
        var bands = MinHash.BandKeys(signature);
        var (nearOf, similarity) = NearestDuplicate(signature, bands, tx);
        using (var insert = ledger.Command(
            "INSERT INTO document (hash, name, source, url, publisher, published, published_at, genre, title, format, encoding, language, text, minhash, near_duplicate_of, similarity, ingested_at) " +
            "VALUES ($hash, $name, $source, $url, $publisher, $published, $published_at, $genre, $title, $format, $encoding, $language, $text, $minhash, $near, $similarity, $now)", tx))
        {
            var p = insert.Parameters;
            p.AddWithValue("$hash", d.Hash);
            p.AddWithValue("$name", d.Name);
            p.AddWithValue("$source", d.Provenance.Source);
            p.AddWithValue("$url", (object?)d.Provenance.Url ?? DBNull.Value);
            p.AddWithValue("$publisher", (object?)d.Provenance.Publisher ?? DBNull.Value);
            p.AddWithValue("$published", d.Published is { } pub ? Iso(pub) : DBNull.Value);
            p.AddWithValue("$published_at", d.PublishedAt is { } at ? at.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value);
            p.AddWithValue("$genre", d.Genre);
            p.AddWithValue("$title", (object?)d.Title ?? DBNull.Value);
            p.AddWithValue("$format", d.Format);
            p.AddWithValue("$encoding", d.Encoding);
            p.AddWithValue("$language", d.Language);
            p.AddWithValue("$text", d.Text);
            p.AddWithValue("$minhash", MinHash.ToBytes(signature));
            p.AddWithValue("$near", (object?)nearOf ?? DBNull.Value);
            p.AddWithValue("$similarity", nearOf is null ? DBNull.Value : similarity);
            p.AddWithValue("$now", now);
            insert.ExecuteNonQuery();
        }
        AddSource(d, now, tx);
        using (var band = ledger.Command("INSERT OR IGNORE INTO document_band (band, key, hash) VALUES ($b, $k, $h)", tx))
        {
            var pb = band.Parameters.Add("$b", SqliteType.Integer);
            var pk = band.Parameters.Add("$k", SqliteType.Integer);
            band.Parameters.AddWithValue("$h", d.Hash);
            for (var i = 0; i < bands.Count; i++)
            {
                pb.Value = i;
                pk.Value = bands[i];
                band.ExecuteNonQuery();
            }
        }
        InsertClaims(item, tx);
        return new AddOutcome(d.Hash, d.Name, nearOf is null ? AddStatus.Added : AddStatus.NearDuplicate, nearOf, nearOf is null ? null : similarity, item.Claims.Count);
    }

    private (string? Hash, double Similarity) NearestDuplicate(ulong[] signature, IReadOnlyList<long> bands, SqliteTransaction tx)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        using (var find = ledger.Command("SELECT hash FROM document_band WHERE band = $b AND key = $k", tx))
        {
            var pb = find.Parameters.Add("$b", SqliteType.Integer);
            var pk = find.Parameters.Add("$k", SqliteType.Integer);
            for (var i = 0; i < bands.Count; i++)
            {
                pb.Value = i;
                pk.Value = bands[i];
                using var r = find.ExecuteReader();
                while (r.Read())
                {
                    candidates.Add(r.GetString(0));
                }
            }
        }
        string? best = null;
        var bestSimilarity = 0.0;
        foreach (var hash in candidates.Order(StringComparer.Ordinal))
        {
            using var get = ledger.Command("SELECT minhash, coalesce(near_duplicate_of, hash) FROM document WHERE hash = $h", tx);
            get.Parameters.AddWithValue("$h", hash);
            using var r = get.ExecuteReader();
            if (r.Read())
            {
                var similarity = MinHash.Similarity(MinHash.FromBytes((byte[])r[0]), signature);
                if (similarity >= MinHash.NearDuplicateThreshold && similarity > bestSimilarity)
                {
                    // Link to the first of a family, so a chain of small edits stays one family.
                    (best, bestSimilarity) = (r.GetString(1), similarity);
                }
            }
        }
        return (best, bestSimilarity);
    }

    private void AddSource(Document d, string now, SqliteTransaction tx)
    {
        using var cmd = ledger.Command(
            "INSERT OR IGNORE INTO document_source (hash, name, source, url, publisher, seen_at) VALUES ($h, $n, $s, $u, $p, $t)", tx);
        cmd.Parameters.AddWithValue("$h", d.Hash);
        cmd.Parameters.AddWithValue("$n", d.Name);
        cmd.Parameters.AddWithValue("$s", d.Provenance.Source);
        cmd.Parameters.AddWithValue("$u", (object?)d.Provenance.Url ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$p", (object?)d.Provenance.Publisher ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$t", now);
        cmd.ExecuteNonQuery();
    }

    private void InsertClaims(ExtractedDocument item, SqliteTransaction tx)
    {
        using var claim = ledger.Command(
            "INSERT INTO claim (document, ordinal, quote_start, quote_end, quote, speaker, speaker_role, side, channel, type, actor, date_from, date_to, date_precision, modality, extractor, body) " +
            "VALUES ($doc, $ord, $qs, $qe, $quote, $speaker, $role, $side, $channel, $type, $actor, $from, $to, $precision, $modality, $extractor, $body) RETURNING id", tx);
        using var place = ledger.Command(
            "INSERT INTO claim_place (claim, name, kind, oblast, gazetteer_id, lon, lat, span_start, span_end) VALUES ($c, $n, $k, $o, $g, $lon, $lat, $s, $e)", tx);
        // Parameters are made once and rebound per row: a report has a hundred claims and twice as many places.
        var cp = Params(claim, "$doc", "$ord", "$qs", "$qe", "$quote", "$speaker", "$role", "$side", "$channel", "$type", "$actor", "$from", "$to", "$precision", "$modality", "$extractor", "$body");
        var pp = Params(place, "$c", "$n", "$k", "$o", "$g", "$lon", "$lat", "$s", "$e");
        cp[0].Value = item.Document.Hash;
        cp[15].Value = item.Extractor;
        for (var i = 0; i < item.Claims.Count; i++)
        {
            var c = item.Claims[i];
            cp[1].Value = i;
            cp[2].Value = c.Quote.Start;
            cp[3].Value = c.Quote.End;
            cp[4].Value = c.QuoteText;
            cp[5].Value = (object?)c.Attribution.Speaker ?? DBNull.Value;
            cp[6].Value = (object?)c.Attribution.Role ?? DBNull.Value;
            cp[7].Value = c.Attribution.Side;
            cp[8].Value = (object?)c.Attribution.Channel ?? DBNull.Value;
            cp[9].Value = c.Type;
            cp[10].Value = c.Actor;
            cp[11].Value = c.Date.From is { } f ? Iso(f) : DBNull.Value;
            cp[12].Value = c.Date.To is { } t ? Iso(t) : DBNull.Value;
            cp[13].Value = c.Date.Precision;
            cp[14].Value = c.Modality;
            cp[16].Value = JsonSerializer.Serialize(c, Json);
            var id = (long)claim.ExecuteScalar()!;
            foreach (var m in c.Places)
            {
                pp[0].Value = id;
                pp[1].Value = m.Name;
                pp[2].Value = m.Kind;
                pp[3].Value = (object?)m.Oblast ?? DBNull.Value;
                pp[4].Value = (object?)m.GazetteerId ?? DBNull.Value;
                pp[5].Value = (object?)m.Lon ?? DBNull.Value;
                pp[6].Value = (object?)m.Lat ?? DBNull.Value;
                pp[7].Value = m.Span.Start;
                pp[8].Value = m.Span.End;
                place.ExecuteNonQuery();
            }
        }
    }

    private static SqliteParameter[] Params(SqliteCommand command, params string[] names) =>
        names.Select(n => command.Parameters.Add(new SqliteParameter(n, DBNull.Value))).ToArray();

    private static List<StoredClaim> ReadClaims(SqliteCommand cmd)
    {
        var list = new List<StoredClaim>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new StoredClaim(
                r.GetInt64(0), r.GetString(1), r.GetString(2),
                Str(r, 3) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                JsonSerializer.Deserialize<Claim>(r.GetString(4), Json)!));
        }
        return list;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Day(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.Json;
using Frontline.Documents;
using Frontline.Text;
using Frontline.Verification;
using Microsoft.Data.Sqlite;

namespace Frontline.Ledger;

/// <summary><see cref="ILedgerRows"/> on the embedded ledger: one transaction per batch, prepared statements reused for every row.</summary>
public sealed class SqliteLedgerRows(SqliteLedger ledger) : ILedgerRows
{
    private const string Order = "(near_duplicate_of IS NOT NULL), hash";

    public Task<IReadOnlyList<DocumentRecord>> ReadDocumentsAsync(DocumentCursor? after, int maxClaims, CancellationToken cancellationToken)
    {
        var heads = new List<(string Hash, int Claims)>();
        using (var page = ledger.Command(
            "SELECT hash, (SELECT count(*) FROM claim c WHERE c.document = d.hash) FROM document d " +
            (after is null ? "" : $"WHERE ({Order}) > ($linked, $hash) ") + $"ORDER BY {Order} LIMIT 1000"))
        {
            if (after is { } a)
            {
                page.Parameters.AddWithValue("$linked", a.Linked ? 1 : 0);
                page.Parameters.AddWithValue("$hash", a.Hash);
            }
            using var r = page.ExecuteReader();
            var total = 0;
            while (r.Read() && (heads.Count == 0 || total + r.GetInt32(1) <= maxClaims))
            {
                heads.Add((r.GetString(0), r.GetInt32(1)));
                total += r.GetInt32(1);
            }
        }
        var list = new List<DocumentRecord>(heads.Count);
        foreach (var (hash, _) in heads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            list.Add(ReadDocument(hash));
        }
        return Task.FromResult<IReadOnlyList<DocumentRecord>>(list);
    }

    public Task<int> WriteDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken)
    {
        // A bulk writer's page cache: 128 MB (PostgreSQL's default shared_buffers) instead of SQLite's 2 MB, which a
        // ledger's indexes outgrow after some 100,000 claims, from when on every insert rereads pages. For this connection.
        using (var cache = ledger.Command("PRAGMA cache_size = -131072"))
        {
            cache.ExecuteNonQuery();
        }
        using var tx = ledger.BeginTransaction();
        using var exists = ledger.Command("SELECT 1 FROM document WHERE hash = $h", tx);
        var existsHash = exists.Parameters.Add("$h", SqliteType.Text);
        using var document = Prepared(tx,
            "INSERT INTO document (hash, name, source, url, publisher, published, published_at, genre, title, format, encoding, language, text, minhash, near_duplicate_of, similarity, ingested_at) " +
            "VALUES ($hash, $name, $source, $url, $publisher, $published, $published_at, $genre, $title, $format, $encoding, $language, $text, $minhash, $near, $similarity, $ingested)");
        using var source = Prepared(tx, "INSERT OR IGNORE INTO document_source (hash, name, source, url, publisher, seen_at) VALUES ($hash, $name, $source, $url, $publisher, $seen)");
        using var band = Prepared(tx, "INSERT OR IGNORE INTO document_band (band, key, hash) VALUES ($band, $key, $hash)");
        using var claim = Prepared(tx,
            "INSERT INTO claim (document, ordinal, quote_start, quote_end, quote, speaker, speaker_role, side, channel, type, actor, date_from, date_to, date_precision, modality, extractor, body) " +
            "VALUES ($doc, $ord, $qs, $qe, $quote, $speaker, $role, $side, $channel, $type, $actor, $from, $to, $precision, $modality, $extractor, $body) RETURNING id");
        using var place = Prepared(tx, "INSERT INTO claim_place (claim, name, kind, oblast, gazetteer_id, lon, lat, span_start, span_end) VALUES ($claim, $name, $kind, $oblast, $gid, $lon, $lat, $s, $e)");
        var added = 0;
        foreach (var record in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var d = record.Document;
            existsHash.Value = d.Hash;
            if (exists.ExecuteScalar() is not null)
            {
                continue;
            }
            Run(document, ("$hash", d.Hash), ("$name", d.Name), ("$source", d.Provenance.Source), ("$url", d.Provenance.Url), ("$publisher", d.Provenance.Publisher),
                ("$published", d.Published is { } p ? Iso(p) : null), ("$published_at", d.PublishedAt?.ToString("O", CultureInfo.InvariantCulture)),
                ("$genre", d.Genre), ("$title", d.Title), ("$format", d.Format), ("$encoding", d.Encoding), ("$language", d.Language), ("$text", d.Text),
                ("$minhash", record.MinHash), ("$near", record.NearDuplicateOf), ("$similarity", record.Similarity), ("$ingested", Time(record.IngestedAt)));
            foreach (var s in record.Sources)
            {
                Run(source, ("$hash", d.Hash), ("$name", s.Name), ("$source", s.Source), ("$url", s.Url), ("$publisher", s.Publisher), ("$seen", Time(s.SeenAt)));
            }
            var keys = MinHash.BandKeys(MinHash.FromBytes(record.MinHash));
            for (var i = 0; i < keys.Count; i++)
            {
                Run(band, ("$band", i), ("$key", keys[i]), ("$hash", d.Hash));
            }
            foreach (var c in record.Claims)
            {
                var columns = ClaimColumns.Of(c.Claim);
                SetAll(claim, ("$doc", d.Hash), ("$ord", c.Ordinal), ("$qs", columns.QuoteStart), ("$qe", columns.QuoteEnd), ("$quote", columns.Quote),
                    ("$speaker", columns.Speaker), ("$role", columns.Role), ("$side", columns.Side), ("$channel", columns.Channel), ("$type", columns.Type),
                    ("$actor", columns.Actor), ("$from", columns.From is { } f ? Iso(f) : null), ("$to", columns.To is { } t ? Iso(t) : null),
                    ("$precision", columns.Precision), ("$modality", columns.Modality), ("$extractor", c.Extractor), ("$body", c.Body));
                var id = (long)claim.ExecuteScalar()!;
                foreach (var m in c.Claim.Places)
                {
                    Run(place, ("$claim", id), ("$name", m.Name), ("$kind", m.Kind), ("$oblast", m.Oblast), ("$gid", m.GazetteerId), ("$lon", m.Lon), ("$lat", m.Lat),
                        ("$s", m.Span.Start), ("$e", m.Span.End));
                }
            }
            added++;
        }
        tx.Commit();
        return Task.FromResult(added);
    }

    public Task<IReadOnlyList<VerdictRecord>> ReadVerdictsAsync(VerdictCursor? after, int limit, CancellationToken cancellationToken)
    {
        using var page = ledger.Command(
            "SELECT v.id, c.document, c.ordinal, v.computed_at, v.body FROM verdict v JOIN claim c ON c.id = v.claim_id " +
            (after is null ? "" : "WHERE (c.document, c.ordinal, v.id) > ($doc, $ord, $row) ") +
            "ORDER BY c.document, c.ordinal, v.id LIMIT $limit");
        if (after is { } a)
        {
            page.Parameters.AddWithValue("$doc", a.Claim.Document);
            page.Parameters.AddWithValue("$ord", a.Claim.Ordinal);
            page.Parameters.AddWithValue("$row", a.Row);
        }
        page.Parameters.AddWithValue("$limit", limit);
        var rows = new List<(long Row, ClaimKey Claim, DateTimeOffset At, Verdict Verdict)>();
        using (var r = page.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add((r.GetInt64(0), new ClaimKey(r.GetString(1), r.GetInt32(2)), ParseTime(r.GetString(3)),
                    JsonSerializer.Deserialize<Verdict>(r.GetString(4), VerdictJson.Options)!));
            }
        }
        using var key = ledger.Command("SELECT document, ordinal FROM claim WHERE id = $id");
        var keyId = key.Parameters.Add("$id", SqliteType.Integer);
        var keys = new Dictionary<long, ClaimKey>();
        ClaimKey KeyOf(long id)
        {
            if (!keys.TryGetValue(id, out var k))
            {
                keyId.Value = id;
                using var r = key.ExecuteReader();
                keys[id] = k = r.Read() ? new ClaimKey(r.GetString(0), r.GetInt32(1))
                    : throw new InvalidDataException($"{ledger.Path}: a verdict names claim {id}, which the ledger does not hold");
            }
            return k;
        }
        return Task.FromResult<IReadOnlyList<VerdictRecord>>(
            rows.Select(v => new VerdictRecord(v.Row, v.Claim, v.At, v.Verdict, v.Verdict.Corroboration.ClaimIds.Select(KeyOf).ToList())).ToList());
    }

    public Task<int> WriteVerdictsAsync(IReadOnlyList<VerdictRecord> verdicts, CancellationToken cancellationToken)
    {
        using var tx = ledger.BeginTransaction();
        using var id = ledger.Command("SELECT id FROM claim WHERE document = $doc AND ordinal = $ord", tx);
        var idDoc = id.Parameters.Add("$doc", SqliteType.Text);
        var idOrd = id.Parameters.Add("$ord", SqliteType.Integer);
        long IdOf(ClaimKey k)
        {
            idDoc.Value = k.Document;
            idOrd.Value = k.Ordinal;
            return id.ExecuteScalar() is long found ? found : throw new InvalidOperationException($"{ledger.Path} holds no claim {k}: copy the documents first");
        }
        using var exists = Prepared(tx, "SELECT 1 FROM verdict WHERE claim_id = $claim AND computed_at = $at AND inputs_hash = $hash");
        using var insert = Prepared(tx, "INSERT INTO verdict (claim_id, computed_at, value, inputs_hash, body) VALUES ($claim, $at, $value, $hash, $body)");
        var added = 0;
        foreach (var record in verdicts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var verdict = VerdictJson.WithIds(record.Verdict, IdOf(record.Claim), record.Corroborating.Select(IdOf).ToList());
            var at = Time(record.At);
            SetAll(exists, ("$claim", verdict.ClaimId), ("$at", at), ("$hash", verdict.InputsHash));
            if (exists.ExecuteScalar() is not null)
            {
                continue;
            }
            Run(insert, ("$claim", verdict.ClaimId), ("$at", at), ("$value", verdict.Value), ("$hash", verdict.InputsHash),
                ("$body", JsonSerializer.Serialize(verdict, VerdictJson.Options)));
            added++;
        }
        tx.Commit();
        return Task.FromResult(added);
    }

    private DocumentRecord ReadDocument(string hash)
    {
        using var cmd = ledger.Command(
            "SELECT hash, name, text, source, url, publisher, published, published_at, genre, title, format, encoding, language, minhash, near_duplicate_of, similarity, ingested_at " +
            "FROM document WHERE hash = $h");
        cmd.Parameters.AddWithValue("$h", hash);
        using var r = cmd.ExecuteReader();
        r.Read();
        var document = new Document(
            r.GetString(0), r.GetString(1), r.GetString(2), new DocumentProvenance(r.GetString(3), Str(r, 4), Str(r, 5)),
            Str(r, 6) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Str(r, 7) is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null,
            r.GetString(8), Str(r, 9), r.GetString(10), r.GetString(11), r.GetString(12));
        return new DocumentRecord(document, (byte[])r[13], Str(r, 14), r.IsDBNull(15) ? null : r.GetDouble(15), ParseTime(r.GetString(16)),
            ReadSources(hash), ReadClaims(hash));
    }

    private List<SourceRecord> ReadSources(string hash)
    {
        using var cmd = ledger.Command("SELECT name, source, url, publisher, seen_at FROM document_source WHERE hash = $h ORDER BY source, name");
        cmd.Parameters.AddWithValue("$h", hash);
        using var r = cmd.ExecuteReader();
        var list = new List<SourceRecord>();
        while (r.Read())
        {
            list.Add(new SourceRecord(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), ParseTime(r.GetString(4))));
        }
        return list;
    }

    private List<ClaimRecord> ReadClaims(string hash)
    {
        var places = new Dictionary<long, List<PlaceRow>>();
        using (var cmd = ledger.Command(
            "SELECT p.claim, p.name, p.kind, p.oblast, p.gazetteer_id, p.lon, p.lat, p.span_start, p.span_end FROM claim_place p JOIN claim c ON c.id = p.claim " +
            "WHERE c.document = $h ORDER BY p.claim, p.rowid"))
        {
            cmd.Parameters.AddWithValue("$h", hash);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var row = new PlaceRow(r.GetString(1), r.GetString(2), Str(r, 3), r.IsDBNull(4) ? null : r.GetInt64(4),
                    r.IsDBNull(5) ? null : r.GetDouble(5), r.IsDBNull(6) ? null : r.GetDouble(6), r.GetInt32(7), r.GetInt32(8));
                (places.TryGetValue(r.GetInt64(0), out var list) ? list : places[r.GetInt64(0)] = []).Add(row);
            }
        }
        using var claims = ledger.Command("SELECT id, ordinal, extractor, body FROM claim WHERE document = $h ORDER BY ordinal");
        claims.Parameters.AddWithValue("$h", hash);
        using var c = claims.ExecuteReader();
        var result = new List<ClaimRecord>();
        while (c.Read())
        {
            var body = c.GetString(3);
            result.Add(new ClaimRecord(c.GetInt64(0), c.GetInt32(1), c.GetString(2), body, ClaimColumns.Parse(body),
                places.GetValueOrDefault(c.GetInt64(0)) ?? []));
        }
        return result;
    }

    private SqliteCommand Prepared(SqliteTransaction tx, string sql) => ledger.Command(sql, tx);

    private static void SetAll(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        if (command.Parameters.Count == 0)
        {
            foreach (var (name, _) in values)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
        }
    }

    private static void Run(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        SetAll(command, values);
        command.ExecuteNonQuery();
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset t) => t.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}

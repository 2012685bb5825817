using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Places;
using Frontline.Text;

namespace Frontline.Bench;

/// <summary>Ingest and claim extraction over the 325 ISW reports of ../shared/corpus/isw-2022 (6.4 MB), one core.</summary>
/// <remarks>
/// The peer is <see cref="Read_Isw2022"/>: decoding, header parsing and hashing only. MB/s = 6.4 MB / mean time.
/// Each operation processes the whole corpus, so the monitoring strategy runs it a few times rather than millions.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ClaimsBenchmarks
{
    private byte[][] _files = [];
    private string[] _names = [];
    private IPlaceLinker _places = null!;
    private string _dir = "";

    [GlobalSetup]
    public void Setup()
    {
        var paths = Directory.GetFiles(SharedData.Path("corpus", "isw-2022"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        _files = paths.Select(File.ReadAllBytes).ToArray();
        _names = paths.Select(Path.GetFileName).ToArray()!;
        _places = IndexedPlaceLinker.Load(new GeoDataPaths(SharedData.Path("data", "geo")));
        _dir = Directory.CreateTempSubdirectory("frontline-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(Baseline = true)]
    public int Read_Isw2022()
    {
        var n = 0;
        for (var i = 0; i < _files.Length; i++)
        {
            n += DocumentReader.Read(_names[i], _names[i], _files[i], DocumentReadOptions.Default).Documents.Count;
        }
        return n;
    }

    [Benchmark]
    public int ReadExtract_Isw2022()
    {
        var extractor = new RuleBasedExtractor(_places);
        var n = 0;
        for (var i = 0; i < _files.Length; i++)
        {
            foreach (var d in DocumentReader.Read(_names[i], _names[i], _files[i], DocumentReadOptions.Default).Documents)
            {
                n += extractor.Extract(d).Count;
            }
        }
        return n;
    }

    [Benchmark]
    public async Task<int> Ingest_Isw2022_Sqlite()
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.db");
        using var ledger = SqliteLedger.Open(path);
        var store = new SqliteDocumentStore(ledger, TimeProvider.System);
        var extractor = new RuleBasedExtractor(_places);
        var n = 0;
        for (var i = 0; i < _files.Length; i++)
        {
            var docs = DocumentReader.Read(_names[i], _names[i], _files[i], DocumentReadOptions.Default).Documents;
            var outcomes = await store.AddAsync(docs.Select(d => new ExtractedDocument(d, extractor.Extract(d), extractor.Name)).ToList(), CancellationToken.None);
            n += outcomes.Sum(o => o.Claims);
        }
        return n;
    }
}

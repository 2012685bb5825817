using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Frontline.Places;

namespace Frontline.Bench;

/// <summary>Place tagging throughput over the ISW 2022 corpus (6.4 MB) against a plain regex scan for capitalised words in the same run, and the gazetteer index build.</summary>
/// <remarks>MB/s = corpus bytes / mean time. Run: dotnet run -c Release --project bench/Frontline.Bench -- --filter '*Places*' --job short --memory</remarks>
[MemoryDiagnoser]
public partial class PlacesBenchmarks
{
    private PlaceTagger _tagger = null!;
    private string[] _documents = [];
    private GeoDataPaths _paths = null!;

    /// <summary>UTF-8 size of the corpus in bytes, for MB/s.</summary>
    public long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _paths = new GeoDataPaths(SharedData.Path("data", "geo"));
        // The index's own memory: what stays reachable after the load, with everything else collected before and after.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = PlaceIndex.Load(_paths);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"// index: {index.Entries.Count:N0} entries, {index.NameCount:N0} folded names, retains {retained / 1048576.0:F1} MiB, first load {index.BuildTime.TotalMilliseconds:F0} ms");
        _tagger = new PlaceTagger(index);
        var files = Directory.GetFiles(SharedData.Path("corpus", "isw-2022"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        _documents = files.Select(File.ReadAllText).ToArray();
        CorpusBytes = _documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        Console.WriteLine($"// corpus: {files.Length} files, {CorpusBytes:N0} bytes");
    }

    /// <summary>The peer: find every capitalised word with a compiled regex, the least any name tagger must do.</summary>
    [Benchmark(Baseline = true)]
    public int RegexCapitalisedWords_IswCorpus()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            n += CapitalisedWord().Count(d);
        }
        return n;
    }

    [Benchmark]
    public int Tag_IswCorpus()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            n += _tagger.Tag(d).Count;
        }
        return n;
    }

    [Benchmark]
    public int LoadIndex_WholeGazetteer() => PlaceIndex.Load(_paths).Entries.Count;

    [GeneratedRegex(@"\b\p{Lu}\w+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();
}

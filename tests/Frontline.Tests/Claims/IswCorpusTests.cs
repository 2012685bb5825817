using Frontline.Documents;
using Frontline.Text;

namespace Frontline.Tests.Claims;

public sealed class IswCorpusTests
{
    [Fact]
    public async Task All_325_isw_reports_read_and_extract_without_error()
    {
        var files = Directory.GetFiles(SharedData.Corpus("isw-2022"), "*.txt");
        Assert.Equal(325, files.Length);
        var extractor = new RuleBasedExtractor(IndexedPlaceLinker.Load(new Frontline.Places.GeoDataPaths(SharedData.Geo)));
        var claims = 0;
        foreach (var file in files)
        {
            var read = await DocumentReader.ReadFileAsync(file, DocumentReadOptions.Default, CancellationToken.None);
            Assert.True(read.Ok, read.Error);
            var document = Assert.Single(read.Documents);
            Assert.NotNull(document.Published);
            var found = extractor.Extract(document);
            Assert.All(found, c => Assert.Equal(c.QuoteText, document.Text[c.Quote.Start..c.Quote.End]));
            claims += found.Count;
        }
        Assert.True(claims > 10_000, $"only {claims} claims");
    }
}

using Frontline.Documents;

namespace Frontline.Tests.Claims;

/// <summary>Builds small documents in the corpus format for tests.</summary>
internal static class TestDocuments
{
    public static Document Text(string body, string published = "2022-10-05", string genre = "news", string publisher = "Politico")
    {
        var file = $"url: unknown\npublisher: {publisher}\npublished: {published}\ngenre: {genre}\ntitle: test\n---\n{body}";
        var result = DocumentReader.Read("test.txt", "test.txt", System.Text.Encoding.UTF8.GetBytes(file), DocumentReadOptions.Default);
        Assert.True(result.Ok, result.Error);
        return result.Documents[0];
    }
}

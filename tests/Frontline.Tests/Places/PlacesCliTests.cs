using Frontline.Cli;

namespace Frontline.Tests.Places;

/// <summary>The <c>frontline places</c> commands through the real command tree.</summary>
public sealed class PlacesCliTests
{
    private static (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = FrontlineCommand.Build().Parse([.. args, "--geo", SharedData.Geo]).Invoke(new() { Output = output, Error = error });
        return (code, output + error.ToString());
    }

    [Fact]
    public void Find_lists_Kharkiv_for_Kharkov()
    {
        var (code, output) = Run("places", "find", "Kharkov");
        Assert.Equal(0, code);
        Assert.Contains("gn:706483", output, StringComparison.Ordinal);
        Assert.Contains("Харків", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_with_oblast_and_json()
    {
        var (code, output) = Run("places", "find", "Lyman", "--oblast", "Kharkiv", "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"oblast\": \"Kharkiv\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"oblast\": \"Donetsk\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_near_ranks_by_distance()
    {
        var (code, output) = Run("places", "find", "Lyman", "--near", "36.5,49.6");
        Assert.Equal(0, code);
        var first = output.Split('\n')[1];
        Assert.Contains("gn:703071", first, StringComparison.Ordinal);
    }

    [Fact]
    public void At_names_the_oblast_and_nearest_settlement()
    {
        var (code, output) = Run("places", "at", "37.80843", "48.99012");
        Assert.Equal(0, code);
        Assert.Contains("Donetsk Oblast", output, StringComparison.Ordinal);
        Assert.Contains("Lyman", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_annotates_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"frontline-tag-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Ukrainian forces liberated Lyman, Donetsk Oblast, and advanced toward Kreminna.");
        try
        {
            var (code, output) = Run("places", "tag", path);
            Assert.Equal(0, code);
            Assert.Contains("Lyman⟦settlement Lyman, Donetsk · gn:704204", output, StringComparison.Ordinal);
            Assert.Contains("qualifier", output, StringComparison.Ordinal);
            Assert.Contains("Kreminna⟦settlement", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_near_is_a_clear_error()
    {
        var (code, output) = Run("places", "find", "Lyman", "--near", "east");
        Assert.Equal(2, code);
        Assert.Contains("--near", output, StringComparison.Ordinal);
    }
}

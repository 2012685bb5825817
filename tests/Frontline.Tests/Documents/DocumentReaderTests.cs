using System.Text;
using Frontline.Documents;

namespace Frontline.Tests.Documents;

public sealed class DocumentReaderTests
{
    static DocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Ukrainian = "Сили оборони звільнили Лиман, повідомив Генеральний штаб ЗСУ. Ворог відступає з Херсонщини.";
    private const string Russian = "Вооружённые силы России объявили об отходе из Лимана. Это было непростое решение.";

    private static DocumentReadResult Read(byte[] bytes, DocumentReadOptions? options = null) =>
        DocumentReader.Read("input", "input", bytes, options ?? DocumentReadOptions.Default);

    public static TheoryData<byte[], string> Bad => new()
    {
        { [], "empty file" },
        { Encoding.UTF8.GetBytes("   \n\t  "), "only whitespace" },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x01, 0x02, 0x00], "binary content (NUL byte at offset 8)" },
        { Encoding.Latin1.GetBytes("Le café était fermé à Kherson."), "not UTF-8" },
        { Encoding.UTF8.GetBytes("{\"name\":\"war\",\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":\"Ворог"), "truncated or malformed export" },
        { Encoding.UTF8.GetBytes("{\"name\":\"war\"}"), "not a Telegram Desktop export" },
        { Encoding.UTF8.GetBytes("{\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":42}]}"), "message 1: 'text' is neither" },
        { Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>x</title><item><title>a</title></channel></rss>"), "line 1" },
        { Encoding.UTF8.GetBytes("url: x\npublisher: y\npublished: 5 October\n---\nRussian forces attacked."), "'published' is not YYYY-MM-DD" },
        { Encoding.UTF8.GetBytes("<html><head><script>alert(1)</script><style>p{}</style></head><body><script>var x;</script></body></html>"), "without readable text" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void Bad_input_is_an_error_naming_the_file_and_the_place(byte[] bytes, string message)
    {
        var result = Read(bytes);
        Assert.False(result.Ok);
        Assert.Empty(result.Documents);
        Assert.StartsWith("input: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1251, "windows-1251", "uk")]
    [InlineData(21866, "koi8-u", "uk")]
    public void Cyrillic_code_pages_are_detected(int codePage, string encoding, string language)
    {
        var result = Read(Encoding.GetEncoding(codePage).GetBytes(Ukrainian));
        Assert.True(result.Ok, result.Error);
        Assert.Equal(encoding, result.Documents[0].Encoding);
        Assert.Equal(language, result.Documents[0].Language);
        Assert.Equal(Ukrainian, result.Documents[0].Text);
    }

    [Theory]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16le", false)]
    public void Utf16_with_and_without_bom(string name, bool bom)
    {
        var encoding = name == "utf-16le" ? new UnicodeEncoding(false, bom) : new UnicodeEncoding(true, bom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Russian)).ToArray();
        var result = Read(bytes);
        Assert.True(result.Ok, result.Error);
        Assert.Equal(name, result.Documents[0].Encoding);
        Assert.Equal("ru", result.Documents[0].Language);
    }

    [Fact]
    public void Html_loses_scripts_styles_and_furniture_and_keeps_its_metadata()
    {
        const string html = """
            <html><head><title>Lyman liberated</title><meta property="og:site_name" content="Kyiv Post">
            <meta property="article:published_time" content="2022-10-01T21:30:00Z"><style>body{color:red}</style>
            <script>document.write('Russian forces captured Kyiv')</script></head>
            <body><nav>Home | News</nav><article><p>Ukrainian forces liberated Lyman on October 1.</p>
            <script>track()</script><p>Russia’s MoD announced a withdrawal.</p></article><footer>© 2022</footer></body></html>
            """;
        var result = Read(Encoding.UTF8.GetBytes(html));
        Assert.True(result.Ok, result.Error);
        var d = result.Documents[0];
        Assert.Equal("Ukrainian forces liberated Lyman on October 1.\nRussia’s MoD announced a withdrawal.", d.Text);
        Assert.Equal("Kyiv Post", d.Provenance.Publisher);
        Assert.Equal(new DateOnly(2022, 10, 2), d.Published); // 21:30 UTC is past midnight in Kyiv
        Assert.Equal("html", d.Format);
    }

    [Fact]
    public void Rss_and_atom_give_one_document_per_item()
    {
        const string rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Ukrinform</title>
            <item><title>A</title><link>https://x/a</link><description>&lt;p&gt;Russian forces shelled Kharkiv.&lt;/p&gt;</description><pubDate>Wed, 05 Oct 2022 10:00:00 GMT</pubDate></item>
            <item><title>B</title><description>Ukrainian forces advanced near Svatove.</description><pubDate>Wed, 05 Oct 2022 23:30:00 +0000</pubDate></item>
            </channel></rss>
            """;
        var r = Read(Encoding.UTF8.GetBytes(rss));
        Assert.True(r.Ok, r.Error);
        Assert.Equal(["Russian forces shelled Kharkiv.", "Ukrainian forces advanced near Svatove."], r.Documents.Select(d => d.Text));
        Assert.Equal(new DateOnly(2022, 10, 6), r.Documents[1].Published);
        Assert.Equal("Ukrinform", r.Documents[0].Provenance.Publisher);
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>ISW</title>
            <entry><title>Assessment</title><link href="https://isw/1"/><published>2022-10-05T20:00:00-04:00</published><content type="html">Russian forces retreated.</content></entry>
            </feed>
            """;
        var a = Read(Encoding.UTF8.GetBytes(atom));
        Assert.True(a.Ok, a.Error);
        Assert.Equal("atom", a.Documents[0].Format);
        Assert.Equal("https://isw/1", a.Documents[0].Provenance.Url);
    }

    [Fact]
    public void A_feed_with_a_dtd_is_refused()
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss><channel><item><description>&a;</description></item></channel></rss>";
        var r = Read(Encoding.UTF8.GetBytes(bomb));
        Assert.False(r.Ok);
        Assert.Contains("DTD", r.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Telegram_exports_rebuild_text_from_entities()
    {
        const string json = """
            {"name":"Повітряні сили","type":"public_channel","username":"kpszsu","messages":[
             {"id":7,"type":"message","date":"2024-02-15T08:00:00","date_unixtime":"1707976800","text":["Збито ",{"type":"bold","text":"26 ракет"}],
              "text_entities":[{"type":"plain","text":"Збито "},{"type":"bold","text":"26 ракет"},{"type":"plain","text":" над Київщиною."}]},
             {"id":8,"type":"service","action":"pin_message"},
             {"id":9,"type":"message","date":"2024-02-15T09:00:00","text":""}]}
            """;
        var r = Read(Encoding.UTF8.GetBytes(json));
        Assert.True(r.Ok, r.Error);
        var d = Assert.Single(r.Documents);
        Assert.Equal("Збито 26 ракет над Київщиною.", d.Text);
        Assert.Equal("https://t.me/kpszsu/7", d.Provenance.Url);
        Assert.Equal("Повітряні сили", d.Provenance.Publisher);
        Assert.Equal("uk", d.Language);
        Assert.Equal("input#7", d.Name);
    }

    [Fact]
    public void Oversized_inputs_are_refused_before_parsing()
    {
        var json = "{\"messages\":[" + string.Join(',', Enumerable.Range(1, 50).Select(i => $"{{\"id\":{i},\"type\":\"message\",\"text\":\"Ворог атакував {i}\"}}")) + "]}";
        var tooManyBytes = Read(Encoding.UTF8.GetBytes(json), new DocumentReadOptions(MaxBytes: 1000));
        Assert.Contains("exceeds the limit of 1000 bytes", tooManyBytes.Error, StringComparison.Ordinal);
        var tooManyMessages = Read(Encoding.UTF8.GetBytes(json), new DocumentReadOptions(MaxDocuments: 10));
        Assert.Contains("50 messages exceeds the limit of 10", tooManyMessages.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_words_with_other_quotes_spacing_and_case_hash_alike()
    {
        var a = Read(Encoding.UTF8.GetBytes("Russia’s forces  withdrew from “Lyman” — finally."));
        var b = Read(Encoding.UTF8.GetBytes("russia's forces withdrew from \"Lyman\" - finally.\n"));
        Assert.Equal(a.Documents[0].Hash, b.Documents[0].Hash);
        Assert.Matches("^[0-9a-f]{64}$", a.Documents[0].Hash);
    }
}

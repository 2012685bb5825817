namespace Frontline.Documents;

/// <summary>Reads any supported input: plain text (with or without the corpus header), HTML, RSS, Atom, Telegram Desktop JSON.</summary>
/// <remarks>The format is sniffed from the content, not the extension. Bad input gives an error result, never an exception.</remarks>
public static class DocumentReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static async Task<DocumentReadResult> ReadFileAsync(string path, DocumentReadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return DocumentReadResult.Fail(path, "no such file");
            }
            if (info.Length > options.MaxBytes)
            {
                return DocumentReadResult.Fail(path, $"{info.Length} bytes exceeds the limit of {options.MaxBytes} bytes");
            }
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return Read(path, Path.GetFileName(path), bytes, options);
        }
        catch (IOException e)
        {
            return DocumentReadResult.Fail(path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return DocumentReadResult.Fail(path, e.Message);
        }
    }

    /// <summary>Reads bytes that came from <paramref name="source"/> (a path or URL) and are called <paramref name="name"/>.</summary>
    public static DocumentReadResult Read(string source, string name, ReadOnlySpan<byte> bytes, DocumentReadOptions options)
    {
        if (bytes.Length > options.MaxBytes)
        {
            return DocumentReadResult.Fail(source, $"{bytes.Length} bytes exceeds the limit of {options.MaxBytes} bytes");
        }
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is not { } text)
        {
            return DocumentReadResult.Fail(source, decoded.Error!);
        }
        var encoding = decoded.Encoding!;
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            return DocumentReadResult.Fail(source, "no text (only whitespace)");
        }
        try
        {
            return start[0] switch
            {
                '{' or '[' => TelegramExportReader.Read(source, name, text, encoding, options),
                '<' when FeedReader.IsFeed(text) => FeedReader.Read(source, name, text, encoding, options),
                '<' => HtmlDocumentReader.Read(source, name, text, encoding),
                _ => CorpusTextReader.Read(source, name, text, encoding),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or System.Xml.XmlException or System.Text.Json.JsonException)
        {
            return DocumentReadResult.Fail(source, e.Message);
        }
    }
}

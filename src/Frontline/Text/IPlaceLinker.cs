namespace Frontline.Text;

/// <summary>Finds the places of a document and links them to the gazetteer, for the claims in it.</summary>
public interface IPlaceLinker
{
    /// <summary>Tags a whole document once; claims then ask for their places.</summary>
    IDocumentPlaces Tag(string text);

    /// <summary>The scoring key of a place (SCHEMA: kind, oblast, name normalised to the gazetteer entry).</summary>
    /// <param name="entryId">The linked entry, when known; else the name is resolved against the gazetteer.</param>
    string Key(string name, string kind, string? oblast, string? entryId);
}

/// <summary>The places of one tagged document.</summary>
public interface IDocumentPlaces
{
    /// <summary>The places the claim at [start, end) is about, in text order.</summary>
    IReadOnlyList<PlaceMention> For(int start, int end);

    /// <summary>True when a place is named within [start, end) itself (not inherited from earlier sentences).</summary>
    bool Names(int start, int end);
}

/// <summary>A linker that finds nothing: for running without a gazetteer.</summary>
public sealed class NoPlaceLinker : IPlaceLinker, IDocumentPlaces
{
    public static NoPlaceLinker Instance { get; } = new();

    public IDocumentPlaces Tag(string text) => this;

    public IReadOnlyList<PlaceMention> For(int start, int end) => [];

    public bool Names(int start, int end) => false;

    public string Key(string name, string kind, string? oblast, string? entryId) => $"{kind}|{oblast ?? "-"}|{name.ToLowerInvariant()}";
}

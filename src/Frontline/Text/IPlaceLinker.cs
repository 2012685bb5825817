namespace Frontline.Text;

/// <summary>Finds place mentions in a stretch of text and links them to the gazetteer.</summary>
public interface IPlaceLinker
{
    /// <summary>Mentions inside [start, end) of <paramref name="text"/>, in text order, spans indexing <paramref name="text"/>.</summary>
    IReadOnlyList<PlaceMention> Find(string text, int start, int end);

    /// <summary>The gazetteer's key for a name as written (for scoring): the same place written two ways gives one key.</summary>
    string Key(string name, string kind, string? oblast);
}

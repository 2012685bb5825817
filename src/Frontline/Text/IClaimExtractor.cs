using Frontline.Documents;

namespace Frontline.Text;

/// <summary>Finds the claims of a document. Rule-based today; a model-backed one can be compared on the same gold.</summary>
public interface IClaimExtractor
{
    /// <summary>A short stable name, shown by <c>frontline eval</c>.</summary>
    string Name { get; }

    /// <summary>The claims of <paramref name="document"/>, in text order; never throws on odd text.</summary>
    IReadOnlyList<Claim> Extract(Document document);
}

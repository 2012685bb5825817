using System.Text;
using System.Text.RegularExpressions;

namespace Frontline.Maps;

/// <summary>The outcome of classifying one feature: its status, the rule's label that matched, and how.</summary>
/// <param name="Status">Null when no rule knows the label: the feature is left out and reported.</param>
/// <param name="Fuzzy">True when the label matched only within a small edit distance (a misspelling); reported.</param>
public sealed record Classification(ControlStatus? Status, string Label, string? MatchedRule, bool Fuzzy);

/// <summary>Classifies feature labels with a <see cref="PublisherProfile"/>, robust to the drift of published labels.</summary>
/// <remarks>
/// Labels drift in case, spacing, non-breaking spaces, appended dates ("Liberated 04.09"), misspellings
/// ("Contensed") and machine codes; normalising first and allowing two edits on long labels matches them
/// without guessing: a fuzzy match is reported, an unknown label is reported and its feature left out.
/// </remarks>
public sealed partial class LabelClassifier
{
    private const int FuzzyMinLength = 7;
    private const int FuzzyMaxEdits = 2;
    private readonly PublisherProfile _profile;
    private readonly Dictionary<string, ProfileClass> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Pattern, ProfileClass Rule)> _wildcards = [];

    public LabelClassifier(PublisherProfile profile)
    {
        _profile = profile;
        foreach (var rule in profile.Classes)
        {
            foreach (var label in rule.Labels)
            {
                var normal = label.Contains('*', StringComparison.Ordinal) ? label.Trim().ToLowerInvariant() : Normalize(label);
                if (normal.Contains('*', StringComparison.Ordinal))
                {
                    _wildcards.Add((normal, rule));
                }
                else
                {
                    _exact.TryAdd(normal, rule);
                }
            }
        }
    }

    /// <summary>Classifies a feature by its label and fill colour.</summary>
    public Classification Classify(string? label, string? fill)
    {
        if (_profile.ClassProperty is null)
        {
            return new Classification(_profile.DefaultStatus, label ?? "", "(default)", false);
        }
        var raw = label ?? "";
        var parts = _profile.PartSeparator is { } sep ? raw.Split(sep) : [raw];
        // The rightmost part is the most formal (the machine code where present), so it decides.
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            var part = Normalize(parts[i]);
            if (part.Length == 0)
            {
                continue;
            }
            if (Match(part) is { } hit)
            {
                return new Classification(StatusOf(hit.Rule, fill), raw.Trim(), hit.Label, hit.Fuzzy);
            }
        }
        return new Classification(null, raw.Trim(), null, false);
    }

    /// <summary>Lower case, non-breaking spaces and newlines as spaces, dates and <c>{{…}}</c> removed, punctuation trimmed from words.</summary>
    public static string Normalize(string label)
    {
        var s = label.ToLowerInvariant().Replace('\u00a0', ' ').Replace('\n', ' ').Replace('\r', ' ').Replace('’', '\'');
        s = Templates().Replace(s, " ");
        s = Dates().Replace(s, " ");
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '-', '–', ':', ';', '(', ')', '/', '"'))
            .Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    private (ProfileClass Rule, string Label, bool Fuzzy)? Match(string part)
    {
        if (_exact.TryGetValue(part, out var exact))
        {
            return (exact, part, false);
        }
        foreach (var (pattern, rule) in _wildcards)
        {
            if (WildcardMatches(pattern, part))
            {
                return (rule, pattern, false);
            }
        }
        if (part.Length < FuzzyMinLength)
        {
            return null;
        }
        (ProfileClass Rule, string Label, int Edits)? best = null;
        foreach (var (label, rule) in _exact)
        {
            if (Math.Abs(label.Length - part.Length) > FuzzyMaxEdits || label.Length < FuzzyMinLength)
            {
                continue;
            }
            var edits = EditDistance(label, part, FuzzyMaxEdits);
            if (edits <= FuzzyMaxEdits && (best is null || edits < best.Value.Edits))
            {
                best = (rule, label, edits);
            }
        }
        return best is { } b ? (b.Rule, b.Label, true) : null;
    }

    private ControlStatus StatusOf(ProfileClass rule, string? fill) =>
        rule.ByFill is { } byFill && fill is not null && byFill.TryGetValue(fill.Trim().ToLowerInvariant(), out var s) ? s : rule.Status;

    private static bool WildcardMatches(string pattern, string text)
    {
        var starts = pattern.StartsWith('*');
        var ends = pattern.EndsWith('*');
        var core = pattern.Trim('*').Trim();
        return (starts, ends) switch
        {
            (true, true) => text.Contains(core, StringComparison.Ordinal),
            (true, false) => text.EndsWith(core, StringComparison.Ordinal),
            (false, true) => text.StartsWith(core, StringComparison.Ordinal),
            _ => text == core,
        };
    }

    /// <summary>Levenshtein distance, giving up (returning max+1) once it exceeds <paramref name="max"/>.</summary>
    internal static int EditDistance(string a, string b, int max)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Templates();

    [GeneratedRegex(@"\d+(?:\s*[.\-–]\s*\d+)*")]
    private static partial Regex Dates();
}

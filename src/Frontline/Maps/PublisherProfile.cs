using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frontline.Maps;

/// <summary>How one publisher's feature classes map to <see cref="ControlStatus"/>: a JSON file, no code.</summary>
/// <remarks>
/// Built-in profiles (deepstate, deepstate_occupied, isw, nzz) are embedded; a user adds a publisher with
/// <c>--profile FILE.json</c> of the same shape. See <c>docs/profiles.md</c>.
/// </remarks>
public sealed record PublisherProfile
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public required string Name { get; init; }

    public string Publisher { get; init; } = "";

    /// <summary>The feature property holding the class label; null when every polygon has <see cref="DefaultStatus"/>.</summary>
    public string? ClassProperty { get; init; }

    /// <summary>Splits a label into parts (e.g. "Ukrainian /// English /// code"); the rightmost known part decides.</summary>
    public string? PartSeparator { get; init; }

    /// <summary>The feature property holding the fill colour, for classes whose status is only shown by colour.</summary>
    public string? FillProperty { get; init; }

    /// <summary>Status of polygons when <see cref="ClassProperty"/> is null.</summary>
    public ControlStatus? DefaultStatus { get; init; }

    public string Notes { get; init; } = "";

    public IReadOnlyList<ProfileClass> Classes { get; init; } = [];

    /// <summary>The names of the embedded profiles.</summary>
    public static IReadOnlyList<string> BuiltinNames { get; } = ["deepstate", "deepstate_occupied", "isw", "nzz"];

    /// <summary>An embedded profile by name, or null.</summary>
    public static PublisherProfile? Builtin(string name)
    {
        var resource = $"Frontline.Maps.Profiles.{name}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource);
        return stream is null ? null : Parse(stream, resource);
    }

    /// <summary>Reads a profile file; throws <see cref="InvalidDataException"/> naming the file and the place.</summary>
    public static PublisherProfile Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    private static PublisherProfile Parse(Stream stream, string origin)
    {
        PublisherProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<PublisherProfile>(stream, s_json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: not a valid profile at {e.Path} (line {e.LineNumber + 1}): {e.Message}", e);
        }
        if (profile is null || string.IsNullOrWhiteSpace(profile.Name))
        {
            throw new InvalidDataException($"{origin}: a profile needs a \"name\"");
        }
        if (profile.ClassProperty is null && profile.DefaultStatus is null)
        {
            throw new InvalidDataException($"{origin}: give \"class_property\" with \"classes\", or a \"default_status\"");
        }
        return profile;
    }
}

/// <summary>One rule of a profile: these labels mean this status.</summary>
/// <param name="Labels">Normalised labels (see <see cref="LabelClassifier.Normalize"/>); a leading or trailing '*' matches any text there.</param>
/// <param name="ByFill">Overrides of <paramref name="Status"/> by fill colour (lower-case "#rrggbb").</param>
/// <param name="Why">What the publisher means by these labels, shown in reports.</param>
public sealed record ProfileClass(
    ControlStatus Status,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, ControlStatus>? ByFill = null,
    string Why = "");

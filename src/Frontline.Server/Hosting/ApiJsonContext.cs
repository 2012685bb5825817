using System.Text.Json;
using System.Text.Json.Serialization;
using Frontline.Server.Claims;
using Frontline.Server.Verdicts;

namespace Frontline.Server.Hosting;

/// <summary>Serialisation code generated at build time for the answers the page asks for most (the claims list first).</summary>
/// <remarks>
/// Put first in the resolver chain, so these types skip reflection-built metadata; every other type still goes through
/// the default resolver. The options (camelCase, web defaults) are the ones <see cref="ServerHosting"/> configures.
/// </remarks>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Page<ClaimRow>))]
[JsonSerializable(typeof(ClaimDetail))]
[JsonSerializable(typeof(Page<VerdictSummary>))]
[JsonSerializable(typeof(VerdictResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;

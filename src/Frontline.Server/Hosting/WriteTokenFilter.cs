using System.Security.Cryptography;
using System.Text;

namespace Frontline.Server.Hosting;

/// <summary>Guards the writing endpoints: off (403) unless a token is configured, then <c>Authorization: Bearer TOKEN</c> (401).</summary>
/// <remarks>Runs before the handler reads the body, so a refused request never streams its upload into the server.</remarks>
internal sealed class WriteTokenFilter(ServerOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (options.WriteToken is not { } token)
        {
            return TypedResults.Problem(
                title: "Writing is disabled",
                detail: "This server is read-only; start it with --token (or FRONTLINE_TOKEN) to enable imports.",
                statusCode: StatusCodes.Status403Forbidden);
        }
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var given = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token)))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(
                title: "Token required",
                detail: "Writing endpoints need the header 'Authorization: Bearer TOKEN' with the server's token.",
                statusCode: StatusCodes.Status401Unauthorized);
        }
        return await next(context);
    }
}

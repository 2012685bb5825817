using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Frontline.Server.Hosting;

/// <summary>Strong ETags on successful API GETs: a hash of the body, and 304 when the client has it already.</summary>
/// <remarks>
/// Hashing the body rather than tracking versions keeps every endpoint honest for free: the tag changes exactly
/// when the bytes do. API answers are small (paged) or already cached as bytes (GeoJSON), so buffering is cheap.
/// </remarks>
internal static class ETagMiddleware
{
    public static WebApplication UseFrontlineETags(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) ||
                !request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }
            var response = context.Response;
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                var etag = "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
                response.Headers.ETag = etag;
                if (request.Headers.IfNoneMatch.Any(v => v is not null && Matches(v, etag)))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.ContentLength = null;
                    response.Headers.Remove(HeaderNames.ContentType);
                    return;
                }
            }
            if (buffer.Length == 0)
            {
                return; // leaves a bodiless error to the status-code pages, which write it as problem+json
            }
            response.ContentLength = buffer.Length;
            if (!HttpMethods.IsHead(request.Method))
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(original, context.RequestAborted);
            }
        });
        return app;
    }

    private static bool Matches(string header, string etag) =>
        header.Split(',').Any(tag => tag.Trim() is var t && (t == "*" || t == etag || t == "W/" + etag));
}

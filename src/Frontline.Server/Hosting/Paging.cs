using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Server.Hosting;

/// <summary>One page of a list: items, where it starts, and the link to the next page when there is one.</summary>
/// <param name="Total">How many items match in all; null when counting would cost more than the page (large ledgers).</param>
/// <param name="Next">Relative URL of the next page, or null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, long? Total, string? Next);

/// <summary>Offset/limit paging with the server's page-size limit.</summary>
internal static class Paging
{
    /// <summary>Checks offset and limit; a limit above the server's maximum is refused rather than silently cut.</summary>
    public static ProblemHttpResult? Check(int? offset, int? limit, ServerOptions options, out int start, out int size)
    {
        start = offset ?? 0;
        size = limit ?? Math.Min(ServerOptions.DefaultPageSize, options.MaxPageSize);
        if (start < 0)
        {
            return ErrorHandling.BadParameter("offset", "offset must be 0 or more");
        }
        if (size < 1 || size > options.MaxPageSize)
        {
            return ErrorHandling.BadParameter("limit", $"limit must be between 1 and {options.MaxPageSize}");
        }
        return null;
    }

    /// <summary>Cuts a page from a list that fits in memory.</summary>
    public static Page<T> Of<T>(IReadOnlyList<T> all, int start, int size, HttpRequest request)
    {
        var items = all.Skip(start).Take(size).ToList();
        var next = start + items.Count < all.Count ? NextLink(request, start + items.Count, size) : null;
        return new Page<T>(items, start, size, all.Count, next);
    }

    /// <summary>The same request with offset moved on.</summary>
    public static string NextLink(HttpRequest request, int offset, int limit)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => kv.Key is not ("offset" or "limit"))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .Append(new("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return request.Path + Microsoft.AspNetCore.Http.QueryString.Create(query).ToUriComponent();
    }
}

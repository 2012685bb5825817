using Microsoft.AspNetCore.Diagnostics;

namespace Frontline.Server.Hosting;

/// <summary>Every error leaves as <c>application/problem+json</c>; an exception never shows its stack trace.</summary>
internal static class ErrorHandling
{
    public static WebApplication UseFrontlineErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                OperationCanceledException => StatusCodes.Status499ClientClosedRequest,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        // Fills bodiless 4xx/5xx (route misses, binding failures, 413) with problem details.
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>A 400 naming the parameter and what was wrong with it.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult BadParameter(string name, string detail) =>
        TypedResults.Problem(
            title: "Bad request parameter",
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = name });

    /// <summary>A 404 saying what was not found.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);
}

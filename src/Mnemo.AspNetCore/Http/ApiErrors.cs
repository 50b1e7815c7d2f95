using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>Turns failures into JSON errors with the right status: the engine's exceptions, bad JSON, refusals.</summary>
internal static class ApiErrors
{
    public static IResult Result(int status, string detail, string? field = null, string? code = null, string? eventId = null) =>
        Results.Json(new ErrorDto(detail, field, code, eventId), WireJson.Compact, statusCode: status);

    /// <summary>The error response for <paramref name="exception"/>, or <see langword="null"/> when it is a server fault.</summary>
    public static IResult? From(Exception exception) => exception switch
    {
        ApiException api => Result(api.Status, api.Message, api.Field, api.Code ?? (api.Status == StatusCodes.Status400BadRequest && api.Field is not null ? "invalid_input" : null), api.EventId),
        MemoryValidationException validation => Result(StatusCodes.Status400BadRequest, validation.Message, validation.Field, "invalid_input"),
        InvalidFilterException filter => Result(StatusCodes.Status400BadRequest, filter.Message, string.IsNullOrEmpty(filter.Path) ? "filters" : "filters." + filter.Path, "invalid_filter"),
        MemoryNotFoundException notFound => Result(StatusCodes.Status404NotFound, notFound.Message, code: "memory_not_found"),
        MemoryExtractionException extraction => Result(StatusCodes.Status502BadGateway, extraction.Message, code: "extraction_failed"),
        JsonException json => Result(StatusCodes.Status400BadRequest, "The request body is not valid JSON for this route" + (json.Path is null ? "." : $" (at {json.Path})."), FieldOf(json.Path)),
        BadHttpRequestException bad => Result(bad.StatusCode, bad.Message),
        _ => null,
    };

    private static string? FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path.TrimStart('$', '.');
}

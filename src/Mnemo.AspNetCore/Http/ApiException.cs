namespace Mnemo;

/// <summary>A request the API refuses, with its HTTP status (400, 404, 413, 502, ...) and the field at fault.</summary>
internal sealed class ApiException(int status, string message, string? field = null) : Exception(message)
{
    public int Status { get; } = status;

    public string? Field { get; } = field;

    /// <summary>The engine's error name (<c>extraction_failed</c>, ...), when the refusal stands for one.</summary>
    public string? Code { get; init; }

    /// <summary>The ingestion event that keeps the request's messages, when the error kept them.</summary>
    public string? EventId { get; init; }

    public static ApiException BadRequest(string field, string message) => new(StatusCodes400, message, field);

    public static ApiException NotFound(string message) => new(404, message);

    private const int StatusCodes400 = 400;
}

namespace Mnemo;

/// <summary>A request the API refuses, with its HTTP status (400, 404, 413, ...) and the field at fault.</summary>
internal sealed class ApiException(int status, string message, string? field = null) : Exception(message)
{
    public int Status { get; } = status;

    public string? Field { get; } = field;

    public static ApiException BadRequest(string field, string message) => new(StatusCodes400, message, field);

    public static ApiException NotFound(string message) => new(404, message);

    private const int StatusCodes400 = 400;
}

namespace Mnemo.Client.Http;

/// <summary>Turns the server's error JSON (<c>{"detail","field","code"}</c>) back into the engine's exceptions.</summary>
internal static class ErrorMapper
{
    private const string FiltersField = "filters";

    public static Exception Map(int status, Wire.ErrorAnswer? error, ErrorContext context)
    {
        var detail = string.IsNullOrWhiteSpace(error?.Detail) ? $"HTTP {status}" : error.Detail;
        switch (error?.Code)
        {
            case "invalid_filter":
                var path = error.Field is null or FiltersField ? string.Empty
                    : error.Field.StartsWith(FiltersField + ".", StringComparison.Ordinal) ? error.Field[(FiltersField.Length + 1)..]
                    : error.Field;
                return new InvalidFilterException(path, Reason(detail, path));
            case "memory_not_found" when context.MemoryId is { } id:
                return new MemoryNotFoundException(id);
            case "extraction_failed":
                return new MemoryExtractionException(detail, context.Messages ?? []);
        }

        if (status == 404 && context.MemoryId is { } missing)
        {
            return new MemoryNotFoundException(missing);
        }

        if (status == 400 && error?.Field is { } field)
        {
            return new MemoryValidationException(field, detail);
        }

        return status switch
        {
            401 or 403 => new MnemoServerException($"The Mnemo server refused the API key ({status}): {detail}", status),
            429 => new MnemoServerException($"The Mnemo server is rate-limiting this API key: {detail}", status),
            _ => new MnemoServerException($"The Mnemo server answered {status}: {detail}", status),
        };
    }

    // InvalidFilterException adds "Invalid filter at 'path': " itself; the server's detail already holds it.
    private static string Reason(string detail, string path)
    {
        var prefix = path.Length == 0 ? "Invalid filter: " : $"Invalid filter at '{path}': ";
        return detail.StartsWith(prefix, StringComparison.Ordinal) ? detail[prefix.Length..] : detail;
    }
}

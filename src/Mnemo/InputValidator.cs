namespace Mnemo;

/// <summary>Checks every input before any model call or write, so bad input costs nothing and changes nothing.</summary>
internal sealed class InputValidator(MnemoOptions options)
{
    public string Text(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new MemoryValidationException(field, $"{field} must not be empty.");
        }

        if (text.Length > options.MaxTextLength)
        {
            throw new MemoryValidationException(field, $"{field} is {text.Length} characters long; the limit is {options.MaxTextLength}.");
        }

        return text;
    }

    public static void Scope(MemoryScope? scope)
    {
        if (scope is null)
        {
            throw new MemoryValidationException("scope", "A scope (user_id, agent_id, run_id or app_id) is required.");
        }

        scope.Validate();
    }

    public static void Categories(IReadOnlyList<string>? categories)
    {
        if (categories is not null && categories.Any(string.IsNullOrWhiteSpace))
        {
            throw new MemoryValidationException("categories", "Categories must not be empty strings.");
        }
    }

    public static void Range(int value, int min, int max, string field)
    {
        if (value < min || value > max)
        {
            throw new MemoryValidationException(field, $"{field} must be between {min} and {max}; got {value}.");
        }
    }
}

using System.CommandLine;

namespace Mnemo.Cli.Hosting;

/// <summary>A UUID argument (memory or event id) whose parse error says what an id looks like, not which .NET type failed.</summary>
internal static class IdArgument
{
    public static Argument<Guid> Create(string description, string noun = "memory id") => new("id")
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (Guid.TryParse(text, out var id))
            {
                return id;
            }

            result.AddError($"'{text}' is not a {noun} (a UUID such as 0198c5a2-7e1f-7a3c-9d2e-3b4c5d6e7f80).");
            return Guid.Empty;
        },
    };
}

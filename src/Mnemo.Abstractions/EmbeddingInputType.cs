namespace Mnemo;

/// <summary>
/// Tells an embedding generator whether it embeds a search query or a stored document, through
/// <c>EmbeddingGenerationOptions.AdditionalProperties[EmbeddingInputType.PropertyName]</c>. Retrieval-tuned models
/// (snowflake-arctic-embed) prefix queries; generators that do not know the property ignore it.
/// </summary>
public static class EmbeddingInputType
{
    /// <summary>The key in <c>AdditionalProperties</c>.</summary>
    public const string PropertyName = "mnemo.input_type";

    /// <summary>The text is a search query.</summary>
    public const string Query = "query";

    /// <summary>The text is a memory to store.</summary>
    public const string Document = "document";
}

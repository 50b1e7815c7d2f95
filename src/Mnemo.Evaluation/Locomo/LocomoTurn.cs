namespace Mnemo;

/// <summary>One turn of a LoCoMo conversation.</summary>
/// <param name="DiaId">The turn's id in the dataset, <c>D&lt;session&gt;:&lt;turn&gt;</c> (e.g. <c>D1:3</c>).</param>
/// <param name="Session">The number of the session the turn belongs to (1-based).</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Text">What was said.</param>
/// <param name="ImageCaption">The BLIP caption of an image shared with the turn, when there is one.</param>
public sealed record LocomoTurn(string DiaId, int Session, string Speaker, string Text, string? ImageCaption)
{
    /// <summary>
    /// The memory text the protocol stores for this turn: <c>"&lt;speaker&gt;: &lt;text&gt;"</c>, followed by
    /// <c>" [image: &lt;caption&gt;]"</c> when an image was shared.
    /// </summary>
    public string MemoryText =>
        string.IsNullOrWhiteSpace(ImageCaption) ? $"{Speaker}: {Text}" : $"{Speaker}: {Text} [image: {ImageCaption}]";
}

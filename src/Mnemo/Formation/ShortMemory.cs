namespace Mnemo.Formation;

/// <summary>An existing memory as the model sees it: a short id and the text, nothing else.</summary>
internal sealed record ShortMemory(string Id, string Text);

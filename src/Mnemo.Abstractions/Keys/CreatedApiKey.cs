namespace Mnemo;

/// <summary>A new API key: its stored description and the plaintext, which exists only in this value.</summary>
/// <param name="Info">What is stored about the key.</param>
/// <param name="Key">The plaintext key; show it once, it cannot be recovered.</param>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Key);

namespace Mnemo;

/// <summary>A query-string parameter a handler reads itself (through <c>Query</c>), described for the OpenAPI document.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Type">Its JSON schema type: <c>string</c> or <c>integer</c>.</param>
/// <param name="Description">What it does, with its default and limits.</param>
internal sealed record QueryParameter(string Name, string Type, string Description);

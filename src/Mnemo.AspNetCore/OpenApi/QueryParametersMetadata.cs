namespace Mnemo;

/// <summary>Endpoint metadata: the query parameters of a route, added to its operation by <see cref="MnemoOpenApi"/>.</summary>
internal sealed record QueryParametersMetadata(IReadOnlyList<QueryParameter> Parameters);

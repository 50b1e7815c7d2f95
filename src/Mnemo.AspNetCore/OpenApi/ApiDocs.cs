using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mnemo;

/// <summary>
/// What the OpenAPI document says about a route beyond its handler's signature: the query parameters handlers read
/// themselves, and the error statuses (each with the <c>{detail}</c> body) a route can answer.
/// </summary>
internal static class ApiDocs
{
    /// <summary>The subject of a route: Mem0's entity ids in the query string.</summary>
    public static readonly QueryParameter[] Entities =
    [
        new("user_id", "string", "The user whose memories these are."),
        new("agent_id", "string", "The agent whose memories these are."),
        new("app_id", "string", "The app whose memories these are."),
        new("run_id", "string", "The run (session) whose memories these are."),
    ];

    /// <summary>Paging of a listing.</summary>
    public static readonly QueryParameter[] Paging =
    [
        new("page", "integer", "Page number, from 1 (default 1)."),
        new("page_size", "integer", "Items per page, 1 to 1000 (default 100)."),
    ];

    /// <summary>Documents query parameters the handler reads from the query string.</summary>
    public static TBuilder WithQuery<TBuilder>(this TBuilder builder, params QueryParameter[][] parameters)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new QueryParametersMetadata(parameters.SelectMany(p => p).ToList()));
    }

    /// <summary>Documents one query parameter.</summary>
    public static QueryParameter[] Param(string name, string type, string description) => [new(name, type, description)];

    /// <summary>Documents the error statuses a route can answer, each with the <c>{detail, field, code}</c> body.</summary>
    public static TBuilder WithErrors<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ErrorDto), ["application/json"]));
        }

        return builder;
    }

    /// <summary>Documents the success body of a route: <typeparamref name="T"/> as JSON with status 200.</summary>
    public static RouteHandlerBuilder Returns<T>(this RouteHandlerBuilder builder) =>
        builder.Produces<T>(StatusCodes.Status200OK, "application/json");
}

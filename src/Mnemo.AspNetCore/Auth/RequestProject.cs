using Microsoft.AspNetCore.Http;

namespace Mnemo;

/// <summary>The project (tenant) of the request's API key, set by the key filter; every route works inside it.</summary>
internal static class RequestProject
{
    private const string ItemKey = "Mnemo.Project";

    public static void Set(HttpContext context, string project) => context.Items[ItemKey] = project;

    /// <summary>The project id; empty is the default project (the CLI's own memories).</summary>
    public static string Get(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is string project
            ? project
            : throw new InvalidOperationException("The route ran without the API key filter.");

    /// <summary>A scope of the request's project with the given entity ids (the project can never come from the request).</summary>
    public static MemoryScope Scope(HttpContext context, string? userId = null, string? agentId = null, string? appId = null, string? runId = null)
    {
        var project = Get(context);
        return new MemoryScope
        {
            ProjectId = project.Length == 0 ? null : project,
            UserId = userId,
            AgentId = agentId,
            AppId = appId,
            RunId = runId,
        };
    }

    /// <summary>Whether <paramref name="scope"/> (of a stored memory, history entry or event) is in the request's project.</summary>
    public static bool Owns(HttpContext context, MemoryScope scope) =>
        string.Equals(scope.ProjectId ?? string.Empty, Get(context), StringComparison.Ordinal);
}

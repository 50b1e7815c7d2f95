namespace Mnemo.MemoryConformance;

/// <summary>One tenant of the memory under test: the <see cref="IMemory"/> it calls and the project its scopes name.</summary>
/// <param name="Memory">The memory (embedded engine, or the remote client holding this tenant's API key).</param>
/// <param name="ProjectId">The tenant's project: scopes name it, and every memory returned carries it.</param>
public sealed record MemoryTenant(IMemory Memory, string ProjectId)
{
    /// <summary>The whole tenant, as by-id calls name it.</summary>
    public MemoryScope Scope => MemoryScope.Project(ProjectId);
}

namespace Mnemo;

/// <summary>
/// Orders of a listing. Ties are broken by id, so pages never overlap or skip. The engine makes the ids of the memories
/// it creates increase in the order it creates them (within one process), so memories written at the same instant, such
/// as the statements of one message, list in the order they were written.
/// </summary>
public enum MemoryOrder
{
    /// <summary>Newest first.</summary>
    CreatedDescending,

    /// <summary>Oldest first.</summary>
    CreatedAscending,

    /// <summary>Most recently changed first.</summary>
    UpdatedDescending,

    /// <summary>Latest conversation first.</summary>
    ObservedDescending,

    /// <summary>Earliest conversation first.</summary>
    ObservedAscending,
}

namespace Mnemo;

/// <summary>Orders of a listing. Ties are broken by id, so pages never overlap or skip.</summary>
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

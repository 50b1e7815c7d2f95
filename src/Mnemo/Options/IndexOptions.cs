using System.ComponentModel.DataAnnotations;

namespace Mnemo;

/// <summary>
/// The in-memory search index (<see cref="MnemoOptions.Index"/>): how much of the store it keeps beside the vectors, and
/// how it reads the store's change feed. Larger caches cost memory and can only save store reads.
/// </summary>
public sealed class IndexOptions
{
    /// <summary>
    /// The row cache's bound, in estimated bytes (UTF-16 text plus about 512 bytes per row): the rows searches read are
    /// kept beside the index up to it, past it they are read from the store every time. A byte bound rather than a row
    /// count, so 100k short memories are all kept (about 60 MB) while a store of pasted documents keeps a few hundred
    /// instead of growing the heap by gigabytes. 0 reads every row from the store.
    /// </summary>
    /// <value>Default 268 435 456 (256 MiB); 0 or more.</value>
    [Range(0L, long.MaxValue)]
    public long RowCacheBytes { get; set; } = 256L << 20;

    /// <summary>
    /// Scopes whose actor ids (read before every search to take the names out of the query's embedding) are kept at
    /// once; past it the whole cache starts over. A write empties it in effect anyway.
    /// </summary>
    /// <value>Default 4096; 1 or more.</value>
    [Range(1, int.MaxValue)]
    public int ActorScopes { get; set; } = 4_096;

    /// <summary>Memories read per page of the store's change feed, when the index loads and when it catches up.</summary>
    /// <value>Default 2048; 1 to 1 048 576.</value>
    [Range(1, 1 << 20)]
    public int FeedPageSize { get; set; } = 2_048;
}

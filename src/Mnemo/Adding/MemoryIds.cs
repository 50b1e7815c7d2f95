using System.Buffers.Binary;

namespace Mnemo.Adding;

/// <summary>
/// Ids of new memories: version-7 UUIDs (time-ordered, RFC 9562) that also increase within a millisecond in this
/// process. A listing orders memories by creation time and breaks ties by id (<see cref="MemoryOrder"/>), and the
/// memories one add writes share its creation time; with plain version-7 ids, whose bits below the millisecond are
/// random, three statements of one message were listed in a random order, and two adds in the same millisecond (a fast
/// machine does that) could be listed in the opposite order. Here an id that would not sort after the previous one is
/// the previous one plus one (the RFC's "monotonic random" method), so a process's memories sort in the order it
/// created them. Across processes the millisecond still orders them; within one shared millisecond the order is
/// arbitrary.
/// </summary>
internal static class MemoryIds
{
    private static readonly Lock _gate = new();
    private static UInt128 _last;

    /// <summary>A new id for a memory created at <paramref name="now"/>, above every id this process made before.</summary>
    public static Guid Next(DateTimeOffset now)
    {
        var candidate = ToNumber(Guid.CreateVersion7(now));
        lock (_gate)
        {
            // The increment stays within the 62 random bits below the variant unless they are all ones (never, in
            // practice); the result is unique and ordered either way.
            _last = candidate > _last ? candidate : _last + 1;
            return ToGuid(_last);
        }
    }

    // Big-endian: the byte order of the id's text form, in which both stores compare ids (SQLite text, PostgreSQL uuid).
    private static UInt128 ToNumber(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static Guid ToGuid(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return new Guid(bytes, bigEndian: true);
    }
}

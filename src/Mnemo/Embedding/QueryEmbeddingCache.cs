namespace Mnemo.Embedding;

/// <summary>
/// A small LRU of query embeddings. Kept in process memory only and cleared whole on forget and reset, and when the
/// change feed brings another engine's deletes, because a query can quote the very text a subject asked to erase.
/// </summary>
internal sealed class QueryEmbeddingCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, ReadOnlyMemory<float> Vector)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, ReadOnlyMemory<float> Vector)> _order = new();
    private readonly Lock _gate = new();

    public bool TryGet(string query, out ReadOnlyMemory<float> vector)
    {
        lock (_gate)
        {
            if (_map.TryGetValue(query, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                vector = node.Value.Vector;
                return true;
            }
        }

        vector = default;
        return false;
    }

    public void Add(string query, ReadOnlyMemory<float> vector)
    {
        if (capacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_map.TryGetValue(query, out var existing))
            {
                _order.Remove(existing);
            }
            else if (_map.Count >= capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
            }

            _map[query] = _order.AddFirst((query, vector));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _map.Clear();
            _order.Clear();
        }
    }
}

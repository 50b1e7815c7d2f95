using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mnemo.Wire;

/// <summary>The serializer settings of the wire DTOs, shared by every host so their JSON is byte-for-byte alike.</summary>
public static class WireJson
{
    /// <summary>Compact JSON (one line per value, fit for JSONL), non-ASCII text kept readable.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Indented JSON for people to read.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

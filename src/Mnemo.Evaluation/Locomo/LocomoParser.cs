using System.Globalization;
using System.Text.Json;

namespace Mnemo;

/// <summary>Turns LoCoMo's JSON into <see cref="LocomoSample"/>s, dropping evidence ids that name no turn.</summary>
internal static class LocomoParser
{
    private const string SessionPrefix = "session_";
    private const string DateSuffix = "_date_time";

    public static IReadOnlyList<LocomoSample> ReadSamples(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("A LoCoMo file is a JSON list of samples.");
        }

        return root.EnumerateArray().Select(ReadSample).ToList();
    }

    private static LocomoSample ReadSample(JsonElement sample)
    {
        var sampleId = RequiredString(sample, "sample_id");
        if (!sample.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Sample '{sampleId}' has no conversation.");
        }

        var sessions = ReadSessions(sampleId, conversation);
        var turnIds = sessions.SelectMany(s => s.Turns).Select(t => t.DiaId).ToHashSet(StringComparer.Ordinal);
        var questions = sample.TryGetProperty("qa", out var qa) && qa.ValueKind == JsonValueKind.Array
            ? qa.EnumerateArray().Select(q => ReadQuestion(sampleId, q, turnIds)).ToList()
            : [];
        return new LocomoSample(
            sampleId,
            OptionalString(conversation, "speaker_a") ?? string.Empty,
            OptionalString(conversation, "speaker_b") ?? string.Empty,
            sessions,
            questions)
        {
            AnnotatedTurns = ReadAnnotatedTurns(sample, turnIds),
        };
    }

    // "observation": {"session_N_observation": {"<speaker>": [["fact", "D1:3" or ["D1:3", ...]], ...]}}.
    private static HashSet<string> ReadAnnotatedTurns(JsonElement sample, HashSet<string> turnIds)
    {
        var annotated = new HashSet<string>(StringComparer.Ordinal);
        if (!sample.TryGetProperty("observation", out var observation) || observation.ValueKind != JsonValueKind.Object)
        {
            return annotated;
        }

        foreach (var session in observation.EnumerateObject().Where(s => s.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (var speaker in session.Value.EnumerateObject().Where(s => s.Value.ValueKind == JsonValueKind.Array))
            {
                foreach (var fact in speaker.Value.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.Array && f.GetArrayLength() > 1))
                {
                    var ids = fact[1];
                    var values = ids.ValueKind == JsonValueKind.Array ? ids.EnumerateArray().Select(AsText) : [AsText(ids)];
                    foreach (var id in values.OfType<string>().SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                    {
                        if (turnIds.Contains(id))
                        {
                            annotated.Add(id);
                        }
                    }
                }
            }
        }

        return annotated;
    }

    private static List<LocomoSession> ReadSessions(string sampleId, JsonElement conversation)
    {
        var sessions = new List<LocomoSession>();
        foreach (var property in conversation.EnumerateObject())
        {
            // Some date keys have no session list; only keys "session_N" holding a list are sessions.
            if (property.Value.ValueKind != JsonValueKind.Array
                || !property.Name.StartsWith(SessionPrefix, StringComparison.Ordinal)
                || !int.TryParse(property.Name.AsSpan(SessionPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var date = LocomoDate.Parse(OptionalString(conversation, property.Name + DateSuffix));
            var turns = property.Value.EnumerateArray().Select(t => ReadTurn(sampleId, number, t)).ToList();
            sessions.Add(new LocomoSession(number, date, turns));
        }

        sessions.Sort((a, b) => a.Number.CompareTo(b.Number));
        return sessions;
    }

    private static LocomoTurn ReadTurn(string sampleId, int session, JsonElement turn)
    {
        var diaId = OptionalString(turn, "dia_id") ?? throw new FormatException($"A turn of '{sampleId}' session {session} has no dia_id.");
        var caption = OptionalString(turn, "blip_caption");
        return new LocomoTurn(
            diaId,
            session,
            OptionalString(turn, "speaker") ?? string.Empty,
            OptionalString(turn, "text") ?? string.Empty,
            string.IsNullOrWhiteSpace(caption) ? null : caption);
    }

    private static LocomoQuestion ReadQuestion(string sampleId, JsonElement qa, HashSet<string> turnIds)
    {
        var evidence = new List<string>();
        var dropped = new List<string>();
        if (qa.TryGetProperty("evidence", out var ids) && ids.ValueKind == JsonValueKind.Array)
        {
            foreach (var id in ids.EnumerateArray())
            {
                var text = AsText(id);
                if (text is not null && turnIds.Contains(text))
                {
                    if (!evidence.Contains(text))
                    {
                        evidence.Add(text);
                    }
                }
                else
                {
                    dropped.Add(text ?? id.GetRawText());
                }
            }
        }

        var category = qa.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
        return new LocomoQuestion(
            sampleId,
            RequiredString(qa, "question"),
            qa.TryGetProperty("answer", out var answer) ? AsText(answer) : null,
            category,
            evidence,
            dropped);
    }

    private static string RequiredString(JsonElement element, string name) =>
        OptionalString(element, name) ?? throw new FormatException($"Missing '{name}' in a LoCoMo {element.ValueKind}.");

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? AsText(value) : null;

    // Answers are sometimes numbers (a year); keep them as their JSON text.
    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };
}

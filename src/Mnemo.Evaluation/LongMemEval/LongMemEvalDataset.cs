using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Mnemo;

/// <summary>
/// LongMemEval questions in the benchmark's own JSON (a list of questions, each with its haystack sessions), read from
/// <c>.json</c> or gzip-compressed <c>.json.gz</c>.
/// </summary>
/// <param name="Name">A name for reports (the file name without extensions).</param>
/// <param name="Questions">The questions, in file order.</param>
public sealed record LongMemEvalDataset(string Name, IReadOnlyList<LongMemEvalQuestion> Questions)
{
    private static readonly string[] _dateFormats = ["yyyy/MM/dd (ddd) HH:mm", "yyyy/MM/dd HH:mm", "yyyy/MM/dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    /// <summary>Reads a LongMemEval file; gzip when the name ends in <c>.gz</c>.</summary>
    /// <exception cref="FormatException">The file is not in LongMemEval's format; the message names what is wrong.</exception>
    public static async Task<LongMemEvalDataset> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = File.OpenRead(path);
        await using (file.ConfigureAwait(false))
        {
            var gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
            var stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
            await using (stream.ConfigureAwait(false))
            {
                var name = Path.GetFileName(path);
                var dot = name.IndexOf('.', StringComparison.Ordinal);
                return await LoadAsync(stream, dot > 0 ? name[..dot] : name, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads LongMemEval JSON from <paramref name="stream"/>.</summary>
    /// <exception cref="FormatException">The JSON is not in LongMemEval's format.</exception>
    public static async Task<LongMemEvalDataset> LoadAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new LongMemEvalDataset(name, ReadQuestions(document.RootElement));
    }

    /// <summary>Reads LongMemEval JSON from a string.</summary>
    /// <exception cref="FormatException">The JSON is not in LongMemEval's format.</exception>
    public static LongMemEvalDataset Parse(string json, string name = "longmemeval")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return new LongMemEvalDataset(name, ReadQuestions(document.RootElement));
    }

    /// <summary>Parses LongMemEval's date format (<c>2023/05/30 (Tue) 23:40</c>) as UTC.</summary>
    /// <exception cref="FormatException">The text is not such a date.</exception>
    public static DateTimeOffset ParseDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateTime.TryParseExact(text.Trim(), _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : throw new FormatException($"'{text}' is not a LongMemEval date (expected e.g. 2023/05/30 (Tue) 23:40).");
    }

    private static List<LongMemEvalQuestion> ReadQuestions(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("A LongMemEval file is a JSON list of questions.");
        }

        return [.. root.EnumerateArray().Select(ReadQuestion)];
    }

    private static LongMemEvalQuestion ReadQuestion(JsonElement question, int index)
    {
        if (question.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Question {index + 1} is not a JSON object.");
        }

        var id = Text(question, "question_id", $"question {index + 1}");
        var where = $"question '{id}'";
        var sessionIds = Texts(question, "haystack_session_ids", where);
        var dates = Texts(question, "haystack_dates", where);
        var sessions = Array(question, "haystack_sessions", where);
        if (sessionIds.Count != sessions.Count || dates.Count != sessions.Count)
        {
            throw new FormatException(
                $"{where}: haystack_sessions ({sessions.Count}), haystack_session_ids ({sessionIds.Count}) and haystack_dates ({dates.Count}) differ in length.");
        }

        var read = new List<LongMemEvalSession>(sessions.Count);
        for (var s = 0; s < sessions.Count; s++)
        {
            var sessionWhere = $"{where}, session '{sessionIds[s]}'";
            if (sessions[s].ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{sessionWhere} is not a list of turns.");
            }

            var turns = sessions[s].EnumerateArray()
                .Select((turn, t) => new LongMemEvalTurn(
                    $"{sessionIds[s]}#{t}",
                    Text(turn, "role", $"{sessionWhere}, turn {t}"),
                    Text(turn, "content", $"{sessionWhere}, turn {t}", allowEmpty: true),
                    turn.TryGetProperty("has_answer", out var answer) && answer.ValueKind == JsonValueKind.True))
                .ToList();
            read.Add(new LongMemEvalSession(sessionIds[s], Date(dates[s], sessionWhere), turns));
        }

        return new LongMemEvalQuestion(
            id,
            Text(question, "question_type", where),
            Text(question, "question", where),
            Date(Text(question, "question_date", where), where),
            read,
            question.TryGetProperty("answer_session_ids", out _) ? Texts(question, "answer_session_ids", where) : []);
    }

    private static DateTimeOffset Date(string text, string where)
    {
        try
        {
            return ParseDate(text);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{where}: {ex.Message}", ex);
        }
    }

    private static string Text(JsonElement element, string property, string where, bool allowEmpty = false)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"{where} has no text '{property}'.");
        }

        var text = value.GetString()!;
        return allowEmpty || text.Length > 0 ? text : throw new FormatException($"{where} has an empty '{property}'.");
    }

    private static List<JsonElement> Array(JsonElement element, string property, string where) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray()]
            : throw new FormatException($"{where} has no list '{property}'.");

    // Ids are strings in the benchmark; a number is read as its text so a hand-made file with numeric ids still works.
    private static List<string> Texts(JsonElement element, string property, string where) =>
        [.. Array(element, property, where).Select(v => v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()!,
            JsonValueKind.Number => v.GetRawText(),
            _ => throw new FormatException($"{where}: '{property}' holds a {v.ValueKind.ToString().ToLowerInvariant()}, not a text."),
        })];
}

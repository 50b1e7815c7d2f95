using System.Text.Json;

namespace Mnemo;

/// <summary>
/// The LoCoMo long-term conversational memory benchmark (Maharana et al., ACL 2024), read from its JSON release: a list
/// of samples, each with <c>sample_id</c>, <c>conversation</c> (<c>session_N</c> turn lists and
/// <c>session_N_date_time</c> dates) and <c>qa</c>. Generated side data (summaries, observations) is ignored, so it
/// cannot leak into an evaluation.
/// </summary>
/// <param name="Name">A name for reports (by default the file name without extension).</param>
/// <param name="Samples">The samples, in file order.</param>
public sealed record LocomoDataset(string Name, IReadOnlyList<LocomoSample> Samples)
{
    /// <summary>Every question the retrieval protocol scores, over all samples.</summary>
    public IEnumerable<LocomoQuestion> ScoredQuestions => Samples.SelectMany(s => s.ScoredQuestions);

    /// <summary>Reads a LoCoMo JSON file.</summary>
    /// <exception cref="FormatException">The file is not in LoCoMo's format.</exception>
    public static async Task<LocomoDataset> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await LoadAsync(stream, Path.GetFileNameWithoutExtension(path), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads LoCoMo JSON from <paramref name="stream"/>.</summary>
    /// <exception cref="FormatException">The JSON is not in LoCoMo's format.</exception>
    public static async Task<LocomoDataset> LoadAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new LocomoDataset(name, LocomoParser.ReadSamples(document.RootElement));
    }

    /// <summary>Reads LoCoMo JSON from a string.</summary>
    /// <exception cref="FormatException">The JSON is not in LoCoMo's format.</exception>
    public static LocomoDataset Parse(string json, string name = "locomo")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(name);
        using var document = JsonDocument.Parse(json);
        return new LocomoDataset(name, LocomoParser.ReadSamples(document.RootElement));
    }
}

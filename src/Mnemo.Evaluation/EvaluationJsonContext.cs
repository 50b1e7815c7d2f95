using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>Source-generated JSON for evaluation results (no reflection, trimming-safe).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(LocomoResult))]
[JsonSerializable(typeof(LongMemEvalResult))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext
{
    private static EvaluationJsonContext? _indented;

    /// <summary>The same context, writing indented JSON.</summary>
    public static EvaluationJsonContext Indented => _indented ??= new EvaluationJsonContext(new System.Text.Json.JsonSerializerOptions(Default.Options) { WriteIndented = true });
}

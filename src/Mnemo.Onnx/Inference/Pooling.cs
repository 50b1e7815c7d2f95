namespace Mnemo.Onnx.Inference;

/// <summary>How a model turns its per-token hidden states into one sentence vector.</summary>
internal enum Pooling
{
    /// <summary>Average of the states of the real (unmasked) tokens, <c>[CLS]</c> and <c>[SEP]</c> included.</summary>
    Mean,

    /// <summary>The state of the first token, <c>[CLS]</c>.</summary>
    Cls,
}

namespace Mnemo;

/// <summary>
/// LoCoMo question categories, with the meanings of the benchmark authors' own scorer. (Mem0's published tables swap
/// the labels of 1, 3 and 4; the numbers here are the dataset's.)
/// </summary>
public static class LocomoCategory
{
    /// <summary>Multi-hop: the answer combines several turns.</summary>
    public const int MultiHop = 1;

    /// <summary>Temporal: the answer is a date or depends on when things happened.</summary>
    public const int Temporal = 2;

    /// <summary>Open-domain: the answer needs commonsense or world knowledge on top of the conversation.</summary>
    public const int OpenDomain = 3;

    /// <summary>Single-hop: the answer is in one turn.</summary>
    public const int SingleHop = 4;

    /// <summary>Adversarial: the question cannot be answered from the conversation; not scored for retrieval.</summary>
    public const int Adversarial = 5;

    /// <summary>A short English name of <paramref name="category"/>, e.g. <c>multi-hop</c>.</summary>
    public static string Name(int category) => category switch
    {
        MultiHop => "multi-hop",
        Temporal => "temporal",
        OpenDomain => "open-domain",
        SingleHop => "single-hop",
        Adversarial => "adversarial",
        _ => $"category {category}",
    };
}

namespace Mnemo;

/// <summary>Progress of a <see cref="LocomoEvaluator"/> run, reported after each import batch and each question.</summary>
/// <param name="Stage">Ingesting or searching.</param>
/// <param name="SampleId">The conversation being worked on.</param>
/// <param name="Sample">Its 1-based position among the evaluated samples.</param>
/// <param name="Samples">How many samples are evaluated.</param>
/// <param name="Done">Turns ingested or questions asked so far in this sample and stage.</param>
/// <param name="Total">Turns or questions of this sample and stage.</param>
public sealed record LocomoProgress(LocomoStage Stage, string SampleId, int Sample, int Samples, int Done, int Total);

namespace Mnemo;

/// <summary>How one question fared in the answer phase.</summary>
/// <param name="Question">The question.</param>
/// <param name="Answer">The answering model's answer.</param>
/// <param name="Correct">Whether the judge labelled the answer CORRECT (a reply that could not be read counts as WRONG).</param>
/// <param name="JudgeParsed">Whether the judge's reply held a readable label.</param>
/// <param name="F1">Token-level F1 of the answer against the gold answer (<see cref="AnswerMetrics.TokenF1"/>), in [0, 1].</param>
/// <param name="Memories">How many memories the answering model was shown.</param>
/// <param name="Tokens">Tokens the answer and judge calls reported (input and output).</param>
public sealed record LocomoAnsweredQuestion(
    LocomoQuestion Question, string Answer, bool Correct, bool JudgeParsed, double F1, int Memories, long Tokens);

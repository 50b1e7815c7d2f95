namespace Mnemo.Evaluation.Tests;

/// <summary>A hand-made LongMemEval file: two scored questions and one abstention question.</summary>
internal static class TinyLongMemEval
{
    public const string Json = """
        [
          {
            "question_id": "q1", "question_type": "single-session-user", "question": "What is my cat called?", "answer": "Pixel",
            "question_date": "2023/05/30 (Tue) 23:40",
            "haystack_session_ids": ["s1", "s2"],
            "haystack_dates": ["2023/05/20 (Sat) 10:00", "2023/05/25 (Thu) 18:30"],
            "haystack_sessions": [
              [ { "role": "user", "content": "I adopted a cat named Pixel.", "has_answer": true },
                { "role": "assistant", "content": "Congratulations on the adoption!" } ],
              [ { "role": "user", "content": "I like green tea in the morning." },
                { "role": "assistant", "content": "Green tea is a fine choice." } ]
            ],
            "answer_session_ids": ["s1"]
          },
          {
            "question_id": "q2", "question_type": "multi-session", "question": "How many instruments do I play?", "answer": "2",
            "question_date": "2023/06/02 (Fri) 09:00",
            "haystack_session_ids": ["a", "b"],
            "haystack_dates": ["2023/05/01 (Mon) 08:00", "2023/05/15 (Mon) 08:00"],
            "haystack_sessions": [
              [ { "role": "user", "content": "Hello there." },
                { "role": "user", "content": "I play the violin.", "has_answer": true } ],
              [ { "role": "user", "content": "I started learning the cello.", "has_answer": true } ]
            ],
            "answer_session_ids": ["a", "b"]
          },
          {
            "question_id": "q3_abs", "question_type": "single-session-user", "question": "What is my dog called?", "answer": "unknown",
            "question_date": "2023/06/02 (Fri) 09:00",
            "haystack_session_ids": ["z"],
            "haystack_dates": ["2023/05/01 (Mon) 08:00"],
            "haystack_sessions": [ [ { "role": "user", "content": "I have no pets yet." } ] ],
            "answer_session_ids": ["z"]
          }
        ]
        """;

    public static LongMemEvalDataset Load() => LongMemEvalDataset.Parse(Json, "tiny");
}

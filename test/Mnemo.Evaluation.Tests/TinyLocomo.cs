namespace Mnemo.Evaluation.Tests;

/// <summary>A hand-made conversation in LoCoMo's format, small enough to know every answer.</summary>
internal static class TinyLocomo
{
    public const string Json = """
        [
          {
            "sample_id": "s1",
            "conversation": {
              "speaker_a": "Ann",
              "speaker_b": "Bob",
              "session_1_date_time": "1:56 pm on 8 May, 2023",
              "session_1": [
                { "speaker": "Ann", "dia_id": "D1:1", "text": "I adopted a dog named Rex." },
                { "speaker": "Bob", "dia_id": "D1:2", "text": "Nice! Look at my garden.", "img_url": ["http://example.invalid/a.jpg"], "blip_caption": "a photo of tomatoes" },
                { "speaker": "Ann", "dia_id": "D1:3", "text": "Rex loves tomatoes." }
              ],
              "session_10_date_time": "12:19 am on 4 January, 2024",
              "session_10": [
                { "speaker": "Ann", "dia_id": "D10:1", "text": "Happy new year!" }
              ],
              "session_2_date_time": "9:05 am on 10 June, 2023",
              "session_2": [
                { "speaker": "Bob", "dia_id": "D2:1", "text": "I started running marathons." },
                { "speaker": "Ann", "dia_id": "D2:2", "text": "Rex ran with me today." }
              ],
              "session_3_date_time": "10:00 am on 1 July, 2023"
            },
            "qa": [
              { "question": "What is Ann's dog called?", "answer": "Rex", "evidence": ["D1:1"], "category": 4 },
              { "question": "What does Ann's dog like?", "answer": "tomatoes", "evidence": ["D1:1", "D1:3", "D2:2", "D1:3"], "category": 1 },
              { "question": "When did Bob start running?", "answer": 2023, "evidence": ["D2:1", "D7:7"], "category": 2 },
              { "question": "What did Ann's cat eat?", "evidence": ["D1:1"], "category": 5, "adversarial_answer": "tomatoes" },
              { "question": "What is broken?", "answer": "the ids", "evidence": ["D:11:26", "D1:1; D1:2"], "category": 3 }
            ],
            "observation": {
              "session_1_observation": { "Ann": [["Ann adopted a dog named Rex.", "D1:1"], ["Rex loves tomatoes.", "D1:3"]] },
              "session_2_observation": { "Bob": [["Bob started running marathons.", ["D2:1", "D9:9"]]] }
            },
            "session_summary": { "session_1_summary": "never used" }
          }
        ]
        """;

    public static LocomoDataset Load() => LocomoDataset.Parse(Json, "tiny");
}

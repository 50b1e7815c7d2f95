namespace Mnemo;

/// <summary>How <see cref="IngestionStatus"/> is stored in <c>ingest_queue.status</c>.</summary>
internal static class IngestionStatusText
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public static string ToText(IngestionStatus status) => status switch
    {
        IngestionStatus.Pending => Pending,
        IngestionStatus.Running => Running,
        IngestionStatus.Succeeded => Succeeded,
        IngestionStatus.Failed => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static IngestionStatus FromText(string text) => text switch
    {
        Pending => IngestionStatus.Pending,
        Running => IngestionStatus.Running,
        Succeeded => IngestionStatus.Succeeded,
        Failed => IngestionStatus.Failed,
        _ => throw new InvalidDataException($"Unknown ingestion status '{text}'."),
    };
}

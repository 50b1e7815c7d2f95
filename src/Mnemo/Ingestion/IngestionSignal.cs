using System.Threading.Channels;

namespace Mnemo.Ingestion;

/// <summary>Wakes the in-process worker when an add is enqueued; adds enqueued by other processes are found by polling.</summary>
internal sealed class IngestionSignal
{
    // Capacity 1, extra writes dropped: any number of enqueues between two waits is one wake-up.
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a notification or <paramref name="interval"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!_channel.Reader.TryRead(out _))
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(interval, time, wait.Token);
            var wake = _channel.Reader.WaitToReadAsync(wait.Token).AsTask();
            await Task.WhenAny(delay, wake).ConfigureAwait(false);
            await wait.CancelAsync().ConfigureAwait(false);
            _channel.Reader.TryRead(out _);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}

using Npgsql;

namespace Mnemo;

/// <summary>
/// <see cref="IMemoryChangeNotifications"/> over <c>LISTEN mnemo_changes</c> on a dedicated connection (not from the
/// pool), started by the first subscriber. Writers <c>NOTIFY</c> in their writing transaction, so a signal arrives when
/// the change is visible. When the connection is lost the listener says so (<see cref="IsConnected"/> false, and one
/// signal so readers catch up by polling), waits <see cref="PostgresStoreOptions.ReconnectDelay"/> and reconnects by
/// itself; after reconnecting it signals once more, since notifications sent meanwhile were lost. A commit of this very
/// instance signals at once (<see cref="CommittedHere"/>), without waiting for its NOTIFY to come back.
/// </summary>
internal sealed class ChangeListener(PostgresDatabase database) : IMemoryChangeNotifications, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private Action[] _subscribers = [];
    private Task? _loop;
    private volatile bool _connected;

    public bool IsConnected => _connected;

    public IDisposable Subscribe(Action onChange)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stop.IsCancellationRequested, this);
            _subscribers = [.. _subscribers, onChange];
            _loop ??= Task.Run(() => RunAsync(_stop.Token));
        }

        return new Subscription(this, onChange);
    }

    public async ValueTask DisposeAsync()
    {
        Task? loop;
        lock (_gate)
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            _stop.Cancel();
            loop = _loop;
        }

        if (loop is not null)
        {
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var settings = new NpgsqlConnectionStringBuilder(database.Options.ConnectionString) { Pooling = false, KeepAlive = 10 };
                using var connection = new NpgsqlConnection(settings.ConnectionString);
                connection.Notification += (_, _) => Signal();
                await connection.OpenAsync(stop).ConfigureAwait(false);
                using (var listen = new NpgsqlCommand("LISTEN mnemo_changes", connection))
                {
                    await listen.ExecuteNonQueryAsync(stop).ConfigureAwait(false);
                }

                _connected = true;
                PostgresLog.ListenerConnected(database.Logger);
                Signal();
                while (true)
                {
                    await connection.WaitAsync(stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.IO.IOException or TimeoutException or InvalidOperationException)
            {
                var was = _connected;
                _connected = false;
                if (was)
                {
                    PostgresLog.ListenerLost(database.Logger, ex.GetType().Name);
                    Signal();
                }
            }

            try
            {
                await Task.Delay(database.Options.ReconnectDelay, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        _connected = false;
    }

    /// <summary>This instance committed a change: readers of this process need not wait for its NOTIFY to round-trip.</summary>
    public void CommittedHere() => Signal();

    private void Signal()
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber();
        }
    }

    private void Unsubscribe(Action onChange)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers.Where(s => s != onChange)];
        }
    }

    private sealed class Subscription(ChangeListener owner, Action onChange) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(onChange);
    }
}

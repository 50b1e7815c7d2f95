using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mnemo.Ingestion;

/// <summary>
/// The hosted worker of background adds: requeues what a dead worker left Running, then processes pending adds one
/// at a time, woken by enqueues in this process or every <see cref="IngestionOptions.PollInterval"/>. On stop it
/// finishes the add in flight (within the host's shutdown timeout) and claims no more.
/// </summary>
internal sealed class IngestionWorker(
    IngestionService ingestion, IngestionSignal signal, IngestionOptions options, TimeProvider time, ILogger logger, WorkingMemorySweeper? sweeper = null)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var requeued = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!requeued)
                {
                    await ingestion.RequeueRunningAsync(stoppingToken).ConfigureAwait(false);
                    requeued = true;
                }

                // Sessions whose working memory expired are queued for consolidation before the queue is drained.
                if (sweeper is not null)
                {
                    await sweeper.SweepAsync(stoppingToken).ConfigureAwait(false);
                }

                // The add in flight runs to completion even when the host stops: stopping is checked between adds.
                while (!stoppingToken.IsCancellationRequested
                    && await ingestion.ProcessPendingAsync(1, CancellationToken.None).ConfigureAwait(false) == 1)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A store outage must not kill the host; try again at the next poll.
                IngestionLog.WorkerError(logger, ex.GetType().Name, ex);
            }

            try
            {
                await signal.WaitAsync(options.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

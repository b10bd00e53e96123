using System.Collections.Concurrent;
using System.Diagnostics;
using Breakcard.Simulation.Events;

namespace Breakcard.Simulation.Output;

/// <summary>
/// Hands sorted days from the generator to a dedicated writer thread through a bounded queue, and
/// the written batches back for reuse: at most <c>batches</c> days exist at once.
/// </summary>
/// <remarks>
/// Implementation note: a dedicated thread with blocking queues rather than thread-pool tasks
/// over channels. Handing a day over 30 times a minute kept idle pool workers spinning, which
/// cost a fifth of the CPU on a two-core machine.
/// </remarks>
internal sealed class DayPipeline : IDisposable
{
    private readonly BlockingCollection<DayBatch> _full;
    private readonly BlockingCollection<DayBatch> _empty;
    private readonly Thread _thread;
    private readonly List<IEventOutput> _outputs;
    private readonly Stopwatch _busy = new();
    private Exception? _error;

    public DayPipeline(List<IEventOutput> outputs, int batches)
    {
        _outputs = outputs;
        _full = new BlockingCollection<DayBatch>(new ConcurrentQueue<DayBatch>(), batches - 1);
        _empty = new BlockingCollection<DayBatch>(new ConcurrentQueue<DayBatch>());
        for (var i = 0; i < batches; i++)
        {
            _empty.Add(new DayBatch());
        }

        _thread = new Thread(Run) { Name = "breakcard-writer", IsBackground = true };
        _thread.Start();
    }

    /// <summary>Time the writer thread spent writing.</summary>
    public TimeSpan Busy => _busy.Elapsed;

    /// <summary>An empty batch, waiting while all batches are queued or being written.</summary>
    public DayBatch Rent(CancellationToken cancellationToken)
    {
        try
        {
            return _empty.Take(cancellationToken);
        }
        catch (InvalidOperationException) when (_error is not null)
        {
            throw new IOException($"Writing the world failed: {_error.Message}", _error);
        }
    }

    /// <summary>Queues a sorted, numbered day for writing.</summary>
    public void Write(DayBatch batch, CancellationToken cancellationToken) => _full.Add(batch, cancellationToken);

    /// <summary>Waits until every queued day is written; rethrows the writer's failure.</summary>
    public void Complete()
    {
        _full.CompleteAdding();
        _thread.Join();
        if (_error is not null)
        {
            throw new IOException($"Writing the world failed: {_error.Message}", _error);
        }
    }

    public void Dispose()
    {
        if (!_full.IsAddingCompleted)
        {
            _full.CompleteAdding();
        }

        _thread.Join();
        _full.Dispose();
        _empty.Dispose();
    }

    private void Run()
    {
        try
        {
            foreach (var batch in _full.GetConsumingEnumerable())
            {
                _busy.Start();
                foreach (var output in _outputs)
                {
                    output.Write(batch);
                }

                _busy.Stop();
                _empty.Add(batch);
            }
        }
#pragma warning disable CA1031 // The writer's failure is handed to the generator thread, which reports it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _error = ex;
            _empty.CompleteAdding();

            // Keep taking days so the generator never blocks on a full queue; it fails on its next Rent.
            foreach (var _ in _full.GetConsumingEnumerable())
            {
            }
        }
    }
}

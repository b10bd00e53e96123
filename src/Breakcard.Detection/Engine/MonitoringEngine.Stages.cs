using Breakcard.Detection.Alerts;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Engine;

/// <content>
/// The engine cut into stages for a host that splits one stream over several engines (the
/// cluster's sharded mode, ADR 0177, 0185): a sequencer that decides the order, time and fate of
/// every event once, and entry points that apply a released event — whole, or one side of a
/// transfer with the annotation carried between the sides. <see cref="Submit(in EngineEvent)"/>
/// composes the same steps, so a single-process run is unchanged.
/// </content>
public sealed partial class MonitoringEngine
{
    /// <summary>
    /// An engine that only sequences: <see cref="Submit(in EngineEvent)"/> and <see cref="Flush"/>
    /// de-duplicate, reject (to <paramref name="sink"/>, with the reason) and reorder exactly as an
    /// engine with <paramref name="options"/> does, but hand each event to
    /// <paramref name="release"/> where they would apply it; no entity state is kept.
    /// <see cref="Counters"/> are those a full engine would count (alerts aside).
    /// </summary>
    public static MonitoringEngine Sequencer(DetectionOptions options, IAlertSink sink, IReleaseSink release)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(release);
        // The evidence ring is never written: the smallest one the options allow.
        var small = options with { Engine = options.Engine with { EvidenceLogCapacity = 1024 } };
        return new MonitoringEngine(ReferenceData.Empty(), small, new PointsModel(small), sink, release);
    }

    /// <summary>
    /// Applies a released event whole (both sides of a transfer, then the pushes and linked risk it
    /// caused), at <paramref name="processTime"/> — what the engine does when its reorder buffer
    /// releases it. The caller is responsible for the order (a <see cref="Sequencer"/>'s) of events
    /// that share state; the frontier is the latest processing time applied, so events of independent
    /// entities may be applied in either order (ADR 0203).
    /// </summary>
    public void ApplyReleased(in EngineEvent e, long processTime)
    {
        NotSequencer();
        var frontier = Math.Max(_frontier, processTime);
        Apply(in e, processTime);
        _frontier = frontier;
    }

    /// <summary>
    /// Applies only the debit side of released transaction <paramref name="e"/> (nothing when the
    /// payer is a cash point) and returns what its credit side needs. Call
    /// <see cref="CompleteReleased"/> next; the credit side may be applied by another engine with
    /// <see cref="ApplyCredit"/>.
    /// </summary>
    public TransferAnnotation ApplyDebit(in EngineEvent e, long processTime)
    {
        NotSequencer();
        Transfer(in e);
        _frontier = Math.Max(_frontier, processTime);
        Sides(in e, out var debitProfile, out _, out var debitCash, out var creditCash, out var sameHolder);
        return debitCash
            ? TransferAnnotation.None
            : Debit(e.Source, e.Target, in e, EngineTime.ToStored(processTime), sameHolder, creditCash, in debitProfile);
    }

    /// <summary>
    /// Applies only the credit side of released transaction <paramref name="e"/> with the
    /// <paramref name="annotation"/> its debit side returned (nothing when the payee is a cash
    /// point). Call <see cref="CompleteReleased"/> next.
    /// </summary>
    public void ApplyCredit(in EngineEvent e, long processTime, in TransferAnnotation annotation)
    {
        NotSequencer();
        Transfer(in e);
        _frontier = Math.Max(_frontier, processTime);
        Sides(in e, out var debitProfile, out var creditProfile, out var debitCash, out var creditCash, out var sameHolder);
        if (!creditCash)
        {
            Credit(e.Target, e.Source, in e, EngineTime.ToStored(processTime), sameHolder, debitCash, in annotation, in creditProfile, in debitProfile);
        }
    }

    /// <summary>
    /// Ends a side applied with <see cref="ApplyDebit"/> or <see cref="ApplyCredit"/>: the strengths
    /// it pushed and the linked risk it raised, as the engine runs them after each event.
    /// </summary>
    public void CompleteReleased(in EngineEvent e, long processTime)
    {
        NotSequencer();
        var now = EngineTime.ToStored(processTime);
        if (_pushes.Count > 0)
        {
            RunPushes(in e, now);
        }

        if (_linkedHolders.Count > 0)
        {
            RunLinked(now, e.Sequence);
        }
    }

    private void NotSequencer()
    {
        if (_release is not null)
        {
            throw new InvalidOperationException("a sequencer keeps no entity state and applies nothing");
        }
    }

    private static void Transfer(in EngineEvent e)
    {
        if (e.Kind != EventKind.Transaction)
        {
            throw new ArgumentException("only a transaction has a debit and a credit side", nameof(e));
        }
    }
}

namespace Breakcard.Detection.Engine;

/// <summary>
/// Receives the events a sequencing engine (<see cref="MonitoringEngine.Sequencer"/>) releases, in
/// the order and with the processing time the engine would apply them (ADR 0185).
/// </summary>
public interface IReleaseSink
{
    /// <summary>
    /// <paramref name="e"/> is released: apply it now, at <paramref name="processTime"/> (Unix
    /// seconds; the event's own time, or the frontier for a late event applied under the
    /// apply-late policy). Called synchronously on the sequencer's thread.
    /// </summary>
    void OnReleased(in EngineEvent e, long processTime);
}

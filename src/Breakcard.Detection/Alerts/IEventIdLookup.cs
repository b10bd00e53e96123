namespace Breakcard.Detection.Alerts;

/// <summary>Finds the id of an input event by its sequence, as long as it is retained.</summary>
public interface IEventIdLookup
{
    /// <summary>The id of the event at <paramref name="sequence"/>, or null when no longer retained.</summary>
    string? IdOf(long sequence);
}

using Breakcard.Detection.Pipeline;

namespace Breakcard.Cluster.Grains;

/// <summary>Hands wire events to a <see cref="MonitorSession"/> exactly as a single-process host would.</summary>
public static class SessionFeed
{
    /// <summary>Processes <paramref name="events"/> in order.</summary>
    public static void Feed(this MonitorSession session, IEnumerable<WireEvent> events)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case WireKind.Transaction:
                    session.Process(e.ToTransaction());
                    break;
                case WireKind.Call:
                    session.Process(e.ToCall());
                    break;
                case WireKind.Sms:
                    session.Process(e.ToSms());
                    break;
                case WireKind.Login:
                    session.Process(e.ToLogin());
                    break;
                case WireKind.Flush:
                    session.Engine.Flush();
                    break;
                default:
                    session.Skip();
                    break;
            }
        }
    }
}

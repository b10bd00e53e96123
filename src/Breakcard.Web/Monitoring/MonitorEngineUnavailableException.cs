namespace Breakcard.Web.Monitoring;

/// <summary>
/// The monitor's engine could not apply events (a monitoring cluster unreachable past its failover
/// time): the request is answered 503 with this message. Events read before the failure are held by
/// the engine and applied before the next request's; their ids count as received.
/// </summary>
public sealed class MonitorEngineUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MonitorEngineUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MonitorEngineUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public MonitorEngineUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Breakcard.EarlyWarning.Input;

/// <summary>
/// An alert raised by monitoring on an account (Detection's alerts.jsonl, read by the host): one of
/// monitoring's early signals the warning list builds on.
/// </summary>
/// <param name="AccountNumber">The account alerted on.</param>
/// <param name="Time">When monitoring raised it (event time).</param>
/// <param name="Risk">Monitoring's risk, 0–100.</param>
/// <param name="Reason">Monitoring's main reason, as it named it.</param>
public sealed record MonitoringAlert(string AccountNumber, DateTimeOffset Time, int Risk, string Reason);

namespace Breakcard.Core.Events;

/// <summary>
/// Cash is not an account. In Breakcard's schema a cash withdrawal credits, and a cash deposit
/// debits, a pseudo-account whose id starts with <see cref="Prefix"/> followed by the terminal or
/// branch id, for example "CASH:ATM-510104-0031". Detection and tracing must treat such ids as
/// the edge of the system (a cash-out point), never as a person's hub account.
/// </summary>
public static class CashPoints
{
    /// <summary>Prefix of every cash pseudo-account id.</summary>
    public const string Prefix = "CASH:";

    /// <summary>True when <paramref name="accountId"/> is a cash pseudo-account.</summary>
    public static bool IsCash(ReadOnlySpan<char> accountId) => accountId.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The pseudo-account id for a terminal or branch.</summary>
    public static string For(string terminalId) => Prefix + terminalId;

    /// <summary>True for channels whose money leaves (or enters) the banking system as cash or goods.</summary>
    public static bool IsCashOutChannel(Channel channel) => channel is Channel.AtmCash or Channel.Pos or Channel.Counter;
}

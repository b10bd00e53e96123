namespace Breakcard.Detection.Engine;

/// <summary>What an <see cref="EngineEvent"/> is; decides how its fields are read.</summary>
public enum EventKind : byte
{
    /// <summary>Money moved from <see cref="EngineEvent.Source"/> (debit) to <see cref="EngineEvent.Target"/> (credit).</summary>
    Transaction = 1,

    /// <summary>A voice call from <see cref="EngineEvent.Source"/> (caller) to <see cref="EngineEvent.Target"/> (callee).</summary>
    Call = 2,

    /// <summary>An SMS from <see cref="EngineEvent.Target"/> (sender) to <see cref="EngineEvent.Source"/> (receiver).</summary>
    Sms = 3,

    /// <summary>A login to account <see cref="EngineEvent.Source"/> from device <see cref="EngineEvent.Target"/>.</summary>
    Login = 4,
}

namespace Breakcard.Cli.Infrastructure;

/// <summary>Process exit codes. Scripts can tell bad input from a bug from a cancelled run.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command line did not parse (System.CommandLine reports the details).</summary>
    public const int UsageError = 1;

    /// <summary>The arguments parsed but the input they name is invalid.</summary>
    public const int InvalidInput = 2;

    /// <summary>A file could not be read or written.</summary>
    public const int IoError = 3;

    /// <summary>An evaluation did not reach a target it was asked to check.</summary>
    public const int TargetMissed = 4;

    /// <summary>The acting user may not do this (the message names the operation, the user and why).</summary>
    public const int PermissionDenied = 5;

    /// <summary>The record changed since it was read, or is in a state that does not allow the step.</summary>
    public const int Conflict = 6;

    /// <summary>Stored data failed an integrity check (audit chain, attachment hash).</summary>
    public const int IntegrityFailure = 7;

    /// <summary>A bug: an unexpected exception.</summary>
    public const int InternalError = 70;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}

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

    /// <summary>A bug: an unexpected exception.</summary>
    public const int InternalError = 70;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}

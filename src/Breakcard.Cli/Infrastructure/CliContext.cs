using Spectre.Console;

namespace Breakcard.Cli.Infrastructure;

/// <summary>What every command needs from its host: where to print and what time it is.</summary>
/// <param name="Console">Rich output (tables, progress) on standard output.</param>
/// <param name="Error">Standard error, for error lines.</param>
/// <param name="Time">Clock for processing time (never for event time).</param>
/// <param name="Interactive">True when output is a terminal: progress bars animate only then.</param>
public sealed record CliContext(IAnsiConsole Console, TextWriter Error, TimeProvider Time, bool Interactive)
{
    /// <summary>A context writing to the given writers, without colours or animation unless interactive.</summary>
    public static CliContext Create(TextWriter output, TextWriter error, TimeProvider time, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output is read by scripts and tests: keep lines unwrapped.
            console.Profile.Width = 200;
        }

        return new CliContext(console, error, time, interactive);
    }
}

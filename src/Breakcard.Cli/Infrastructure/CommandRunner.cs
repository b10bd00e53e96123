using System.CommandLine;
using Breakcard.Core.Errors;

namespace Breakcard.Cli.Infrastructure;

/// <summary>
/// Runs a command's body and turns every failure into one clear line on standard error and an
/// exit code. The only place the CLI catches broad exceptions: a user must never see a stack
/// trace for bad input, and a bug must still be reported as a bug.
/// </summary>
public static class CommandRunner
{
    /// <summary>Environment variable that makes internal errors print their stack trace.</summary>
    public const string DebugVariable = "BREAKCARD_DEBUG";

    /// <summary>Binds <paramref name="body"/> as the command's action.</summary>
    public static void SetBody(this Command command, CliContext cli, Func<ParseResult, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction((parse, ct) => RunAsync(cli, command.Name, () => body(parse, ct)));
    }

    /// <summary>Runs <paramref name="body"/>, mapping exceptions to exit codes.</summary>
    public static async Task<int> RunAsync(CliContext cli, string commandName, Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (InvalidInputException ex)
        {
            await cli.Error.WriteLineAsync($"breakcard {commandName}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            await cli.Error.WriteLineAsync($"breakcard {commandName}: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await cli.Error.WriteLineAsync($"breakcard {commandName}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.IoError;
        }
#pragma warning disable CA1031 // The top of the command is where an unexpected exception becomes a report and an exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await cli.Error.WriteLineAsync($"breakcard {commandName}: internal error ({ex.GetType().Name}): {ex.Message}").ConfigureAwait(false);
            if (Environment.GetEnvironmentVariable(DebugVariable) == "1")
            {
                await cli.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }
            else
            {
                await cli.Error.WriteLineAsync($"Set {DebugVariable}=1 for details, and please report it.").ConfigureAwait(false);
            }

            return ExitCodes.InternalError;
        }
    }
}

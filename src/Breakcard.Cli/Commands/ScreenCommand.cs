using System.CommandLine;
using Breakcard.Cli.Commands.Screening;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard screen</c>: screening of job ads and profile texts for card-renting recruitment
/// (<c>ads</c>), training the model (<c>train</c>), checking it against the targets (<c>evaluate</c>) and
/// on families it never saw (<c>crossvalidate</c>).
/// </summary>
public static class ScreenCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliContext cli) =>
        new("screen", "Screen job ads and account texts for card-renting recruitment (Anti-Fraud Law Art. 31; Criminal Law Art. 287-2).")
        {
            ScreenAdsCommand.Create(cli),
            ScreenTrainCommand.Create(cli),
            ScreenEvaluateCommand.Create(cli),
            ScreenBenchCommand.Create(cli),
            ScreenCrossValidateCommand.Create(cli),
        };
}

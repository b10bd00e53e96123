using System.CommandLine;
using Breakcard.Cli.Commands;
using Breakcard.Cli.Demo;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli;

/// <summary>The command tree. Reads like a table of contents: one line per command.</summary>
public static class CliApplication
{
    /// <summary>Builds the root command for a host context.</summary>
    public static RootCommand Build(CliContext cli)
    {
        var root = new RootCommand("Breakcard — find and fight the trade in bank and phone cards (帮信罪, Criminal Law Art. 287-2).")
        {
            DemoCommand.Create(cli),
            SimulateCommand.Create(cli),
            IngestCommand.Create(cli),
            MonitorCommand.Create(cli),
            TrainCommand.Create(cli),
            WarnCommand.Create(cli),
            TraceCommand.Create(cli),
            LinksCommand.Create(cli),
            ClueCommand.Create(cli),
            CaseCommand.Create(cli),
            LegalCommand.Create(cli),
            BlacklistCommand.Create(cli),
            ReviewCommand.Create(cli),
            AuditCommand.Create(cli),
            AdminCommand.Create(cli),
            JudgmentsCommand.Create(cli),
            ScreenCommand.Create(cli),
            ServeCommand.Create(cli),
            ClusterCommand.Create(cli),
            BenchCommand.Create(cli),
        };
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, bool interactive, CancellationToken cancellationToken = default)
    {
        var cli = CliContext.Create(output, error, time, interactive);
        var parse = Build(cli).Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }
}

using System.CommandLine;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Breakcard.Core.Time;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Serialization;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard legal …</c>: the legal rules of Criminal Law Art. 287-2. <c>legal evaluate</c>
/// reads a facts file and reports every statutory criterion under the rules in force on the
/// conduct date, the conclusion, and the penalty range or administrative sanctions.
/// </summary>
public static class LegalCommand
{
    private const string EvaluateName = "legal evaluate";

    /// <summary>Builds the <c>legal</c> command group.</summary>
    public static Command Create(CliContext cli)
    {
        var facts = new Option<FileInfo>("--facts")
        {
            Description = "JSON facts file (schema in docs/legal.md; examples in docs/examples/legal/).",
            Required = true,
        }.MustExist();
        var json = new Option<bool>("--json") { Description = "Write the evaluation as JSON (schema breakcard.legal.evaluation/1) to standard output." };
        var evaluate = new Command("evaluate", "Check conduct against the statutory thresholds in force on its date and give the penalty range or sanctions.")
        {
            facts, json,
        };
        evaluate.SetAction((parse, ct) => CommandRunner.RunAsync(cli, EvaluateName,
            () => EvaluateAsync(cli, parse.GetValue(facts)!, parse.GetValue(json), ct)));

        return new Command("legal", "Legal rules of Art. 287-2 (帮信罪): thresholds by conduct date, penalties, sanctions.")
        {
            evaluate,
        };
    }

    /// <summary>Reads, evaluates and prints one facts file.</summary>
    public static async Task<int> EvaluateAsync(CliContext cli, FileInfo factsFile, bool json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(factsFile);
        var source = factsFile.ToString();
        if (factsFile.Length > FactsJsonReader.MaxBytes)
        {
            throw new InvalidInputException(new InputError(source, null, null,
                string.Create(CultureInfo.InvariantCulture, $"the file is {factsFile.Length:N0} bytes; facts files are limited to {FactsJsonReader.MaxBytes:N0}")));
        }

        var bytes = await File.ReadAllBytesAsync(factsFile.FullName, cancellationToken).ConfigureAwait(false);
        var today = ChinaTime.DateOf(cli.Time.GetUtcNow());
        var result = FactsJsonReader.Read(bytes, source, today);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await cli.Error.WriteLineAsync($"breakcard {EvaluateName}: {error}").ConfigureAwait(false);
            }

            return ExitCodes.InvalidInput;
        }

        var evaluation = LegalEvaluator.Evaluate(result.Facts!);
        if (json)
        {
            cli.Console.Profile.Out.Writer.Write(EvaluationJsonWriter.ToJson(evaluation));
            cli.Console.Profile.Out.Writer.WriteLine();
        }
        else
        {
            LegalEvaluationView.Render(cli.Console, evaluation, source);
        }

        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using System.Globalization;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Evaluation;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Breakcard.Core.Time;
using Breakcard.Legal.Serialization;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Cases;

/// <summary>
/// <c>breakcard case evaluate</c>: the legal evaluation of a case under the rules in force on its
/// conduct date, stored with the case. Facts come from the case's evidence, or from a facts file
/// the user completed (<c>--write-facts</c> writes the derived facts to start from).
/// </summary>
internal static class CaseEvaluateCommand
{
    public static Command Create(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("case") { Description = "Case id." };
        var facts = new Option<FileInfo?>("--facts") { Description = "Evaluate these facts (schema in docs/legal.md) instead of the ones derived from the evidence." };
        var write = new Option<FileInfo?>("--write-facts") { Description = "Write the facts the evidence supports to this file, to complete and pass back with --facts; nothing is evaluated." };
        var json = new Option<bool>("--json") { Description = "Print the evaluation as JSON (breakcard.legal.evaluation/1)." };
        var command = new Command("evaluate", "Evaluate the case under the legal rules in force on its conduct date and store the result.") { id, facts, write, json };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var caseId = parse.GetValue(id)!;
            if (parse.GetValue(write) is { } target)
            {
                var derived = await s.System.Cases.DeriveFactsAsync(s.Caller, caseId, ct);
                await File.WriteAllTextAsync(target.FullName, FactsJsonWriter.ToJson(derived, CaseFactsBuilder.DerivedNote), ct);
                s.Cli.Console.MarkupLineInterpolated($"wrote the facts derived from {caseId} to {target.FullName}; complete them and run: breakcard case evaluate {caseId} --facts {target.Name}");
                return ExitCodes.Ok;
            }

            Legal.Facts.ConductFacts? supplied = null;
            string? source = null;
            if (parse.GetValue(facts) is { } file)
            {
                if (!file.Exists)
                {
                    throw new InvalidInputException(new InputError(file.ToString(), null, null, "the facts file does not exist"));
                }

                if (file.Length > FactsJsonReader.MaxBytes)
                {
                    throw new InvalidInputException(new InputError(file.ToString(), null, null,
                        string.Create(CultureInfo.InvariantCulture, $"the file is {file.Length:N0} bytes; facts files are limited to {FactsJsonReader.MaxBytes:N0}")));
                }

                source = file.ToString();
                var read = FactsJsonReader.Read(await File.ReadAllBytesAsync(file.FullName, ct), source, ChinaTime.DateOf(s.Cli.Time.GetUtcNow()));
                if (!read.Succeeded)
                {
                    foreach (var error in read.Errors)
                    {
                        await s.Cli.Error.WriteLineAsync($"breakcard case evaluate: {error}");
                    }

                    return ExitCodes.InvalidInput;
                }

                supplied = read.Facts;
            }

            var (item, evaluation) = await s.System.Cases.EvaluateAsync(s.Caller, caseId, supplied, source, ct);
            var stored = (EvaluationContent)item.Content;
            if (parse.GetValue(json))
            {
                s.Cli.Console.Profile.Out.Writer.WriteLine(stored.EvaluationJson);
            }
            else
            {
                LegalEvaluationView.Render(s.Cli.Console, evaluation, source ?? $"derived from {caseId}");
                s.Cli.Console.MarkupLineInterpolated($"stored as {item.Id} in {caseId} (rules version {stored.RulesVersion}, evaluated on {CaseRender.Day(stored.EvaluatedOn)})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

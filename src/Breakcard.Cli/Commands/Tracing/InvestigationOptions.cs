using System.CommandLine;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>The input options <c>trace</c> and <c>links</c> share.</summary>
internal sealed class InvestigationOptions
{
    public Option<FileSystemInfo> Input { get; } = new Option<FileSystemInfo>("--input")
    {
        Description = "A world folder (events.jsonl or transactions/calls/sms/logins.csv, with people/companies/accounts/phones/devices/links.csv), or one event file (CSV, JSON Lines, pacs.008).",
        Required = true,
    }.MustExist();

    public Option<string?> Mapping { get; } = new("--mapping") { Description = "Column mapping for a CSV event file that is not Breakcard's own (a JSON file, or a shipped one: amlsim, amlworld)." };

    public Option<DirectoryInfo?> Reference { get; } = new("--reference") { Description = "Folder with the reference files (people, companies, accounts, phones, devices, links); default: the input folder." };

    public Option<FileInfo> Confirmed { get; } = new Option<FileInfo>("--confirmed") { Description = "Accounts confirmed as mules, one account number per line." }.MustExist();

    public IEnumerable<Option> All => [Input, Mapping, Reference, Confirmed];

    public InvestigationInput Read(ParseResult parse)
    {
        var reference = parse.GetValue(Reference);
        if (reference is { Exists: false })
        {
            throw new Core.Errors.InvalidInputException(new Core.Errors.InputError(reference.FullName, null, null, "--reference: no such folder"));
        }

        return new InvestigationInput(parse.GetValue(Input)!, parse.GetValue(Mapping), reference, parse.GetValue(Confirmed));
    }
}

using System.CommandLine;
using System.Globalization;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Services;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Companies;
using Breakcard.Core.Events;
using Breakcard.Legal.Facts;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Cases;

/// <summary><c>breakcard case add-evidence</c> (one piece per call) and <c>breakcard case file</c> (read an attached file back).</summary>
internal static class CaseEvidenceCommand
{
    public static Command Create(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("case") { Description = "Case id." };
        Option<string?> O(string name, string description) => new(name) { Description = description };
        var suspectId = O("--suspect-id", "Suspect: resident identity number.");
        var suspectName = O("--suspect-name", "Suspect: name.");
        var personRef = O("--person-ref", "Suspect: id in the source data.");
        var role = O("--role", "Suspect: what they are suspected of, in words.");
        var card = O("--card", "Bank card number (checked: Luhn).");
        var account = O("--account", "Account number without a card check digit (corporate or payment account).");
        var cardKind = O("--card-kind", "bank_card (default for --card), bank_account (default for --account), payment_account, internet_payment_account, payment_interface, online_banking_certificate.");
        var phone = O("--phone", "Mobile number.");
        var phoneKind = O("--phone-kind", "phone_card (default), data_card, iot_card.");
        var holder = O("--holder", "Card, account or phone: own (the suspect's), others or unit.");
        var dealing = O("--dealing", "Card or phone: bought, sold, rented or lent.");
        var bank = O("--bank", "Card: issuing bank code.");
        var company = O("--company", "Company: unified social credit code.");
        var companyName = O("--company-name", "Company: registered name.");
        var address = O("--address", "Company: registered address.");
        var companyStatus = O("--company-status", "Company: operating, not_operating, abnormal, deregistered.");
        var transaction = O("--transaction", "Transaction: its id in the source.");
        var time = O("--time", "Transaction: time, yyyy-MM-ddTHH:mm:ss+08:00.");
        var from = O("--from", "Transaction: paying account (or CASH:…).");
        var to = O("--to", "Transaction: receiving account (or CASH:…).");
        var amount = O("--amount", "Transaction: amount in yuan.");
        var channel = O("--channel", "Transaction: transfer, atm_cash, pos, third_party, counter.");
        var note = O("--note", "A note (free text; no identifiers).");
        var cause = O("--cause", "Cause investigation: recruitment_ad, campus, fellow_villager, employer, insider, other.");
        var detail = O("--detail", "Cause: what was found.");
        var suspectItem = O("--suspect-item", "Cause: the suspect item it concerns.");
        var file = new Option<FileInfo?>("--file") { Description = "Attach a file (stored once by SHA-256)." }.MustExistIfGiven();
        var mediaType = O("--media-type", "File: media type (guessed from the extension when omitted).");
        var version = CaseWorkflowCommands.ExpectVersion();
        var command = new Command("add-evidence", "Add one piece of evidence: a suspect, card, account, phone, company, transaction, note, cause finding or file.")
        {
            id, suspectId, suspectName, personRef, role, card, account, cardKind, phone, phoneKind, holder, dealing, bank, company, companyName, address, companyStatus,
            transaction, time, from, to, amount, channel, note, cause, detail, suspectItem, file, mediaType, version,
        };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            string? V(Option<string?> o) => parse.GetValue(o);
            var given = new (string Name, bool Set)[]
            {
                ("--suspect-id/--suspect-name/--person-ref", V(suspectId) is not null || V(suspectName) is not null || V(personRef) is not null),
                ("--card", V(card) is not null), ("--account", V(account) is not null), ("--phone", V(phone) is not null), ("--company", V(company) is not null),
                ("--transaction", V(transaction) is not null), ("--note", V(note) is not null), ("--cause", V(cause) is not null),
                ("--file", parse.GetValue(file) is not null),
            }.Where(g => g.Set).Select(g => g.Name).ToList();
            if (given.Count != 1)
            {
                throw CaseCli.Invalid("evidence", given.Count == 0
                    ? "give one piece of evidence: --suspect-id, --card, --account, --phone, --company, --transaction, --note, --cause or --file"
                    : $"give one piece of evidence per call, not {string.Join(" and ", given)}");
            }

            var caseId = parse.GetValue(id)!;
            CaseItem item;
            if (parse.GetValue(file) is { } f)
            {
                var bytes = await System.IO.File.ReadAllBytesAsync(f.FullName, ct);
                item = await s.System.Cases.AttachFileAsync(s.Caller, caseId, f.Name, V(mediaType) ?? MediaType(f.Extension), bytes, parse.GetValue(version), ct);
            }
            else
            {
                CardHolder? Holder() => V(holder) is { } h ? CaseCli.Code<CardHolder>(h, "--holder") : null;
                Dealing? Dealt() => V(dealing) is { } d ? CaseCli.Code<Dealing>(d, "--dealing") : null;
                CaseItemContent content = given[0] switch
                {
                    "--card" => new CardContent(CaseCli.Id(IdentifierKind.BankCard, V(card), "--card"), V(cardKind) is { } k ? CaseCli.Code<CardKind>(k, "--card-kind") : CardKind.BankCard,
                        Holder(), Dealt(), V(bank), null),
                    "--account" => new CardContent(CaseCli.Id(IdentifierKind.AccountNumber, V(account), "--account"),
                        V(cardKind) is { } k ? CaseCli.Code<CardKind>(k, "--card-kind") : CardKind.BankAccount, Holder(), Dealt(), V(bank), null),
                    "--phone" => new PhoneContent(CaseCli.Id(IdentifierKind.Phone, V(phone), "--phone"), V(phoneKind) is { } k ? CaseCli.Code<CardKind>(k, "--phone-kind") : CardKind.PhoneCard,
                        Holder(), Dealt(), null),
                    "--company" => new CompanyContent(CaseCli.Id(IdentifierKind.CreditCode, V(company), "--company"),
                        V(companyName) ?? throw CaseCli.Invalid("--company-name", "a company needs its registered name"), V(address),
                        V(companyStatus) is { } st ? CaseCli.Code<CompanyStatus>(st, "--company-status") : null),
                    "--transaction" => new TransactionContent(V(transaction)!, Time(V(time)), Party(V(from), "--from"), Party(V(to), "--to"),
                        CaseCli.Yuan(V(amount) ?? throw CaseCli.Invalid("--amount", "a transaction needs its amount in yuan"), "--amount"), V(channel)),
                    "--note" => new NoteContent(V(note)!),
                    "--cause" => new CauseContent(CaseCli.Code<CauseCategory>(V(cause), "--cause"), V(detail), V(suspectItem)),
                    _ => new SuspectContent(CaseCli.OptionalId(IdentifierKind.IdentityNumber, V(suspectId), "--suspect-id"),
                        CaseCli.OptionalId(IdentifierKind.PersonName, V(suspectName), "--suspect-name"), V(personRef), V(role)),
                };
                item = await s.System.Cases.AddItemAsync(s.Caller, caseId, content, parse.GetValue(version), ct);
            }

            s.Cli.Console.MarkupLineInterpolated($"added {CaseCli.Snake(item.Kind)} [bold]{item.Id}[/] to {caseId}: {string.Join("; ", item.Content.Fields(i => i.Masked).Select(x => $"{x.Name}={x.Value}"))}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command File(CliContext cli, Option<string> store, Option<string?> user)
    {
        var id = new Argument<string>("case") { Description = "Case id." };
        var item = new Option<string>("--item") { Description = "The file's item id.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the content.", Required = true };
        var command = new Command("file", "Read an attached file back (checked against its SHA-256; the read is audited).") { id, item, output };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var (attachment, content) = await s.System.Cases.ReadAttachmentAsync(s.Caller, parse.GetValue(id)!, parse.GetValue(item)!, ct);
            await System.IO.File.WriteAllBytesAsync(parse.GetValue(output)!.FullName, content, ct);
            s.Cli.Console.MarkupLineInterpolated($"wrote {attachment.FileName} ({content.Length:N0} bytes, SHA-256 {attachment.Sha256} verified) to {parse.GetValue(output)!.FullName}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<FileInfo?> MustExistIfGiven(this Option<FileInfo?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo?>() is { Exists: false } f)
            {
                result.AddError($"Option '{option.Name}': file '{f.FullName}' does not exist.");
            }
        });
        return option;
    }

    private static Party Party(string? text, string option) =>
        Breakcard.Cases.CaseFiles.Party.TryParse(text, out var party, out var error) ? party : throw CaseCli.Invalid(option, $"not an account or cash point: {error}");

    private static DateTimeOffset Time(string? text) =>
        DateTimeOffset.TryParseExact(text, EventSchema.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t : throw CaseCli.Invalid("--time", "a transaction needs its time as yyyy-MM-ddTHH:mm:ss+08:00");

    private static string MediaType(string extension) => extension.ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".txt" => "text/plain",
        ".csv" => "text/csv",
        ".json" => "application/json",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}

using System.Globalization;
using System.Text;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Clues.Import;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Review;
using Breakcard.Core.Accounts;

namespace Breakcard.Cli.Demo.Stages.Cases;

/// <summary>
/// Where the demo's clues come from: monitoring's alerts.jsonl when the monitoring stage wrote one,
/// otherwise the bank's annual inspection of corporate accounts over the world's own registers
/// (accounts.csv, companies.csv) — never the simulator's ground truth. Either way the bank adds
/// what it knows of its customer (identity number and name) before raising the clue.
/// </summary>
internal static class DemoClues
{
    /// <summary>Most clues the demo raises (the riskiest subjects).</summary>
    public const int MaxClues = 200;

    /// <summary>Lowest inspection score that makes a corporate account a clue in the fallback.</summary>
    public const int MinInspectionScore = 50;

    /// <summary>Clue drafts from alerts: the riskiest <see cref="MaxClues"/> subjects, merged per subject.</summary>
    public static (AlertFileRead Read, IReadOnlyList<AlertClue> Clues) FromAlerts(string path, CancellationToken ct)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var read = AlertFileReader.Read(reader, path, ct);
        return (read, AlertClueMerger.Merge(read.Alerts, top: MaxClues));
    }

    /// <summary>Clue drafts from the corporate-account inspection (the fallback without alerts).</summary>
    public static IReadOnlyList<AlertClue> FromInspection(CustomerRecords records)
    {
        var ranked = CorporateInspection.Rank(records.World, a => a.Status != AccountStatus.Closed, records.World.DataEnd)
            .Where(i => i.Score >= MinInspectionScore).Take(MaxClues);
        var clues = new List<AlertClue>();
        foreach (var item in ranked)
        {
            if (!Identifier.TryParseAccount(item.Account.AccountNumber, out var subject, out _))
            {
                continue; // the reader validated the account numbers; a key it accepted always parses
            }

            var reasons = item.Reasons.Select((r, i) => new ClueReason("INSPECTION_" + (i + 1).ToString(CultureInfo.InvariantCulture), r.Length <= 500 ? r : r[..500]));
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"Annual inspection of corporate accounts: score {item.Score} ({string.Join("; ", item.Reasons)}).");
            var draft = ClueDraft.Manual(subject, null, null, item.Account.HolderId, summary.Length <= 2000 ? summary : summary[..2000]) with
            {
                Risk = item.Score,
                Reasons = [.. reasons.Take(ClueDraft.MaxListLength)],
            };
            clues.Add(new AlertClue(draft, [], []));
        }

        return clues;
    }

    /// <summary>The person ids the bank looks up for these clues (holders and legal representatives).</summary>
    public static HashSet<string> People(IEnumerable<AlertClue> clues, CustomerRecords records) =>
        clues.Select(c => records.Account(c.Draft.Subject.Reveal()) is { } a ? records.ResponsiblePerson(a) : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>The draft with the personal holder's identity number and name, as the bank's customer records give them.</summary>
    public static AlertClue WithHolder(AlertClue clue, CustomerRecords records)
    {
        if (records.Account(clue.Draft.Subject.Reveal()) is not { HolderKind: AccountHolderKind.Personal } account
            || records.Person(account.HolderId) is not { } person)
        {
            return clue;
        }

        return clue with { Draft = clue.Draft with { HolderIdentity = person.Identity, HolderName = person.Name, HolderRef = account.HolderId } };
    }
}

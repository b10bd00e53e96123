using System.Globalization;
using Breakcard.Cli.Commands.Tracing;
using Breakcard.Core.Errors;
using Breakcard.Core.Truth;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Demo.Stages.Tracing;

/// <summary>
/// The ground truth the tracing stage scores against (docs/data-format.md "Ground truth"): each
/// account's role and ring, persons' and companies' roles, devices' rings, and where each victim
/// payment's money ended (fund_flows.csv, first in first out).
/// </summary>
internal sealed class TracingTruth
{
    /// <summary>One row of fund_flows.csv.</summary>
    public sealed record Flow(string End, string? EndEventId, string EndAccount, long Fen);

    public Dictionary<string, (string Role, string? Ring)> Accounts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> PersonRoles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> CompanyRoles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> DeviceRoles { get; } = new(StringComparer.Ordinal);

    /// <summary>Fund flows by the victim payment's event id, in file order.</summary>
    public Dictionary<string, List<Flow>> Flows { get; } = new(StringComparer.Ordinal);

    public List<string> Rings { get; } = [];

    /// <summary>True when the account is under a ring's control or used for it.</summary>
    public bool IsPositive(string account) => Accounts.TryGetValue(account, out var t) && t.Role is not ("normal" or "victim");

    public static TracingTruth Read(string worldFolder, IQuarantineSink quarantine, CancellationToken ct)
    {
        var folder = Path.Combine(worldFolder, TruthSchema.Folder);
        if (!Directory.Exists(folder))
        {
            throw new InvalidInputException(new InputError(folder, null, null, "the world has no ground truth to score tracing against"));
        }

        var t = new TracingTruth();
        ReferenceCsv.Read(Path.Combine(folder, TruthSchema.AccountsCsv), ["account_number", "role", "ring_id"], quarantine,
            (csv, _, f, _) => t.Accounts[f[csv.Column("account_number")]] = (f[csv.Column("role")], NullIfEmpty(f[csv.Column("ring_id")])), ct);
        ReferenceCsv.Read(Path.Combine(folder, TruthSchema.PersonsCsv), ["person_id", "role"], quarantine,
            (csv, _, f, _) => t.PersonRoles[f[csv.Column("person_id")]] = f[csv.Column("role")], ct);
        ReferenceCsv.Read(Path.Combine(folder, TruthSchema.CompaniesCsv), ["company_id", "role"], quarantine,
            (csv, _, f, _) => t.CompanyRoles[f[csv.Column("company_id")]] = f[csv.Column("role")], ct);
        ReferenceCsv.Read(Path.Combine(folder, TruthSchema.DevicesCsv), ["device_id", "role"], quarantine,
            (csv, _, f, _) => t.DeviceRoles[f[csv.Column("device_id")]] = f[csv.Column("role")], ct);
        ReferenceCsv.Read(Path.Combine(folder, TruthSchema.RingsCsv), ["ring_id"], quarantine,
            (csv, _, f, _) => t.Rings.Add(f[csv.Column("ring_id")]), ct);
        var flows = Path.Combine(folder, TruthSchema.FundFlowsCsv);
        ReferenceCsv.Read(flows, TruthSchema.FundFlowColumns, quarantine, (csv, line, f, raw) =>
        {
            if (!long.TryParse(f[csv.Column("amount_fen")], NumberStyles.None, CultureInfo.InvariantCulture, out var fen))
            {
                quarantine.Add(new QuarantinedRecord(new InputError(flows, line, "amount_fen", "not a whole number of fen"), RejectReason.InvalidAmount, raw));
                return;
            }

            var source = f[csv.Column("source_event_id")];
            if (!t.Flows.TryGetValue(source, out var list))
            {
                t.Flows[source] = list = [];
            }

            list.Add(new Flow(f[csv.Column("end")], NullIfEmpty(f[csv.Column("end_event_id")]), f[csv.Column("end_account")], fen));
        }, ct);
        return t;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}

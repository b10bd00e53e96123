using System.Text;
using Breakcard.Core.Accounts;
using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Output;

/// <summary>
/// The world in IBM AMLSim's public format, for comparing with work published on it:
/// transactions.csv (<c>tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id</c>),
/// alerts.csv (one row per SAR transaction, with its pattern as <c>alert_type</c>), AMLSim-style
/// accounts.csv and account_map.csv back to Breakcard's account numbers. Integer account ids;
/// cash is the sentinel -1 in bene_acct with tx_type CASH-OUT or CASH-IN (account -> branch both
/// ways, as AMLSim writes them); one timestamp per day, as AMLSim
/// has, so many transactions share a time. Calls, SMS and logins have no place in the format.
/// </summary>
internal sealed class AmlSimOutput : IEventOutput
{
    public const string TransactionsCsv = "transactions.csv";
    public const string AlertsCsv = "alerts.csv";
    public const string AccountsCsv = "accounts.csv";
    public const string AccountMapCsv = "account_map.csv";

    private static readonly string[] TransactionColumns = ["tran_id", "orig_acct", "bene_acct", "tx_type", "base_amt", "tran_timestamp", "is_sar", "alert_id"];
    private static readonly string[] AlertColumns = ["alert_id", "alert_type", "is_sar", "tran_id", "orig_acct", "bene_acct", "tx_type", "base_amt", "tran_timestamp"];
    private static readonly string[] AccountColumns =
        ["acct_id", "dsply_nm", "type", "acct_stat", "acct_rptng_crncy", "prior_sar_count", "branch_id", "open_dt", "close_dt", "initial_deposit", "tx_behavior_id", "bank_id", "is_sar"];

    private readonly string _folder;
    private readonly SimWorld _world;
    private readonly TruthBook _truth;
    private readonly Utf8FileWriter _transactions;
    private readonly Utf8FileWriter _alerts;
    private readonly byte[][] _days;
    private readonly byte[][] _patterns;
    private long _number;

    public AmlSimOutput(string folder, SimWorld world, TruthBook truth)
    {
        _folder = folder;
        _world = world;
        _truth = truth;
        _transactions = new Utf8FileWriter(Path.Combine(folder, TransactionsCsv));
        _alerts = new Utf8FileWriter(Path.Combine(folder, AlertsCsv));
        CsvRows.Header(_transactions, TransactionColumns);
        CsvRows.Header(_alerts, AlertColumns);
        _days = new byte[world.Calendar.Days][];
        for (var d = 0; d < _days.Length; d++)
        {
            _days[d] = Encoding.ASCII.GetBytes(world.Calendar.DateOf(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z");
        }

        _patterns = Enum.GetValues<TransactionPattern>().Select(p => Encoding.ASCII.GetBytes(EventSchema.Snake(p))).ToArray();
    }

    public void Write(DayBatch batch)
    {
        var events = batch.Events;
        foreach (var index in batch.Order)
        {
            ref readonly var e = ref events[index];
            if (e.Kind != EventKind.Transaction)
            {
                continue;
            }

            _number++;
            var label = e.Label >= 0 ? batch.Labels[e.Label] : null;
            var w = _transactions;
            w.WriteInt64(_number);
            w.WriteByte((byte)',');
            Rest(w, e, batch.Day);
            w.WriteByte((byte)',');
            w.Write(label is null ? "False"u8 : "True"u8);
            w.WriteByte((byte)',');
            w.WriteInt64(label is { Alert: >= 0 } ? label.Alert : -1);
            w.EndLine();
            if (label is { Alert: >= 0 })
            {
                var a = _alerts;
                a.WriteInt64(label.Alert);
                a.WriteByte((byte)',');
                a.Write(_patterns[(int)label.Pattern]);
                a.Write(",True,"u8);
                a.WriteInt64(_number);
                a.WriteByte((byte)',');
                Rest(a, e, batch.Day);
                a.EndLine();
            }
        }
    }

    public IReadOnlyList<WrittenFile> Finish()
    {
        var files = new List<WrittenFile>
        {
            EntityOutput.Close(_transactions, TransactionsCsv),
            EntityOutput.Close(_alerts, AlertsCsv),
        };
        files.AddRange(WriteAccounts());
        return files;
    }

    public void Dispose()
    {
        _transactions.Dispose();
        _alerts.Dispose();
    }

    /// <summary>Whether ground truth counts an account as a positive (under a ring's control or used for it).</summary>
    public static bool IsSar(TruthBook truth, int account) =>
        truth.Accounts.TryGetValue(account, out var t) && t.Role is not (TruthRole.Normal or TruthRole.Victim);

    private void Rest(Utf8FileWriter w, in SimEvent e, int day)
    {
        // AMLSim writes cash both ways as account -> branch: a deposit's account is orig_acct too
        // (the shipped mapping reverses CASH-IN), so the cash sentinel is always bene_acct.
        var deposit = Endpoints.IsCash(e.A) && !Endpoints.IsCash(e.B);
        var (orig, bene) = deposit ? (e.B, e.A) : (e.A, e.B);
        w.WriteInt64(Endpoints.IsCash(orig) ? -1 : orig + 1);
        w.WriteByte((byte)',');
        w.WriteInt64(Endpoints.IsCash(bene) ? -1 : bene + 1);
        w.WriteByte((byte)',');
        w.Write(Endpoints.IsCash(e.B) ? "CASH-OUT"u8 : Endpoints.IsCash(e.A) ? "CASH-IN"u8 : "TRANSFER"u8);
        w.WriteByte((byte)',');
        w.WriteYuan(e.Value);
        w.WriteByte((byte)',');
        w.Write(_days[day]);
    }

    private IEnumerable<WrittenFile> WriteAccounts()
    {
        var accounts = _world.Accounts;
        using var w = new Utf8FileWriter(Path.Combine(_folder, AccountsCsv));
        using var map = new Utf8FileWriter(Path.Combine(_folder, AccountMapCsv));
        CsvRows.Header(w, AccountColumns);
        CsvRows.Header(map, ["acct_id", "account_number", "holder_id"]);
        for (var a = 0; a < accounts.Count; a++)
        {
            var id = a + 1;
            var personal = accounts.HolderKind[a] == AccountHolderKind.Personal;
            w.WriteInt64(id);
            w.Write(",C_"u8);
            w.WriteInt64(id);
            w.Write(personal ? ",I,A,CNY,False,"u8 : ",O,A,CNY,False,"u8);
            w.WriteInt64(accounts.Branch[a] + 1);
            w.WriteByte((byte)',');
            SimCalendar.WriteDate(w, _world.Calendar.DateOf(accounts.Opened[a]));
            w.Write(",,0.00,"u8);
            w.WriteInt64(BehaviourOf(accounts.Persona[a]));
            w.WriteByte((byte)',');
            w.WriteText(BankCatalog.Banks[accounts.Bank[a]].Code);
            w.Write(IsSar(_truth, a) ? ",True"u8 : ",False"u8);
            w.EndLine();

            map.WriteInt64(id);
            map.WriteByte((byte)',');
            map.WriteDigits(accounts.Number[a], 1);
            map.WriteByte((byte)',');
            map.WriteText(personal ? Population.PersonTable.IdOf(accounts.Holder[a]) : CompanyTable.IdOf(accounts.Holder[a]));
            map.EndLine();
        }

        yield return EntityOutput.Close(w, AccountsCsv);
        yield return EntityOutput.Close(map, AccountMapCsv);
    }

    /// <summary>AMLSim's normal-behaviour model ids: 1 single, 2 fan-out, 3 fan-in, 5 forward.</summary>
    private static int BehaviourOf(Persona persona) => persona switch
    {
        Persona.Employer => 2,
        Persona.Merchant => 3,
        Persona.Sweeper or Persona.Courier or Persona.Landlord => 5,
        _ => 1,
    };
}

using System.Globalization;
using System.Text;

namespace Breakcard.Benchmarks.Ingest;

/// <summary>
/// Deterministic benchmark inputs shaped like real files: Breakcard's transactions.csv and
/// events.jsonl, AMLSim transactions and AMLworld transactions, each with <c>rows</c> records.
/// </summary>
internal static class IngestInputs
{
    private static readonly string[] Channels = ["transfer", "transfer", "transfer", "third_party", "pos", "atm_cash"];
    private static readonly string[] Memos = ["", "", "", "房租", "工资", "货款 3月", "\"quoted, memo\""];
    private static readonly string[] Formats = ["ACH", "ACH", "Cheque", "Credit Card", "Wire", "Cash", "Reinvestment"];
    private static readonly string[] Currencies = ["US Dollar", "US Dollar", "US Dollar", "Euro", "Yuan"];

    private static string Card(Random r) => "62220210" + r.NextInt64(10_000_000_000, 99_999_999_999).ToString(CultureInfo.InvariantCulture);

    public static byte[] SchemaTransactions(int rows)
    {
        var r = new Random(42);
        var sb = new StringBuilder("id,time,debit,credit,amount_fen,channel,memo\n");
        var t = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
        for (var i = 0; i < rows; i++)
        {
            t = t.AddSeconds(r.Next(0, 3));
            var channel = Channels[r.Next(Channels.Length)];
            var credit = channel == "atm_cash" ? "CASH:ATM-510104-" + r.Next(1000).ToString("D4", CultureInfo.InvariantCulture) : Card(r);
            sb.Append(CultureInfo.InvariantCulture, $"T{i:D9},{t:yyyy-MM-dd'T'HH:mm:sszzz},{Card(r)},{credit},{r.Next(100, 5_000_000)},{channel},{Memos[r.Next(Memos.Length)].Replace("\"", "\"\"", StringComparison.Ordinal) switch { var m when m.Contains(',', StringComparison.Ordinal) => "\"" + m + "\"", var m => m }}\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static byte[] EventsJsonl(int rows)
    {
        var r = new Random(42);
        var sb = new StringBuilder();
        var t = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
        for (var i = 0; i < rows; i++)
        {
            t = t.AddSeconds(r.Next(0, 3));
            sb.Append(CultureInfo.InvariantCulture,
                $"{{\"type\":\"transaction\",\"id\":\"T{i:D9}\",\"time\":\"{t:yyyy-MM-dd'T'HH:mm:sszzz}\",\"debit\":\"{Card(r)}\",\"credit\":\"{Card(r)}\",\"amount_fen\":{r.Next(100, 5_000_000)},\"channel\":\"transfer\",\"memo\":null}}\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static byte[] AmlSim(int rows)
    {
        var r = new Random(42);
        var sb = new StringBuilder("tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id\n");
        for (var i = 0; i < rows; i++)
        {
            var sar = r.Next(100) == 0;
            var from = r.Next(100_000);
            sb.Append(CultureInfo.InvariantCulture,
                $"{i + 1},{from},{(from + 1 + r.Next(99_999)) % 100_000},TRANSFER,{r.Next(1, 100_000)}.{r.Next(100):D2},2017-01-{1 + (i * 28 / rows):D2}T00:00:00Z,{(sar ? "True" : "False")},{(sar ? r.Next(500) : -1)}\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static byte[] AmlWorld(int rows)
    {
        var r = new Random(42);
        var sb = new StringBuilder("Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering\n");
        var t = new DateTime(2022, 9, 1);
        for (var i = 0; i < rows; i++)
        {
            t = t.AddSeconds(r.Next(0, 5));
            var currency = Currencies[r.Next(Currencies.Length)];
            var amount = $"{r.Next(1, 100_000)}.{r.Next(100):D2}";
            sb.Append(CultureInfo.InvariantCulture,
                $"{t:yyyy/MM/dd HH:mm},{r.Next(1, 30_000):D3},{r.NextInt64(0x80000000, 0x8FFFFFFFF):X9},{r.Next(1, 30_000):D3},{r.NextInt64(0x80000000, 0x8FFFFFFFF):X9},{amount},{currency},{amount},{currency},{Formats[r.Next(Formats.Length)]},{(r.Next(1000) == 0 ? 1 : 0)}\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Breakcard.Core;
using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.Time;

namespace Breakcard.Cases.Review.Import;

/// <summary>
/// Reads what the review lists need from a world folder's files (docs/data-format.md):
/// <c>accounts.csv</c>, <c>companies.csv</c>, optionally <c>transactions.csv</c> (each account's
/// last activity and the day the data ends) and an alerts file (JSON Lines with <c>entity</c> and
/// <c>risk</c>, as monitoring writes them). Columns are found by name, so extra columns are fine.
/// A file that is not what it claims throws with file, line and column; a bad record is
/// quarantined and counted, never silently dropped. The caller opens the files. Not thread safe.
/// </summary>
public static class WorldReader
{
    /// <summary>Most quarantined records kept with their errors (all are counted).</summary>
    public const int MaxProblemsKept = 100;

    private static readonly string[] AccountColumns = ["account_number", "bank", "class", "holder_kind", "holder_id", "opened", "status"];
    private static readonly string[] CompanyColumns = ["id", "credit_code", "name", "registered_address", "legal_representative_id", "registered", "status"];
    private static readonly string[] TransactionColumns = ["time", "debit", "credit"];

    /// <summary>Reads the files. <paramref name="transactions"/> and <paramref name="alerts"/> are optional.</summary>
    public static ReviewWorld Read(
        (TextReader Reader, string Source) accounts,
        (TextReader Reader, string Source) companies,
        (TextReader Reader, string Source)? transactions,
        (TextReader Reader, string Source)? alerts)
    {
        var problems = new Problems();
        var accountList = ReadAccounts(accounts.Reader, accounts.Source, problems, out var recorded);
        var companyList = ReadCompanies(companies.Reader, companies.Source, problems);
        var activity = new Dictionary<string, DateOnly>(recorded, StringComparer.Ordinal);
        DateOnly? end = null;
        if (transactions is { } t)
        {
            end = ReadActivity(t.Reader, t.Source, activity, problems);
        }

        var risk = alerts is { } a ? ReadAlerts(a.Reader, a.Source, problems) : new Dictionary<string, int>();
        end ??= accountList.Select(x => x.Opened).Concat(activity.Values).Concat(companyList.Select(c => c.Registered)).DefaultIfEmpty().Max();
        return new ReviewWorld([.. accountList], [.. companyList], activity.ToImmutableDictionary(StringComparer.Ordinal),
            risk.ToImmutableDictionary(StringComparer.Ordinal), end.Value, [.. problems.Kept], problems.Count);
    }

    private static List<BankAccount> ReadAccounts(TextReader reader, string source, Problems problems, out Dictionary<string, DateOnly> lastActivity)
    {
        var csv = new CsvReader(reader, source, AccountColumns);
        var list = new List<BankAccount>();
        lastActivity = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        while (csv.Next() is { } r)
        {
            if (csv.FieldCountProblem(r) is { } count)
            {
                problems.Add(count);
                continue;
            }

            try
            {
                var number = Required(r, "account_number", source);
                BankCardNumber? card = r["card_number"] is { } c
                    ? BankCardNumber.TryParse(c, out var n, out var error) ? n : throw Bad(source, r, "card_number", $"not a valid bank card number: {error}")
                    : null;
                list.Add(new BankAccount(number, Required(r, "bank", source), Enum<AccountClass>(r, "class", source), Enum<AccountHolderKind>(r, "holder_kind", source),
                    Required(r, "holder_id", source), Date(r, "opened", source), Enum<AccountStatus>(r, "status", source), card));
                if (r["last_activity"] is not null)
                {
                    lastActivity[number] = Date(r, "last_activity", source);
                }
            }
            catch (InvalidInputException ex)
            {
                problems.Add(ex.Error);
            }
        }

        return list;
    }

    private static List<Company> ReadCompanies(TextReader reader, string source, Problems problems)
    {
        var csv = new CsvReader(reader, source, CompanyColumns);
        var list = new List<Company>();
        while (csv.Next() is { } r)
        {
            if (csv.FieldCountProblem(r) is { } count)
            {
                problems.Add(count);
                continue;
            }

            try
            {
                var code = CreditCode.TryParse(Required(r, "credit_code", source), out var cc, out var error)
                    ? cc : throw Bad(source, r, "credit_code", $"not a valid unified social credit code: {error}");
                list.Add(new Company(Required(r, "id", source), code, Required(r, "name", source), Required(r, "registered_address", source),
                    Required(r, "legal_representative_id", source), r["business_scope"] ?? "", Date(r, "registered", source), Enum<CompanyStatus>(r, "status", source)));
            }
            catch (InvalidInputException ex)
            {
                problems.Add(ex.Error);
            }
        }

        return list;
    }

    private static DateOnly? ReadActivity(TextReader reader, string source, Dictionary<string, DateOnly> activity, Problems problems)
    {
        var csv = new CsvReader(reader, source, TransactionColumns);
        DateOnly? end = null;
        while (csv.Next() is { } r)
        {
            if (csv.FieldCountProblem(r) is { } count)
            {
                problems.Add(count);
                continue;
            }

            var time = r["time"];
            if (time is null || !DateTimeOffset.TryParseExact(time, EventSchema.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                problems.Add(new InputError(source, r.Line, "time", $"not a time of the form {EventSchema.TimeFormat}"));
                continue;
            }

            var day = ChinaTime.DateOf(at);
            end = end is { } e && e > day ? e : day;
            foreach (var column in (ReadOnlySpan<string>)["debit", "credit"])
            {
                if (r[column] is { } account && !CashPoints.IsCash(account) && (!activity.TryGetValue(account, out var last) || last < day))
                {
                    activity[account] = day;
                }
            }
        }

        return end;
    }

    private static Dictionary<string, int> ReadAlerts(TextReader reader, string source, Problems problems)
    {
        var risk = new Dictionary<string, int>(StringComparer.Ordinal);
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(text);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entity", out var entity) || entity.ValueKind != JsonValueKind.String)
                {
                    problems.Add(new InputError(source, line, "entity", "each line is an alert object with a string 'entity'"));
                    continue;
                }

                if (!root.TryGetProperty("risk", out var r) || !r.TryGetInt32(out var value) || value is < 0 or > 100)
                {
                    problems.Add(new InputError(source, line, "risk", "must be an integer 0 to 100"));
                    continue;
                }

                var key = entity.GetString()!;
                risk[key] = Math.Max(value, risk.GetValueOrDefault(key));
            }
            catch (JsonException ex)
            {
                problems.Add(new InputError(source, line, null, $"not JSON: {ex.Message.Split(" LineNumber", 2)[0]}"));
            }
        }

        return risk;
    }

    private static string Required(CsvRecord r, string column, string source) => r[column] ?? throw Bad(source, r, column, "is empty");

    private static DateOnly Date(CsvRecord r, string column, string source) =>
        DateOnly.TryParseExact(Required(r, column, source), EventSchema.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw Bad(source, r, column, $"not a date of the form {EventSchema.DateFormat}");

    private static T Enum<T>(CsvRecord r, string column, string source) where T : struct, Enum =>
        EventSchema.TryParseSnake<T>(Required(r, column, source), out var value)
            ? value : throw Bad(source, r, column, $"unknown value; expected one of {string.Join(", ", System.Enum.GetValues<T>().Select(v => EventSchema.Snake(v)))}");

    private static InvalidInputException Bad(string source, CsvRecord r, string column, string reason) => new(new InputError(source, r.Line, column, reason));

    private sealed class Problems
    {
        public List<InputError> Kept { get; } = [];

        public int Count { get; private set; }

        public void Add(InputError error)
        {
            Count++;
            if (Kept.Count < MaxProblemsKept)
            {
                Kept.Add(error);
            }
        }
    }
}

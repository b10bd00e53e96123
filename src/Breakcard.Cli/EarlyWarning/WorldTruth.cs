using System.Globalization;
using System.Text;
using Breakcard.Cases.Review.Import;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.EarlyWarning.Evaluation;

namespace Breakcard.Cli.EarlyWarning;

/// <summary>
/// Ground truth for evaluating early warning: truth/persons.csv (roles, first illicit event) and
/// truth/events.csv (which transactions are illicit). Kept apart from the scorer: the run feeds
/// each transaction to both, and only this side knows which are illicit.
/// </summary>
internal sealed class WorldTruth
{
    private readonly Dictionary<string, (TruthRole Role, DateTimeOffset? FirstIllicit)> _aiders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _illicitTransactions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _holderOf;
    private readonly Dictionary<string, DateTimeOffset> _firstTransaction = new(StringComparer.Ordinal);

    private WorldTruth(Dictionary<string, string> holderOf) => _holderOf = holderOf;

    /// <summary>Reads truth/ if the world has it; null otherwise (real data has no truth).</summary>
    public static WorldTruth? TryRead(string folder, IEnumerable<(string Account, string Holder)> accounts)
    {
        var persons = Path.Combine(folder, TruthSchema.Folder, TruthSchema.PersonsCsv);
        var events = Path.Combine(folder, TruthSchema.Folder, TruthSchema.EventsCsv);
        if (!File.Exists(persons) || !File.Exists(events))
        {
            return null;
        }

        var truth = new WorldTruth(accounts.ToDictionary(a => a.Account, a => a.Holder, StringComparer.Ordinal));
        Each(persons, ["person_id", "role", "first_illicit_at"], r =>
        {
            var role = EventSchema.TryParseSnake<TruthRole>(r["role"], out var v) ? v : throw new InvalidInputException(new InputError(persons, r.Line, "role", "unknown role"));
            if (role is not (TruthRole.Normal or TruthRole.Victim))
            {
                DateTimeOffset? first = r["first_illicit_at"] is { } t
                    ? DateTimeOffset.TryParseExact(t, EventSchema.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at
                        : throw new InvalidInputException(new InputError(persons, r.Line, "first_illicit_at", $"not a time of the form {EventSchema.TimeFormat}"))
                    : null;
                truth._aiders[r["person_id"] ?? throw new InvalidInputException(new InputError(persons, r.Line, "person_id", "is empty"))] = (role, first);
            }
        });
        Each(events, ["event_id", "type"], r =>
        {
            if (r["type"] == "transaction" && r["event_id"] is { } id)
            {
                truth._illicitTransactions.Add(id);
            }
        });
        return truth;
    }

    /// <summary>Notes the transaction if it is illicit.</summary>
    public void Observe(in TransactionEvent t)
    {
        if (!_illicitTransactions.Contains(t.Id))
        {
            return;
        }

        foreach (var account in (ReadOnlySpan<string>)[t.Debit, t.Credit])
        {
            if (_holderOf.TryGetValue(account, out var holder) && !_firstTransaction.ContainsKey(holder))
            {
                _firstTransaction[holder] = t.Time;
            }
        }
    }

    /// <summary>Every aider with their first illicit event and transaction.</summary>
    public IReadOnlyList<TruthPerson> Aiders() =>
        [.. _aiders.Select(a => new TruthPerson(a.Key, a.Value.Role, a.Value.FirstIllicit, _firstTransaction.TryGetValue(a.Key, out var t) ? t : null))];

    private static void Each(string path, string[] columns, Action<CsvRecord> row)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var csv = new CsvReader(reader, path, columns);
        while (csv.Next() is { } r)
        {
            if (csv.FieldCountProblem(r) is { } problem)
            {
                // Truth is the simulator's own output: a broken row means the evaluation cannot be trusted.
                throw new InvalidInputException(problem);
            }

            row(r);
        }
    }
}

using System.Globalization;
using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Tables;

/// <summary>
/// Extracted judgments as CSV, one row per defendant, columns as the JSON schema's property names
/// in the same order: every field of the JSON record is a column (the judgment's own fields and its
/// warnings repeated on each of its defendants' rows; lists joined with '|').
/// </summary>
public static class JudgmentCsv
{
    /// <summary>The columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "source", "court", "case_number", "date", "name", "gender", "birth_date", "age_at_judgment", "ethnicity", "education", "occupation",
        "occupation_text", "student", "prior_record", "recidivist", "minor_at_offence", "offence_start", "charges", "conduct", "bank_cards", "bank_cards_at_least",
        "phone_cards", "phone_cards_at_least", "settlement_yuan", "settlement_at_least", "illegal_gains_yuan", "illegal_gains_at_least",
        "sentence", "term_months", "probation_months", "fine_yuan", "surrender", "confession", "plea_leniency", "restitution", "accessory",
        "warnings",
    ];

    /// <summary>The CSV text (header and rows).</summary>
    public static StatTable ToTable(IEnumerable<JudgmentRecord> judgments)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var j in judgments)
        {
            foreach (var d in j.Defendants)
            {
                rows.Add(
                [
                    j.Source, j.Court ?? "", j.CaseNumber?.ToString() ?? "", Date(j.Date), d.Name, Enum(d.Gender), Date(d.BirthDate), Int(d.AgeAtJudgment),
                    d.Ethnicity ?? "", Enum(d.Education), Enum(d.Occupation), d.OccupationText ?? "", Bool(d.Student), Bool(d.PriorRecord), Bool(d.Recidivist),
                    Bool(d.MinorAtOffence), Date(d.OffenceStart), string.Join('|', d.Charges), d.Conduct is { } c ? string.Join('|', JudgmentVocabulary.ToTexts(c)) : "",
                    Int(d.BankCards?.Value), Bool(d.BankCards?.AtLeast), Int(d.PhoneCards?.Value), Bool(d.PhoneCards?.AtLeast),
                    d.Settlement?.Value.ToYuanString() ?? "", Bool(d.Settlement?.AtLeast), d.IllegalGains?.Value.ToYuanString() ?? "", Bool(d.IllegalGains?.AtLeast),
                    Enum(d.Sentence), Int(d.TermMonths), Int(d.ProbationMonths), d.Fine?.ToYuanString() ?? "",
                    Bool(d.Surrender), Bool(d.Confession), Bool(d.PleaLeniency), Bool(d.Restitution), Bool(d.Accessory),
                    string.Join('|', j.Warnings),
                ]);
            }
        }

        return new StatTable("defendants", "Extracted defendants", Columns, rows);
    }

    private static string Enum<T>(T? v) where T : struct, System.Enum => v is { } x ? JudgmentVocabulary.ToText(x) : "";

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Int(int? i) => i?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Bool(bool? b) => b switch { true => "true", false => "false", null => "" };
}

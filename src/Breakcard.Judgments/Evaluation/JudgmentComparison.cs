using System.Globalization;
using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Evaluation;

/// <summary>
/// Compares an extracted judgment with its gold label field by field. Defendants are matched by
/// name; a gold defendant the extractor missed counts every one of its fields as wrong, and a
/// defendant the extractor invented makes the judgment's <c>defendants</c> field wrong. The name
/// itself and <c>occupation_text</c> (free text kept for researchers) are not scored; warnings
/// are not scored.
/// </summary>
public static class JudgmentComparison
{
    /// <summary>Judgment-level fields scored.</summary>
    public static IReadOnlyList<string> JudgmentFields { get; } = ["court", "case_number", "date", "defendants"];

    /// <summary>Defendant-level fields scored, in schema order.</summary>
    public static IReadOnlyList<string> DefendantFields { get; } =
    [
        "gender", "birth_date", "age_at_judgment", "ethnicity", "education", "occupation", "student", "prior_record",
        "recidivist", "minor_at_offence", "charges", "conduct", "bank_cards", "phone_cards", "settlement", "illegal_gains",
        "sentence", "term_months", "probation_months", "fine_yuan", "surrender", "confession", "plea_leniency", "restitution", "accessory",
    ];

    /// <summary>Every scored field of <paramref name="expected"/> against <paramref name="actual"/> (null when extraction failed).</summary>
    public static IEnumerable<FieldOutcome> Compare(JudgmentRecord expected, JudgmentRecord? actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var source = expected.Source;
        var missing = actual is null ? "(not extracted)" : null;
        yield return new FieldOutcome(source, null, "court", expected.Court ?? "", missing ?? actual!.Court ?? "");
        yield return new FieldOutcome(source, null, "case_number", expected.CaseNumber?.ToString() ?? "", missing ?? actual!.CaseNumber?.ToString() ?? "");
        yield return new FieldOutcome(source, null, "date", Text(expected.Date), missing ?? Text(actual!.Date));
        yield return new FieldOutcome(source, null, "defendants", Names(expected), missing ?? Names(actual!));
        foreach (var gold in expected.Defendants)
        {
            var found = actual?.Defendants.FirstOrDefault(d => d.Name == gold.Name);
            var expectedValues = Values(gold);
            var actualValues = found is null ? null : Values(found);
            for (var i = 0; i < DefendantFields.Count; i++)
            {
                yield return new FieldOutcome(source, gold.Name, DefendantFields[i], expectedValues[i], actualValues?[i] ?? "(missing defendant)");
            }
        }
    }

    /// <summary>A defendant's scored fields in text form, in the order of <see cref="DefendantFields"/>.</summary>
    public static string[] Values(DefendantRecord d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return
        [
            Enum(d.Gender), Text(d.BirthDate), Text(d.AgeAtJudgment), d.Ethnicity ?? "", Enum(d.Education), Enum(d.Occupation),
            Text(d.Student), Text(d.PriorRecord), Text(d.Recidivist), Text(d.MinorAtOffence), string.Join('|', d.Charges),
            d.Conduct is { } c ? "[" + string.Join(',', JudgmentVocabulary.ToTexts(c)) + "]" : "",
            d.BankCards?.ToString() ?? "", d.PhoneCards?.ToString() ?? "", d.Settlement?.ToString() ?? "", d.IllegalGains?.ToString() ?? "",
            Enum(d.Sentence), Text(d.TermMonths), Text(d.ProbationMonths), d.Fine?.ToString() ?? "",
            Text(d.Surrender), Text(d.Confession), Text(d.PleaLeniency), Text(d.Restitution), Text(d.Accessory),
        ];
    }

    private static string Names(JudgmentRecord r) => string.Join('|', r.Defendants.Select(d => d.Name));

    private static string Enum<T>(T? value) where T : struct, System.Enum => value is { } v ? JudgmentVocabulary.ToText(v) : "";

    private static string Text(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Text(int? i) => i?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Text(bool? b) => b switch { true => "true", false => "false", null => "" };
}

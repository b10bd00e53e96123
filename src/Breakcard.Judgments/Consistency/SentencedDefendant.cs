using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Consistency;

/// <summary>A defendant together with the judgment they were sentenced in.</summary>
/// <param name="Judgment">The judgment.</param>
/// <param name="Defendant">The defendant.</param>
public sealed record SentencedDefendant(JudgmentRecord Judgment, DefendantRecord Defendant)
{
    /// <summary>"（2022）川0106刑初318号 刘某" or the source when there is no case number.</summary>
    public string Label => (Judgment.CaseNumber?.ToString() ?? Judgment.Source) + " " + Defendant.Name;

    /// <summary>True when the only charge is 帮助信息网络犯罪活动罪 (sentences for combined crimes are not comparable).</summary>
    public bool AssistingOnly => Defendant.Charges.Count == 1 && Defendant.IsConvictedOfAssisting;

    /// <summary>Every defendant of <paramref name="judgments"/>.</summary>
    public static IReadOnlyList<SentencedDefendant> All(IEnumerable<JudgmentRecord> judgments) =>
        [.. (judgments ?? throw new ArgumentNullException(nameof(judgments))).SelectMany(j => j.Defendants.Select(d => new SentencedDefendant(j, d)))];
}

using Breakcard.Core.Judgments;

namespace Breakcard.Simulation.Judgments;

/// <summary>The parts of a rendered judgment, kept apart so writers can emit split JSON records.</summary>
/// <param name="Title">China Judgments Online title, for example "刘某帮助信息网络犯罪活动罪一审刑事判决书".</param>
/// <param name="Court">The court.</param>
/// <param name="CaseNumber">The case number as written.</param>
/// <param name="Header">Header lines as written (title, court, document type, case number).</param>
/// <param name="Parties">公诉机关, defendant and counsel paragraphs.</param>
/// <param name="Procedure">The procedural paragraph.</param>
/// <param name="Facts">Findings of fact with the heading, and the evidence paragraph.</param>
/// <param name="Reasoning">本院认为 … 判决如下：.</param>
/// <param name="Result">Result items and notes.</param>
/// <param name="Appeal">The appeal notice.</param>
/// <param name="Signature">Judges, the signature date and the clerk.</param>
/// <param name="Date">The signature date.</param>
public sealed record JudgmentSections(
    string Title, string Court, string CaseNumber, string Header, IReadOnlyList<string> Parties, string Procedure,
    string Facts, string Reasoning, string Result, string Appeal, string Signature, DateOnly Date)
{
    /// <summary>The full text as published, paragraphs on their own lines.</summary>
    public string Text => string.Join('\n', new[] { Header }.Concat(Parties).Concat([Procedure, Facts, Reasoning, Result, Appeal, Signature])) + "\n";
}

/// <summary>A synthetic judgment and the facts a faithful reader must extract from it.</summary>
/// <param name="Sections">The text, by part.</param>
/// <param name="Gold">The gold label (its source is filled in by the corpus writer).</param>
/// <param name="Facts">The case facts it was rendered from.</param>
public sealed record RenderedJudgment(JudgmentSections Sections, JudgmentRecord Gold, CaseFacts Facts)
{
    /// <summary>The full text.</summary>
    public string Text => Sections.Text;
}

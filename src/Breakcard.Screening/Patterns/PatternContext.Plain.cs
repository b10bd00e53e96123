namespace Breakcard.Screening.Patterns;

// ADR 426: facts about the whole text that many readings ask for, computed once per context on first asking. Each is a pure
// function of the normalised text and the context's own facts, so caching it changes no result; it saves searching the text
// again for each reading that asks (the folded text alone was asked for by some twenty readings).
public sealed partial class PatternContext
{
    private string? _plain;

    private bool? _namesSpokenSum;

    /// <summary>The normalised text with rarer look-alike forms folded (硪们 → 我们; <see cref="FraudHelpReadings.Fold"/>).</summary>
    internal string PlainText => _plain ??= FraudHelpReadings.Fold(Text.Text);

    /// <summary>True when <see cref="PlainText"/> names a sum in spoken digits or numerals before a currency (两洞洞元; ADR 407).</summary>
    internal bool NamesSpokenSum => _namesSpokenSum ??= FraudHelpReadings.HasSpokenSum(PlainText);
}

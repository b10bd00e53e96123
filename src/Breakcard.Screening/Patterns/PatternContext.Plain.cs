namespace Breakcard.Screening.Patterns;

// ADR 426: facts about the whole text that many readings ask for, computed once per context on first asking. Each is a pure
// function of the normalised text and the context's own facts, so caching it changes no result; it saves searching the text
// again for each reading that asks (the folded text alone was asked for by some twenty readings). ADR 435 adds the text folded
// once more for the wider forms, which nine readings and the standing forms of what is not to be asked each folded again.
public sealed partial class PatternContext
{
    private string? _plain;

    private bool? _namesSpokenSum;

    private string? _folded;

    /// <summary>The normalised text with rarer look-alike forms folded (硪们 → 我们; <see cref="FraudHelpReadings.Fold"/>).</summary>
    internal string PlainText => _plain ??= FraudHelpReadings.Fold(Text.Text);

    /// <summary>
    /// <see cref="PlainText"/> with the wider Martian and Cantonese forms folded too (<see cref="RegistrationLentReadings.Fold"/>,
    /// positions kept): the text nine readings and the standing forms of what is not to be asked read, each of which folded it
    /// again (ADR 435).
    /// </summary>
    internal string FoldedText => _folded ??= RegistrationLentReadings.Fold(PlainText);

    /// <summary>True when <see cref="PlainText"/> names a sum in spoken digits or numerals before a currency (两洞洞元; ADR 407).</summary>
    internal bool NamesSpokenSum => _namesSpokenSum ??= FraudHelpReadings.HasSpokenSum(PlainText);
}

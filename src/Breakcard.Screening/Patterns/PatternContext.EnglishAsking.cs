using System.Text.RegularExpressions;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// ADR 385: ADR 260's 别问 / 不用管 read in English. "Don't ask where the deposits go", "never wonder who they are": what
// the cue forbids is asking about something, not the act named after it, so the cue negates nothing there — as 别问 does
// not. "Never ask for codes", "don't ask classmates to open accounts" forbid asking for the act itself and stay cues.
public sealed partial class PatternContext
{
    // The first letter is tested before the regex: most cues (不, 别, no) are followed by neither word.
    private bool GovernsEnglishAsking(TermMatch cue) =>
        cue.End < Text.Text.Length && Text.Text[cue.End] is 'a' or 'q' or 'w' && AskingAbout().IsMatch(Text.Text.AsSpan(cue.End));

    // On normalised text (spaces gone): ask / question what, who, why, where, which, how, whose or about; worry, wonder.
    [GeneratedRegex("^(?:(?:ask|question)(?:us|them|me)?(?:what|who|why|where|which|how|whose|about)|worry|wonder)", RegexOptions.CultureInvariant)]
    private static partial Regex AskingAbout();
}

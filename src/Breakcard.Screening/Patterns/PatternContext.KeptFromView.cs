using System.Buffers;

namespace Breakcard.Screening.Patterns;

// ADR 416: whether a text names any way of keeping something from view, Chinese (ADR 401's words: 就说, 别问, 不用管, 删掉 …)
// or English (don't ask, no need to know, say …), computed once per context: the two readings of one's own channel or licence
// carrying strangers' traffic test it before their anchor words, since a mark word (链接, 网址, link) is common and a
// concealment word is not. ADR 423 made it the anchor of the one reading of what the reader is told not to ask (.Unasked.cs),
// and added the English waivers that reading reads (do not ask, never ask, none of your business).
public sealed partial class PatternContext
{
    private static readonly SearchValues<string> EnglishKeptFromView =
        SearchValues.Create(["dont", "donot", "neverask", "noneedto", "nevermind", "noquestions", "say", "tell", "yourbusiness", "yourconcern", "yourproblem",
            // ADR 433: a story told without say or tell (if the cashier asks, it's your cousin's).
            "asksits", "askits", "callsits", "checksits"], StringComparison.Ordinal);

    private bool? _mentionsKeptFromView;

    /// <summary>True when the text names a cover story or a question not to be asked, in Chinese or English: the cheap test.</summary>
    internal bool MentionsKeptFromView => _mentionsKeptFromView ??=
        RegistrationLentReadings.MentionsConcealment(this) || Text.Text.AsSpan().IndexOfAny(EnglishKeptFromView) >= 0;
}

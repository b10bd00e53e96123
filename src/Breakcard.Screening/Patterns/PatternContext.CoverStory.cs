using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// ADR 399: the police as the one a cover story is told to. "If police come, say you were holding it for a friend" and
// 民警上门问就说是朋友寄的 name the police only as whoever may ask; the text is not about the crime, it tells the reader
// what to say. Read as a warning topic, such a line made an offer's own rules (never sign your real name; if police come,
// say you don't know) a warning notice, whose cues then negated the offer.
public sealed partial class PatternContext
{
    // How far after the police word the asking and the instruction may lie (若警察上门问起，你就说: 8 characters).
    private const int CoverStoryReach = 12;

    /// <summary>
    /// A warning topic that is the addressee of a cover story (if police come, say …; 民警问就说…) carries no topic: the
    /// police are whoever may ask, not the subject of a warning. Only terms with the topic are looked at.
    /// </summary>
    private static Concept ReadCoverStoryAddressee(string s, TermMatch t, Concept concepts)
    {
        if ((concepts & Concept.WarningTopic) == 0)
        {
            return concepts;
        }

        var addressee = char.IsAsciiLetter(s[t.Start])
            ? EnglishConditionBefore().IsMatch(s.AsSpan(Math.Max(0, t.Start - CoverStoryReach), Math.Min(t.Start, CoverStoryReach))) && EnglishCoverAfter().IsMatch(s.AsSpan(t.End, Math.Min(s.Length - t.End, CoverStoryReach * 4)))
            : ChineseCoverAfter().IsMatch(s.AsSpan(t.End, Math.Min(s.Length - t.End, CoverStoryReach)));
        return addressee ? concepts & ~Concept.WarningTopic : concepts;
    }

    // If, when or should right before the police word (if police, when the cops, in case the police).
    [GeneratedRegex("(?:if|when|whenever|should|incase|once)(?:the|any|a)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishConditionBefore();

    // Their coming or asking, then the reader told what to say (come, say you …; ask you, tell them it's …). "If police call
    // and say …" is what the police say: the verb must be followed at once by the instruction.
    [GeneratedRegex("^(?:officers?)?(?:come|comes|came|ask|asks|askyou|stop|stops|stopyou|knock|knocks|call|calls|callyou|check|checks|question|questions|questionyou|turnup|turnsup|showup|showsup|visit|visits|arrive|arrives|askaboutit|askaboutthem)(?:by|round|over|here|around|atthedoor|toyourdoor)?(?:just)?(?:say|tell(?:them|him|her)?|claim|explain)(?:you|its|itis|itwas|that|theyre|theyare|this)", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishCoverAfter();

    // 警方／公安／民警 coming or asking, then what to say (民警上门问起就说是朋友寄的, 公安来查你就说不知道).
    [GeneratedRegex("^.{0,4}?(?:问|查|来|上门|找)[^就说]{0,4}?(?:你就说|就说|说是|就讲)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseCoverAfter();
}

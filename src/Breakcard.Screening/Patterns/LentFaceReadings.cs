using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// One's own live face or voice lent to someone else's persona (ADR 420): the reader appears on video or voice calls, or
/// sends selfies and voice notes, as a profile, account or name the recruiter runs, to people who are chatted up in that
/// name, for pay per call — the face that passes a romance or "pig-butchering" scam's "video verification". It is the
/// "face model" of 2023–2025 reporting from the scam compounds and their remote hires: women paid per call to appear for
/// seconds as the profile the victims have been chatting with, told never to give their real name nor to ask who the men are.
/// <para>
/// The honest card is the same form — an agency's availability form, a model's call time, a release, lines approved — but
/// the model appears as themselves, for a client's campaign or a production whose audience knows it is a performance, and
/// the rules refuse exactly the calls "as someone else". So the reading asks, besides the calls or selfies and the pay, two
/// of three signs, each not refused in its clause and not inside a condition: the reader appears as the recruiter's persona
/// (as our profile, profile name "Mia", be the face of our account); the viewer kept from knowing who it is or who watches
/// (never say your real name, don't ask who is on the other end, say "it's really me"); a cover story for whoever asks.
/// </para>
/// Read over the normalised text (lower case, spaces and punctuation removed) behind a vectorised search for the act's
/// anchor words (ADR 382).
/// </summary>
internal static partial class LentFaceReadings
{
    // Without one of these no live face or voice is lent. ASCII only: a vectorised search (ADR 382).
    private static readonly SearchValues<string> FaceWords = SearchValues.Create(
        ["videocall", "videochat", "voicecall", "facetime", "oncam", "camera", "selfie", "voicenote", "voicemessage", "call"], StringComparison.Ordinal);

    // …and one of the persona's words (each alternative of Persona holds one of these).
    private static readonly SearchValues<string> PersonaWords = SearchValues.Create(
        ["profile", "persona", "account", "as", "name", "faceof", "facefor", "facebehind", "pose", "pretend"], StringComparison.Ordinal);

    private const int QuoteReach = int.MaxValue;

    /// <summary>True when the normalised text names a video or voice call, a camera or a selfie and a persona's word: the cheap test.</summary>
    public static bool MentionsCalls(PatternContext c) => c.Text.Text.AsSpan().ContainsAny(FaceWords) && c.Text.Text.AsSpan().ContainsAny(PersonaWords);

    /// <summary>
    /// Where the reader's live face or voice is lent to the recruiter's persona: calls or selfies, in a text that pays, with two
    /// of three signs — the persona, the viewer kept from knowing, a cover story — each standing.
    /// </summary>
    public static IEnumerable<(int First, int Last)> FaceLent(PatternContext c)
    {
        var s = c.Text.Text;
        if (!InsiderAccountReadings.Pays(c, s) && !PerCall().IsMatch(s))
        {
            return [];
        }

        if ((WalletAndParcelReadings.FirstStanding(c, Persona().Matches(s), refusable: true) ?? QuotedName(c)) is not { } persona
            || CodeOverlayReadings.Narrated(c, persona))
        {
            return [];
        }

        if (WalletAndParcelReadings.FirstStanding(c, ViewerKept().Matches(s), refusable: false) is null
            && WalletAndParcelReadings.FirstStanding(c, CoverStory().Matches(s), refusable: false) is null)
        {
            return [];
        }

        return IdentityAndAdReadings.AnchorNear(c, persona.Index, persona.Index + persona.Length, QuoteReach);
    }

    /// <summary>
    /// Calls or chats "as" a name in quotation marks (join short video calls as "Anna") or written with its capital (as Anna,
    /// ADR 453): normalisation drops the marks and the capital, so the original text after the normalised "as" is read — a
    /// quotation mark and a letter, or a capitalised word of three letters or more. Not refused in its clause.
    /// </summary>
    private static Match? QuotedName(PatternContext c)
    {
        var original = c.Text.Original;
        foreach (Match m in CallsAs().Matches(c.Text.Text))
        {
            var (_, to) = c.Text.OriginalSpan(m.Index, m.Index + m.Length);
            var i = to;
            while (i < original.Length && char.IsWhiteSpace(original[i]))
            {
                i++;
            }

            if (i + 1 < original.Length && (original[i] is '"' or '\u201C' or '\uFF02' or '\'' or '\u2018' && char.IsLetter(original[i + 1]) || IsCapitalisedName(original, i))
                && !IdentityAndAdReadings.IsRefusedInClause(c, m.Index, m.Index + m.Length))
            {
                return m;
            }
        }

        return null;
    }

    // ADR 453: a name written with its capital and no quotation marks (hop on video calls as Anna, ａｓ Ａｎｎａ): a capital,
    // then small letters to the word's end — a given name, not the capital of a sentence's next word (as A reminder has a space).
    private static bool IsCapitalisedName(string original, int i)
    {
        if (!char.IsUpper(original[i]))
        {
            return false;
        }

        var k = i + 1;
        while (k < original.Length && char.IsLower(original[k]))
        {
            k++;
        }

        return k - i >= 3 && (k == original.Length || !char.IsLetter(original[k]));
    }

    // Calls, chats or a camera "as" someone: the place where a quoted name may follow.
    [GeneratedRegex("(?:calls?|chats?|facetime|cam|camera|live)as", RegexOptions.CultureInvariant)]
    private static partial Regex CallsAs();

    // The reader as the recruiter's persona: calls, chats or selfies as our profile, account, girl or model (join short video
    // calls as our profile); a profile or stage name given (profile name "Mia"); the face or voice of our account or profile
    // (be the face for our dating profiles); posing or pretending as the profile or its owner; selfies or photos for the
    // profile or account.
    [GeneratedRegex("(?:calls?|chats?|facetime|cam|camera|live|selfies|photos|notes|messages)(?:as|playing|under)(?:our|the|my|their|this|that)(?:profile|profiles|persona|account|accounts|character|girl|girls|model|client|clients|woman|lady|man|guy)s?"
        + "|(?:profile|account|persona|fake|screen)name"
        + "|(?:face|voice|faces|voices)(?:of|for|behind)(?:our|the|my|their|these|those)(?:dating|social|chat|client|clients)?(?:profiles?|accounts?|personas?|girls?|models?)"
        + "|(?:pose|poses|posing|pretend|pretends|pretending)(?:as|tobe)(?:our|the|a|an|my|their|her|him)"
        + "|(?:selfies|photos|pics|pictures|voicenotes|videos)(?:a|every|each|per)?(?:day|daily)?(?:for|to)(?:the|our|my|their)(?:profile|profiles|account|accounts|persona|page)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Persona();

    // The viewer kept from knowing who it is or who watches: the reader's real name never given; who is on the other end, on
    // the call or who the men are not to be asked; a line that swears it is the profile's owner (it's really me, yes I'm
    // real); the person on the call believing it is the profile.
    [GeneratedRegex("(?:never|dont|donot|nt)(?:say|give|tell|use|mention|share|reveal)(?:them|him|her|anyone)?(?:your|ur)(?:own)?(?:real|actual|true)(?:name|names|identity|number)"
        + "|(?:dontask|donotask|noneedtoknow|noneedtoask|dontneedtoknow|nevermind|noquestions(?:about)?)(?:who|whos|whom)"
        + "|itsreally(?:me|her)|itsrlyme|imreal|iamreal|yesimreal|provingimreal|thinktheyre(?:talking|chatting)|thinkitsyou|(?:he|they|she)(?:think|thinks|believe|believes)(?:its|it|youre|you)"
        + "|neverrevealyou(?:re|are)not|prove(?:you|u)(?:re|are|r)real",
        RegexOptions.CultureInvariant)]
    private static partial Regex ViewerKept();

    // A cover story for whoever asks (if anyone asks what the job is, it's modeling / say it's influencer work).
    [GeneratedRegex("if(?:a|an|the|any)?[a-z]{0,12}?(?:asks?|asked)(?:you)?(?:what|about)?[a-z]{0,16}?(?:its|itis|sayits|say|tell(?:them)?)(?:modeling|modelling|influencer|acting|content|a|just)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CoverStory();

    // A sum per call, selfie or voice note ($60 a call, 40 per call).
    [GeneratedRegex("(?:[0-9]|bucks|dollars?)(?:a|an|per|each|every|foreach)(?:call|videocall|selfie|voicenote|session|chat)s?",
        RegexOptions.CultureInvariant)]
    private static partial Regex PerCall();
}

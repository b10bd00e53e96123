namespace Breakcard.Screening.Patterns;

// ADR 423: one structural reading of what the reader is told not to ask. Where the help a fraud buys is a thing handed over,
// published or passed on (a scan, an article, a parcel, a login, a code), the offer tells its worker that what happens to it
// next is not his to know — 拿去干啥不用管, 照片给谁用别问, 文章真假别问, don't ask what it's for, what they do with it is none of
// your business — or gives him a story for whoever asks (审核问起就说自己写的, if anyone asks, say it's yours). Before this ADR each
// reading carried its own form of it (PaymentInstrumentReadings' source unasked, WalletAndParcelReadings' contents unasked, and
// the gate of ADR 416); the forms are read once per context here, behind that gate (MentionsKeptFromView, ADR 382), and a form
// stands only where the poster says it: not on a warning line (ADR 407), not in a sentence that describes someone else's
// approach (有人让你别问用途的), not followed in its sentence by a refusal or a verdict (…的，一律拒绝; … is a scam).
public sealed partial class PatternContext
{
    private IReadOnlyList<(int Start, int End)>? _toldNotToAsk;

    /// <summary>
    /// Where the poster tells the reader not to ask or mind what happens to what he hands over, or gives him a story to tell if
    /// asked: normalised spans [Start, End), in order, each standing (not a warning line's, not describing others, not refused
    /// after). Read once per context, behind <see cref="MentionsKeptFromView"/>.
    /// </summary>
    internal IReadOnlyList<(int Start, int End)> ToldNotToAsk => _toldNotToAsk ??= ReadToldNotToAsk();

    private IReadOnlyList<(int Start, int End)> ReadToldNotToAsk()
    {
        if (!MentionsKeptFromView)
        {
            return [];
        }

        var s = UnaskedReadings.Folded(this);
        if (!UnaskedReadings.MentionsWaiver(s))
        {
            return [];
        }

        List<(int Start, int End)>? found = null;
        List<int>? lineStarts = null;
        bool[]? warning = null;
        foreach (var m in UnaskedReadings.Forms().EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (end > Text.Text.Length || UnaskedReadings.HonestStory(s, end) || DescribedOrRefused(s, start, end))
            {
                continue;
            }

            if (Text.Original.IndexOf('\n') >= 0) // the shown text, an HTML source's paragraphs its lines (ADR 474)
            {
                lineStarts ??= LineStarts(Text.Original);
                warning ??= WarningLines(lineStarts);
                if (warning[LineOf(lineStarts, Text.OriginalSpan(start, end).Start)])
                {
                    continue;
                }
            }

            (found ??= []).Add((start, end));
        }

        return found ?? [];
    }

    // The lines holding a warning topic or verdict (ADR 407's notice lines).
    private bool[] WarningLines(List<int> lineStarts)
    {
        var warning = new bool[lineStarts.Count];
        foreach (var t in Terms)
        {
            if (t.Has(Lexicon.Concept.WarningTopic | Lexicon.Concept.WarningVerdict) && t.Start < Text.Text.Length)
            {
                warning[LineOf(lineStarts, Text.OriginalSpan(t.Start, t.End).Start)] = true;
            }
        }

        return warning;
    }

    // The sentence before the form describes someone else's approach (有人让你…, 对方声称…, scammers tell you …), or the sentence
    // after it refuses or names it (…的，一律拒绝; …都是诈骗; say no and report it).
    private bool DescribedOrRefused(string s, int start, int end)
    {
        var (from, to) = SentenceAround(start);
        return UnaskedReadings.Describes(s.AsSpan(from, start - from)) || UnaskedReadings.RefusesAfter(s.AsSpan(end, Math.Max(0, to - end)));
    }
}

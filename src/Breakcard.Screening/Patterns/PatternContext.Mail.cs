namespace Breakcard.Screening.Patterns;

// ADR 400: whether a text names the post, searched once per text — `letters-posted-for-others` and the honest reading of an
// institution's own mail both need it (ADR 382: whole-text facts lazily, once per context).
public sealed partial class PatternContext
{
    // 0 not searched yet, 1 no, 2 yes.
    private byte _mentionsMail;

    /// <summary>True when the text names the post: a post box, a stamp, the post office, posting (LetterMailingReadings).</summary>
    internal bool MentionsMail
    {
        get
        {
            if (_mentionsMail == 0)
            {
                _mentionsMail = LetterMailingReadings.MentionsMail(this) ? (byte)2 : (byte)1;
            }

            return _mentionsMail == 2;
        }
    }
}

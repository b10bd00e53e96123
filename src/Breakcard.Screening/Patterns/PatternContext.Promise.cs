namespace Breakcard.Screening.Patterns;

// Who receives the money (ADR 293): news names what others got (获利2000元, 每人获利200元); an offer names what the
// reader will be given (一次300元, 每人200元, 卡交出来后再给2000元).
public sealed partial class PatternContext
{
    // Words that make the amount right after them the reader's pay: a rate per act or per head, or a giving to
    // the reader. Normalised forms (simplified, separators removed).
    private static readonly string[] PromiseMarkers = ["给你", "给您", "再给", "到手", "一次", "每次", "每人"];

    /// <summary>
    /// True when an amount outside quotation marks is promised to the reader: a promise marker ends at most two
    /// characters before it. A text naming three warning topics with such an amount is an offer dressed in the
    /// words of a warning (a coaching script's 民警：… lines), not court or police news.
    /// </summary>
    private bool PromisesPay()
    {
        var text = Text.Text;
        foreach (var (start, end) in Amounts)
        {
            if (InQuotes(_quotes, start, end))
            {
                continue;
            }

            foreach (var marker in PromiseMarkers)
            {
                for (var gap = 0; gap <= 2; gap++)
                {
                    var at = start - gap - marker.Length;
                    if (at >= 0 && string.CompareOrdinal(text, at, marker, 0, marker.Length) == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}

using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// ADR 454: 出 is a trade verb on its own (出U盾, 出卡: sell the key, sell cards) and a direction after a verb of the hand (拔出U盾放回
// 保险柜, 取出卡, 拿出U盾): a finance office's log that pulls its own key out of the hub at the day's end sells nothing. Right after such a
// verb the 出 trades nothing; the key or card it names stays read, so a hand-over after it (拿出U盾交给我们) is still read by its own verb.
public sealed partial class PatternContext
{
    // Verbs of the hand that take 出 as their direction: pull, take, fetch, draw, eject, remove.
    private const string HandVerbs = "拔取拿掏抽弹卸";

    private static Concept ReadTakenOut(string s, TermMatch t, Concept concepts) =>
        (concepts & (Concept.Sell | Concept.RentOut)) != 0 && t.Start < s.Length && s[t.Start] == '出' && t.Start > 0 && HandVerbs.Contains(s[t.Start - 1])
            ? concepts & ~(Concept.Sell | Concept.RentOut)
            : concepts;
}

using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 348: a text about complaints, victims and the police is a warning when it tells its reader to report; it is an
// order when it pays its reader to act against those who complain — get complaints withdrawn, delete or bury posts and
// reports, keep a victim from going to the police. Such a text names the warning topics (报警, 骗局, 被骗) because it
// handles them, and must not be read as an anti-fraud notice.
public sealed partial class PatternContext
{
    /// <summary>
    /// True when the text pays its reader to act against complainants or victims (ADR 348): it is then read
    /// neither as an anti-fraud warning nor as a report of fraud, whatever warning words it handles.
    /// </summary>
    public bool OrdersSuppression { get; }

    // How far (normalised characters) pay may lie from the act it pays for: 每条撤诉200元, 删除压到后面，一条300元.
    private const int PaidActWindow = 12;

    /// <summary>
    /// True when the text orders acts against complainants or victims for pay: a suppression act (withdrawing,
    /// deleting or burying complaints, posts or reports; stopping a report to the police) that is neither refused
    /// (不/别/严禁 just before it) nor quoted in a guarded text, with an amount near it (not quoted), or with quick settlement
    /// (日结, 周结, U结) or easy-money terms in the text. A complaint desk's report (用户退款后撤诉) names the act without paying for it.
    /// </summary>
    private bool PaysToSuppress(List<(int Start, int End)> quotes)
    {
        var text = Text.Text;
        // Read only once an act is found: most texts name none (ADR 382).
        bool? paidText = null;
        for (var r = 0; r < 2; r++)
        {
            foreach (var m in (r == 0 ? SuppressionActZh() : SuppressionActEn()).EnumerateMatches(text))
            {
                var (at, end) = (m.Index, m.Index + m.Length);
                if (IsRefused(text, at) || (quotes.Count > 0 && InQuotes(quotes, at, end)) || DescribedAsOthers(text, at))
                {
                    continue;
                }

                paidText ??= Has(Concept.DailyPay | Concept.EasyMoney) || Settlement().IsMatch(text);

                // A notice quoting the offer (“每条撤诉100元”) describes the pay rather than makes it.
                if (paidText.Value || Amounts.Any(a => a.Start - end <= PaidActWindow && at - a.End <= PaidActWindow
                    && IsMoney(text, a) && !(quotes.Count > 0 && InQuotes(quotes, a.Start, a.End))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the act at <paramref name="at"/> stands in a sentence whose subject, before it, is an unnamed third party and
    /// which judges the conduct (ADR 415's frame): a police notice's 近期有团伙以“陪住日结”招人…不让报警——这是在看住诈骗窝点的账户，
    /// 可能构成帮信 describes the gang's order; it gives none (ADR 480). Not where the poster speaks or offers in the sentence.
    /// </summary>
    private bool DescribedAsOthers(string text, int at)
    {
        var start = SentenceStart(at);
        var end = SentenceEnd(at);
        for (var i = SubjectAnchors.IndexIn(text.AsSpan(start, at - start)); i >= 0;)
        {
            var subject = start + i;
            var length = SubjectAt(text, subject);
            if (length > 0 && Judges(text, subject + length, end) && !SentenceHas(subject, end, PosterWords) && !OffersIn(subject, end))
            {
                return true;
            }

            var next = SubjectAnchors.IndexIn(text.AsSpan(subject + 1, at - subject - 1));
            i = next < 0 ? -1 : subject + 1 + next - start;
        }

        return false;
    }

    // A desk's report counts complaints (撤回投诉2条, 2位用户): only a sum with a currency is pay.
    private static bool IsMoney(string text, (int Start, int End) amount)
    {
        var from = Math.Max(0, amount.Start - 1);
        var span = text[from..Math.Min(text.Length, amount.End + 2)];
        return span.IndexOfAny(['元', '块', '米', '$', '¥', '￥', '刀', 'u', '万']) >= 0
            || span.Contains("yuan", StringComparison.Ordinal) || span.Contains("rmb", StringComparison.Ordinal);
    }

    // A refusal just before the act (不撤诉, 严禁删帖, never delete) makes it a rule or a pledge, not an order.
    private static bool IsRefused(string text, int at)
    {
        var before = text[Math.Max(0, at - 4)..at];
        return before.Contains('不') || before.Contains('别') || before.Contains('禁') || before.Contains('勿') || before.Contains('莫')
            || before.EndsWith("never", StringComparison.Ordinal) || before.EndsWith("not", StringComparison.Ordinal)
            || text[Math.Max(0, at - 8)..at].Contains("never", StringComparison.Ordinal) || text[Math.Max(0, at - 8)..at].Contains("don't", StringComparison.Ordinal);
    }

    // Normalised Chinese (simplified, separators removed): a complaint or post withdrawn, deleted or pushed down (a
    // cancelled card or account, 注销, and a complaint its maker cancels, 取消投诉, are not), and a
    // complainant kept from the police.
    [GeneratedRegex("撤诉|撤(回|销|掉)?(投诉|举报|报案)|(?<![取注])(消|销)投诉|(删|删除|压|压下)(投诉|举报|差评|帖)|删帖|沉帖|举报删除|(每|一)(条|个|单)(删除|撤回)|压(下去|到后面|到第)"
        + "|报警.{0,6}(稳住|劝住|拦住|劝退)|(稳住|劝住|拦住|阻止|不让).{0,4}(报警|报案)", RegexOptions.CultureInvariant)]
    private static partial Regex SuppressionActZh();

    // Piece or quick settlement (日结, 周结, U结 in USDT): pay for the acts, where a desk's staff are paid a salary.
    [GeneratedRegex("(日|周|u|当天|当日|秒)结", RegexOptions.CultureInvariant)]
    private static partial Regex Settlement();

    // English loses its spaces in normalisation (withdrawthecomplaint), so the words between are bounded by length.
    [GeneratedRegex(@"(withdraw|delete|remove|bury|takedown|suppress)\w{0,12}?(complaint|report)|(complaint|report)s?\w{0,6}?(withdrawn|deleted|removed|buried|takendown)"
        + @"|(stop|keep|talk|prevent)\w{0,10}?(from|outof)?(reporting|callingthepolice|goingtothepolice)",
        RegexOptions.CultureInvariant)]
    private static partial Regex SuppressionActEn();
}

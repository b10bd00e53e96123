using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 463: words written for pay that make a reluctant person pay in, for a principal whose purpose is kept from the writer.
/// <para>
/// Round 28's labelling sheets hired students to mark which reply of an "investment group's" chats makes a "client" pay and to
/// rewrite the replies where he hesitates (客户不想充的时候改写几句更能说服的回复, 对方犹豫的地方写一句更好的话术, 标签“让客户充值”),
/// while where the chats come from and what the model is for are not to be asked. What is made is a fraud's script, whatever the
/// job is called — labelling, copywriting, training data, customer service. The structure: a person who hesitates or will not pay
/// (犹豫, 不想充, 不肯转, 想提现) and words that persuade or hold him (说服, 劝, 稳住, 话术), or steering him to pay in (让客户充值,
/// 引导入金, 催他加码); within one item of a standing order not to ask (<see cref="PatternContext.ToldNotToAsk"/>); for pay.
/// Honest work of the same shape — a shop's own chats labelled, sales copy written — names whose chats they are and asks no
/// silence; a notice that quotes the approach describes it (the context's reading drops such forms).
/// </para>
/// Behind the context's reading of what the reader is told not to ask (itself behind the concealment gate, ADR 382), then one
/// regex over an item's window, as <see cref="OwnMeansUnaskedReadings"/> reads one's own means.
/// </summary>
internal static partial class PersuadedToPayReadings
{
    /// <summary>
    /// Where words that make a reluctant person pay in stand within one item of a standing form of
    /// <see cref="PatternContext.ToldNotToAsk"/>, for pay: the first such words, not refused in their clause, quoted by the
    /// term nearest them (the window, pay and quote of <see cref="OwnMeansUnaskedReadings"/>).
    /// </summary>
    public static IEnumerable<(int First, int Last)> PersuadedToPay(PatternContext c) => OwnMeansUnaskedReadings.BesideStandingForm(c, Persuasion());

    // A person who hesitates, will not pay or wants his money out (犹豫, 观望, 不想充, 不肯转账, 想提现), then within a clause or two
    // words that persuade or hold him (说服, 劝, 打动, 稳住, 话术); or someone steered to pay in (让客户充值, 引导入金, 催他加码,
    // 诱导对方转账). A wage (充值卡) or a plain refusal to pay is neither.
    [GeneratedRegex(
        "(?:犹豫|观望|不想|不肯|不愿|不敢|舍不得|想提现|要提现|想出金|想退)(?:[充付投交转买]|.{0,3}?(?:充值|付款|投资|入金|转账|下单|加码|出金|提现))?.{0,16}?(?:说服|劝|打动|稳住|话术)"
        + "|(?:让|引导|诱导|催|劝)(?:客户|对方|学员|会员|用户|他|她|人)?(?:充值|入金|加码|追加|投钱|打款|转账|付款)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Persuasion();
}

using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 365: an act of handing over control (remote access, 授权给, 由我们操作) or of operating someone's device remotely
// (远程控制, screen sharing) that the text refuses, forbids or says is not done — "no remote access", "we never give
// remote access", 不远程控制, 不得授权给 — is named, not done. A warning cue (切勿, never) already negates what follows it
// in its clause; the plain negators (不, 没, 无, no, not, without) are no cues, since they are everywhere in recruiting
// text (不限学历, no experience), so they negate only an act they stand right before, within its clause as written.
public sealed partial class PatternContext
{
    /// <summary>
    /// Acts whose plain negation right before them says they are not done (ADR 365); since ADR 375 also help to pass or
    /// lift a check (接码, 解除限制, 协助注册): a bank's record that it does not lift a restriction (不解除限制) lifts none.
    /// </summary>
    internal const Concept NegatableActs = Concept.ControlHandover | Concept.RemoteControl | Concept.CodeReception;

    // A Chinese negator right before the act, or before one character that carries it (不得, 不要, 不会, 不给, 从不 + act).
    private static readonly char[] ChineseNegators = ['不', '没', '未', '无', '别', '勿', '禁', '拒', '莫'];

    /// <summary>Negates every <see cref="NegatableActs"/> term that a plain negation stands right before in its clause.</summary>
    private void NegateRefusedActs(bool[] negated)
    {
        for (var k = 0; k < Terms.Count; k++)
        {
            var t = Terms[k];
            if (!negated[k] && t.Has(NegatableActs) && t.Start < Text.Text.Length && (IsRefusedAct(t.Start, t.End) || ContinuesRefusedList(negated, k)))
            {
                negated[k] = true;
            }
        }
    }

    private bool IsRefusedAct(int start, int end)
    {
        var (from, _) = Text.OriginalSpan(start, end);
        var original = Text.Original;
        // What stands before the act on its line, back to the last punctuation: the act's own clause as written.
        var lineStart = from;
        while (lineStart > 0 && from - lineStart < 40 && !IsClauseMark(original[lineStart - 1]))
        {
            lineStart--;
        }

        var before = original[lineStart..from].TrimEnd();
        // ADR 383: a verb that sets the tool up stands between the negator and the act (不安装远程控制, 禁止下载共享屏幕类软件):
        // the refusal is read on what stands before the verb. The one-character forms (不装, 别开) are read below.
        before = WithoutSetupVerb(before);
        // ADR 480: the person kept from the act between the negator and it (不让用户提供验证码): read on the causative.
        before = WithoutCausedPerson(before);
        if (before.Length == 0)
        {
            return false;
        }

        var last = before.Length - 1;
        if (Array.IndexOf(ChineseNegators, before[last]) >= 0 && !EndsWord(before, last))
        {
            return true;
        }

        // One character between (不得, 不要, 不给, 不让): a negator two before, not itself ending a word the act follows.
        // Not a verb that ends the act (别关屏幕共享, 不退会议: keep it on), a double negation (ADR 383).
        if (last >= 1 && Array.IndexOf(ChineseNegators, before[last - 1]) >= 0 && !char.IsWhiteSpace(before[last]) && before[last] > 0x2E80
            && !EndsWord(before, last - 1) && Array.IndexOf(NotNegations, before.Substring(last - 1, 2)) < 0 && !IsEndingVerb(before[last]))
        {
            return true;
        }

        // A full-width line (ｎｏ ｒｅｍｏｔｅ ａｃｃｅｓｓ) is read as Latin (ADR 454), as ADR 442 reads a reversed clause's note.
        return EnglishRefusal().IsMatch(before.AsSpan().ContainsAnyInRange('\uFF01', '\uFF5E') && !Internal.CompatibilityFold.HasUnpairedSurrogate(before)
            ? before.Normalize(System.Text.NormalizationForm.FormKC)
            : before);
    }

    // Words that start or end with a negator's character and negate nothing: 帮别人接码 is the act for others (别人,
    // others), 特别 / 分别 / 个别 name no refusal, 无论 / 不断 / 未来 qualify the act. Found when ADR 375 extended this
    // reading to code reception: 别人 before 接收验证码 read as 别 (don't) before the act.
    private static readonly string[] NotNegations = ["别人", "别的", "别处", "无论", "不论", "不断", "不停", "未来"];

    private static bool EndsWord(string before, int at) =>
        at >= 1 && before[at] == '别' && "特分个区级类性告识鉴辨".Contains(before[at - 1], StringComparison.Ordinal);

    private static bool IsClauseMark(char ch) => ch is '\n' or '\r' or ',' or '.' or ';' or ':' or '!' or '?' or '，' or '。' or '；' or '：' or '！' or '？' or '、' or '|' or '—';

    // "no remote access", "without screen sharing", "we never give remote access", "do not grant remote access":
    // no / without right before the act; not, never and their contractions before it or before one verb that carries it.
    [GeneratedRegex(@"(?:\b(?:no|without|nor)|\b(?:not|never|don't|dont|won't|wont|cannot|can't|doesn't|didn't)(?:\s+[a-z]+)?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishRefusal();
}

namespace Breakcard.Screening.Patterns;

// ADR 444: a notice that quotes the approach and tells the reader not to take it. ADR 415's describing sentence (an unnamed third party
// as its subject: 有人, 团伙, 凡是…; someone, anyone) is judged by a crime named, a consequence or an instruction to report or refuse;
// ADR 439 added a legal consequence. A family group's notice (家长群里有人发用孩子名字办张卡，一套给1200，千万别办), a class group's record
// (有人出钱请你邀请“教务”进群，别拉，告诉班主任), a shop's staff note (有人出钱让你代收货款？直接拉黑) tell the reader, in the second person, not
// to do what was offered, or to block the one who offers it, or whom to tell: that is a judgement as much as 拒绝 or 报警. Read only as
// a judgement of that describing sentence, so its poster-word and messenger tests still hold (a recruiter's 我们 keeps the sentence his),
// and a secrecy order — 别问, 别管, 别说, 别告诉家里 (the recruiter's own words to the reader) — is no refusal: only verbs of taking the
// offer up (办, 做, 接, 卖, 借, 租, 信, 拉, 碰, 参与, 答应) count, and only where the verb closes its clause or a pronoun of the approach follows.
public sealed partial class PatternContext
{
    // A second-person prohibition (千万别, 不要, 切勿), normalised text.
    private static readonly string[] Prohibitions = ["千万别", "千万不要", "千万不能", "一定不要", "绝对不要", "不要", "别", "切勿", "勿", "不能"];

    // Taking the offer up: the verbs a refusal names. Not 问, 管, 说, 告诉, 担心 (a recruiter's secrecy order).
    private static readonly string[] TakingUp = ["参与", "答应", "理会", "相信", "办", "做", "接", "卖", "借", "租", "信", "拉", "碰", "去", "帮", "理"];

    // What may follow the verb: its clause's end, a conjunction to the next instruction, or the approach as its object (这种, 此类, 他们).
    private static readonly string[] AfterVerb = ["并", "和", "也", "这", "此", "那", "他", "她", "对方", "任何", "了", "啊", "哦", "呀", "！"];

    // Blocking or ignoring the one who offers (直接拉黑, 别理他) and telling someone in charge (告诉班主任, 告诉店长).
    private static readonly string[] Blocking = ["拉黑", "屏蔽", "挂断", "不予理会", "不要理会", "别理"];

    private static readonly string[] ToldPeople = ["班主任", "老师", "店长", "经理", "主管", "前台", "保安", "家长", "民警", "警察", "派出所", "银行", "客服", "辅导员", "社区", "居委会", "村委会"];

    // 别告诉银行, 不要告诉银行, 千万不能告诉老师: a secrecy order, the negator up to three characters before 告诉.
    private const int TellDenialReach = 3;

    private static readonly string[] EnglishApproachRefusals = ["dontdoit", "donotdoit", "sayno", "blockthem", "blockthenumber", "ignoreit", "ignorethem", "dontreply", "donotreply", "donttakeit", "dontaccept", "donotaccept", "dontjoin"];

    // The gate of a text with a third-party subject and no other judgement (ADR 382: one anchored scan).
    private static readonly AnchoredWords RefusalAnchors = new([.. Prohibitions, .. Blocking, "告诉", .. EnglishApproachRefusals]);

    /// <summary>
    /// True when the describing sentence <paramref name="from"/>–<paramref name="to"/> tells the reader not to take up the approach
    /// (千万别办, 别拉, 不要答应), to block or ignore the one who offers it (直接拉黑), or whom to tell (告诉班主任) — in English *don't do it*,
    /// *say no*, *block them* (ADR 444).
    /// </summary>
    private bool RefusesApproach(string s, int from, int to)
    {
        var span = s.AsSpan(from, to - from);
        foreach (var word in Blocking)
        {
            if (span.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var word in EnglishApproachRefusals)
        {
            if (span.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var i = span.IndexOf("告诉", StringComparison.Ordinal); i >= 0;)
        {
            if (StartsWithAny(span[(i + 2)..], ToldPeople) && !Denied(s, from + i, ChineseDenials, TellDenialReach))
            {
                return true;
            }

            var next = span[(i + 1)..].IndexOf("告诉", StringComparison.Ordinal);
            i = next < 0 ? -1 : i + 1 + next;
        }

        foreach (var prohibition in Prohibitions)
        {
            for (var i = span.IndexOf(prohibition, StringComparison.Ordinal); i >= 0;)
            {
                var verbAt = from + i + prohibition.Length;
                if (TakesUp(s, verbAt, to))
                {
                    return true;
                }

                var next = span[(i + 1)..].IndexOf(prohibition, StringComparison.Ordinal);
                i = next < 0 ? -1 : i + 1 + next;
            }
        }

        return false;
    }

    // A verb of taking the offer up at `at`, closing its clause or followed by a conjunction or the approach as its object.
    private bool TakesUp(string s, int at, int to)
    {
        foreach (var verb in TakingUp)
        {
            if (string.CompareOrdinal(s, at, verb, 0, verb.Length) != 0)
            {
                continue;
            }

            var after = at + verb.Length;
            if (after >= to || after >= s.Length || Text.ClauseBreakBefore(after) || Text.SentenceBreakBefore(after) || StartsWithAny(s.AsSpan(after), AfterVerb))
            {
                return true;
            }

            // A spoken or posted line breaks its clauses with a space (千万别办 未成年人的卡…): the verb ends one in the original.
            var (_, end) = Text.OriginalSpan(at, after);
            return end < Text.Original.Length && char.IsWhiteSpace(Text.Original[end]);
        }

        return false;
    }

    // A place or channel refused before the act (学校不在群内收二维码, 从不在私人账户收款, 不在线上收钱): 不在 + a place of at most four
    // characters ending in 内 / 里 / 中 / 上, then the act at once. 不在乎 and 不在家 are not it (no place mark, or none right before a term).
    private static readonly char[] PlaceMarks = ['内', '里', '中', '上'];

    private const int PlaceReach = 4;

    /// <summary>Negates, to the end of its clause, the act right after a refused place (不在群内收二维码; ADR 444).</summary>
    private void NegateRefusedPlaces(bool[] negated)
    {
        var s = Text.Text;
        for (var at = s.IndexOf("不在", StringComparison.Ordinal); at >= 0; at = s.IndexOf("不在", at + 2, StringComparison.Ordinal))
        {
            for (var k = 0; k < Terms.Count; k++)
            {
                var gap = Terms[k].Start - (at + 2);
                if (Terms[k].Start >= s.Length || gap < 2 || gap > PlaceReach || Array.IndexOf(PlaceMarks, s[Terms[k].Start - 1]) < 0 || _clause[Terms[k].Start] != _clause[at])
                {
                    continue;
                }

                for (var m = k; m < Terms.Count && Terms[m].Start < s.Length && _clause[Terms[m].Start] == _clause[at]; m++)
                {
                    negated[m] = true;
                }

                break;
            }
        }
    }
}

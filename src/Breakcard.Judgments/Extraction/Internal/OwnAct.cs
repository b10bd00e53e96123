namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>
/// Whether a conduct word in a clause is the subject's own act or only mentioned: "看到“高价收购
/// 银行卡”的广告后" names an advertisement the defendant saw and a purchase someone else offered;
/// "有人收购银行卡" is another person's act; "与发布广告的人员联系" is about the advertiser.
/// </summary>
internal static class OwnAct
{
    /// <summary>Seeing or learning of something: what follows is what the subject saw, not did.</summary>
    private static readonly string[] Viewing = ["看到", "看见", "浏览", "刷到", "得知", "了解到", "获悉", "听说", "根据"];

    /// <summary>Another party as the subject of the word.</summary>
    private static readonly string[] OtherParty = ["有人", "他人", "别人", "对方", "上家", "网友", "某人"];

    /// <summary>Before <see cref="OtherParty"/>, the subject acts for or with that party (为他人收购, 从他人处收购): still the subject's act.</summary>
    private const string OnBehalf = "为帮替给向从与和";

    /// <summary>How far before the word another party may stand and still be its subject ("有人高价收购"); 明知他人… further back is not.</summary>
    private const int SubjectReach = 4;

    /// <summary>True when some occurrence of a word of <paramref name="words"/> in <paramref name="clause"/> is the subject's own act.</summary>
    public static bool Any(ReadOnlySpan<char> clause, WordList words)
    {
        foreach (var w in words)
        {
            for (var at = clause.IndexOf(w, StringComparison.Ordinal); at >= 0;)
            {
                if (IsOwn(clause, at, w.Length))
                {
                    return true;
                }

                var next = clause[(at + w.Length)..].IndexOf(w, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + w.Length + next;
            }
        }

        return false;
    }

    private static bool IsOwn(ReadOnlySpan<char> clause, int at, int length)
    {
        var before = clause[..at];
        if (InsideQuotes(before) || Negated(before))
        {
            return false;
        }

        foreach (var v in Viewing)
        {
            if (before.Contains(v, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var p in OtherParty)
        {
            var i = before.LastIndexOf(p, StringComparison.Ordinal);
            if (i >= 0 && before.Length - (i + p.Length) <= SubjectReach && (i == 0 || !OnBehalf.Contains(before[i - 1], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        // "发布广告的人员", "收购银行卡者": a relative clause about someone else.
        var after = clause[(at + length)..];
        var de = after.IndexOf('的');
        var end = after.IndexOfAny('，', '。', '；');
        if (de >= 0 && (end < 0 || de < end))
        {
            var noun = after[(de + 1)..];
            if (noun.StartsWith("人") || noun.StartsWith("男子") || noun.StartsWith("女子") || noun.StartsWith("上家"))
            {
                return false;
            }
        }

        return !after.StartsWith("者");
    }

    /// <summary>How far before an act a negation still denies it ("未参与转账", "并未实施取现行为").</summary>
    private const int NegationReach = 6;

    /// <summary>True when a negation stands close before the act: "未参与转账", "没有出售"; not 未经 (without consent), 未满 (under an age).</summary>
    public static bool Negated(ReadOnlySpan<char> before)
    {
        var window = before[Math.Max(0, before.Length - NegationReach)..];
        foreach (var n in Keywords.ActNegations)
        {
            var i = window.IndexOf(n, StringComparison.Ordinal);
            if (i < 0)
            {
                continue;
            }

            var rest = window[(i + n.Length)..];
            if (!(rest.StartsWith("经") || rest.StartsWith("满") || rest.StartsWith("成年") || rest.StartsWith("果")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the clause opens (after connectives and dates) with another party or the card as its subject: "上家利用该卡进行转账", "该卡接收转账".</summary>
    public static bool OtherSubject(ReadOnlySpan<char> clause, Mentions mentions)
    {
        var at = ClauseWalker.SkipConnectives(clause, mentions);
        return Keywords.StartsWithAny(clause[at..], Keywords.OtherSubjects);
    }

    /// <summary>True when an opening quotation mark before the position has not been closed.</summary>
    private static bool InsideQuotes(ReadOnlySpan<char> before)
    {
        var open = Math.Max(before.LastIndexOf('“'), before.LastIndexOf('「'));
        var close = Math.Max(before.LastIndexOf('”'), before.LastIndexOf('」'));
        return open > close;
    }
}

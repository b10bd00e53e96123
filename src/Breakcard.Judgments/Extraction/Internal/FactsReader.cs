using Breakcard.Core.Judgments;
using Breakcard.Judgments.Numbers;

namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>
/// Reads the findings of fact clause by clause and gives each defendant the conduct, card
/// counts, amounts and dates of the clauses that are about them (see <see cref="ClauseWalker"/>).
/// </summary>
internal static class FactsReader
{
    /// <summary>Reads the facts; returns the earliest date in them (the start of the case's events), or null.</summary>
    public static DateOnly? Read(string text, TextRange facts, Mentions mentions, Evidence[] evidence)
    {
        DateOnly? pendingDate = null;
        DateOnly? earliest = null;
        var clauses = ClauseWalker.Walk(text, facts, mentions);
        var sentenceStart = 0;
        for (var k = 0; k < clauses.Count; k++)
        {
            var clause = clauses[k];
            if (k > 0 && clause.Sentence != clauses[k - 1].Sentence)
            {
                sentenceStart = k;
            }

            var sentenceEnd = k;
            while (sentenceEnd + 1 < clauses.Count && clauses[sentenceEnd + 1].Sentence == clause.Sentence)
            {
                sentenceEnd++;
            }

            var sentence = new TextRange(clauses[sentenceStart].Range.Start, clauses[sentenceEnd].Range.End).Of(text);
            var span = clause.Range.Of(text);
            var found = Keywords.Scan(span);
            var subjects = clause.Subjects;
            var dates = Dates(span, found, out var dateOnly);
            earliest = Min(earliest, dates);
            if (dateOnly || subjects == 0)
            {
                pendingDate = Min(pendingDate, dates);
                if (dateOnly)
                {
                    continue;
                }
            }

            if (subjects == 0)
            {
                continue;
            }

            var date = Min(pendingDate, dates);
            pendingDate = null;

            // A pivot ("介绍被告人蒙某某将…"): what follows the named object is that defendant's act.
            var pivot = PivotAt(span, mentions, subjects, out var pivotDefendant);
            if (pivot > 0)
            {
                var tail = span[pivot..];
                var pivotSubject = 1UL << pivotDefendant;
                evidence[pivotDefendant].Conduct |= Conduct(tail, Keywords.Scan(tail), sentence, mentions, pivotSubject, evidence, out var pivotProvides);
                evidence[pivotDefendant].ProvidesUnmarkedCards |= pivotProvides;
                Amounts(tail, pivotSubject, mentions, evidence);
                Cards(tail, pivotSubject, mentions, evidence, sentence);
                span = span[..pivot];
                found = Keywords.Scan(span);
            }

            // "仍将其本人名下的银行卡一张，以500元的价格出售给对方": the object (将…) and the verb
            // in two clauses of one sentence about the same subject are read together for conduct.
            var conductSpan = span;
            var conductFound = found;
            if (k > 0 && pivot <= 0 && clauses[k - 1].Sentence == clause.Sentence && clauses[k - 1].Subjects == subjects
                && Keywords.Has(found, Keywords.ProvideVerbs) && !Keywords.Has(found, Keywords.AccountNouns))
            {
                var previous = clauses[k - 1].Range.Of(text);
                if ((previous.Contains('将') || previous.Contains('把')) && Keywords.ContainsAny(previous, Keywords.AccountNouns)
                    && !Keywords.ContainsAny(previous, Keywords.ProvideVerbs))
                {
                    conductSpan = new TextRange(clauses[k - 1].Range.Start, clause.Range.End).Of(text);
                    conductFound = Keywords.Scan(conductSpan);
                }
            }

            var conduct = Conduct(conductSpan, conductFound, sentence, mentions, subjects, evidence, out var providesUnmarked);
            Restitution(span, found, out var restitution);
            var zeroGains = StatesNoGains(span, found);
            for (var d = 0; d < mentions.Count; d++)
            {
                if ((subjects & (1UL << d)) == 0)
                {
                    continue;
                }

                var e = evidence[d];
                e.Conduct |= conduct;
                e.ProvidesUnmarkedCards |= providesUnmarked;
                e.Restitution |= restitution;
                e.ZeroGains |= zeroGains;
                if (date is { } dt)
                {
                    e.AddDate(dt);
                }
            }

            Amounts(span, subjects, mentions, evidence);
            Cards(span, subjects, mentions, evidence, sentence);
        }

        return earliest;
    }

    /// <summary>Reads amounts of money and classifies each as settlement flow, gains or neither.</summary>
    public static void Amounts(ReadOnlySpan<char> clause, ulong subjects, Mentions mentions, Evidence[] evidence)
    {
        for (var yuan = clause.IndexOfAny('元', '圆'); yuan >= 0; yuan = Next(clause, yuan + 1))
        {
            var start = QuantityReader.FindMoneyStart(clause, yuan);
            if (start < 0 || !QuantityReader.TryReadMoney(clause, start, out var amount, out var length))
            {
                continue;
            }

            var kind = Classify(clause, start, start + length);
            if (kind == AmountKind.ReturnedGains)
            {
                // "退出违法所得人民币500元": the gains, when the findings state no other amount.
                ForEach(subjects, mentions, d => evidence[d].AddResultGains(amount));
                continue;
            }

            if (kind == AmountKind.None)
            {
                continue;
            }

            ForEach(subjects, mentions, d =>
            {
                if (kind == AmountKind.Gains)
                {
                    evidence[d].AddGains(amount);
                }
                else
                {
                    evidence[d].AddSettlement(amount);
                }
            });
        }
    }

    private static int Next(ReadOnlySpan<char> s, int from)
    {
        if (from >= s.Length)
        {
            return -1;
        }

        var i = s[from..].IndexOfAny('元', '圆');
        return i < 0 ? -1 : from + i;
    }

    private enum AmountKind
    {
        None,
        Settlement,
        Gains,
        ReturnedGains,
    }

    private static AmountKind Classify(ReadOnlySpan<char> clause, int start, int end)
    {
        var before = clause[Math.Max(0, start - 8)..start];
        if (Keywords.ContainsAny(before, Keywords.RateWords))
        {
            return AmountKind.None;
        }

        var after = clause[end..Math.Min(clause.Length, end + 5)];
        if (after.StartsWith("的价格") || after.StartsWith("价格") || after.StartsWith("不等") || after.StartsWith("至") || after.StartsWith("/"))
        {
            return AmountKind.None;
        }

        var head = clause[..start];
        if (Keywords.ContainsAny(head, Keywords.ReturnWords))
        {
            return ReturnsGains(head) ? AmountKind.ReturnedGains : AmountKind.None;
        }

        var window = clause[Math.Max(0, start - 30)..start];
        var gains = Keywords.LastEnd(window, Keywords.GainsWords);
        var flow = Keywords.LastEnd(window, Keywords.SettlementWords);
        if (gains < 0 && flow < 0)
        {
            return AmountKind.None;
        }

        if (gains >= flow)
        {
            return AmountKind.Gains;
        }

        return Keywords.ContainsAny(clause, Keywords.VictimWords) ? AmountKind.None : AmountKind.Settlement;
    }

    /// <summary>"退缴违法所得", "退出全部违法所得人民币": the defendant giving back gains (not a fine, confiscation or an order).</summary>
    private static bool ReturnsGains(ReadOnlySpan<char> head)
    {
        var near = head[Math.Max(0, head.Length - 14)..];
        if (!(near.Contains("违法所得", StringComparison.Ordinal) || near.Contains("非法所得", StringComparison.Ordinal) || near.Contains("非法获利", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var verb in (ReadOnlySpan<string>)["退缴", "退出", "退赃", "主动退还", "上交"])
        {
            var at = near.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && !Keywords.ContainsAny(near[..at], Keywords.RestitutionDenials) && !head.Contains("责令", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads counts of bank and phone cards: 银行卡4张, 4张银行卡, 共计32套, 手机卡二十余张.</summary>
    private static void Cards(ReadOnlySpan<char> clause, ulong subjects, Mentions mentions, Evidence[] evidence, ReadOnlySpan<char> sentence)
    {
        for (var i = 0; i < clause.Length; i++)
        {
            if (!NumeralChars.StartsNumber(clause[i]) || (i > 0 && IsNumberPart(clause[i - 1])))
            {
                continue;
            }

            if (!QuantityReader.TryReadCount(clause, i, "张套", out var quantity, out var length))
            {
                continue;
            }

            var end = i + length;
            var fillerStart = SkipFillersBack(clause, i, out var total);
            if (fillerStart > 0 && clause[fillerStart - 1] is '各' or '第' or '每')
            {
                i = end - 1;
                continue;
            }

            var kind = NounBefore(clause[..fillerStart]);
            if (kind == CardKind.None)
            {
                kind = NounAfter(clause[end..Math.Min(clause.Length, end + 12)]);
            }

            // "银行卡共计5张，其中黄某2张、林某3张": a count right after a name is that person's, of the
            // one kind of card the sentence speaks of.
            var owner = NameBefore(clause[..fillerStart], mentions);
            if (kind == CardKind.None && owner >= 0)
            {
                kind = OnlyKind(sentence);
            }

            if (kind != CardKind.None)
            {
                var isTotal = total;
                ForEach(owner >= 0 ? 1UL << owner : subjects, mentions, d =>
                {
                    if (kind == CardKind.Bank)
                    {
                        evidence[d].AddBankCards(quantity, isTotal);
                    }
                    else
                    {
                        evidence[d].AddPhoneCards(quantity, isTotal);
                    }
                });
            }

            i = end - 1;
        }
    }

    /// <summary>The defendant whose name ends <paramref name="before"/>, or -1.</summary>
    private static int NameBefore(ReadOnlySpan<char> before, Mentions mentions)
    {
        foreach (var (d, start, length) in mentions.Find(before))
        {
            if (start + length == before.Length)
            {
                return d;
            }
        }

        return -1;
    }

    /// <summary>Bank or phone cards when the sentence names only one of the two kinds.</summary>
    private static CardKind OnlyKind(ReadOnlySpan<char> sentence)
    {
        var bank = Keywords.ContainsAny(sentence, Keywords.BankCardNouns);
        var phone = Keywords.ContainsAny(sentence, Keywords.PhoneCardNouns);
        return bank == phone ? CardKind.None : bank ? CardKind.Bank : CardKind.Phone;
    }

    private enum CardKind
    {
        None,
        Bank,
        Phone,
    }

    private static readonly string[] CountFillers = ["共计", "合计", "总计", "累计", "共", "计", "达", "约", "等"];

    private static int SkipFillersBack(ReadOnlySpan<char> clause, int at, out bool total)
    {
        total = false;
        var progressed = true;
        while (progressed && at > 0)
        {
            progressed = false;
            foreach (var f in CountFillers)
            {
                if (clause[..at].EndsWith(f))
                {
                    at -= f.Length;
                    total |= f is "共计" or "合计" or "总计" or "累计" or "共";
                    progressed = true;
                    break;
                }
            }
        }

        return at;
    }

    private static CardKind NounBefore(ReadOnlySpan<char> before)
    {
        // Skip a parenthetical such as 银行卡（含U盾、手机卡）共计32套.
        if (before.EndsWith("）"))
        {
            var open = before.LastIndexOf('（');
            if (open >= 0)
            {
                before = before[..open];
            }
        }

        foreach (var n in Keywords.PhoneCardNouns)
        {
            if (before.EndsWith(n))
            {
                return CardKind.Phone;
            }
        }

        foreach (var n in Keywords.BankCardNouns)
        {
            if (before.EndsWith(n))
            {
                return CardKind.Bank;
            }
        }

        return CardKind.None;
    }

    private static CardKind NounAfter(ReadOnlySpan<char> after)
    {
        var best = int.MaxValue;
        var kind = CardKind.None;
        foreach (var n in Keywords.BankCardNouns)
        {
            var at = after.IndexOf(n, StringComparison.Ordinal);
            if (at >= 0 && at < best)
            {
                best = at;
                kind = CardKind.Bank;
            }
        }

        foreach (var n in Keywords.PhoneCardNouns)
        {
            var at = after.IndexOf(n, StringComparison.Ordinal);
            if (at >= 0 && at < best)
            {
                best = at;
                kind = CardKind.Phone;
            }
        }

        // Another count before the noun means the noun belongs to that count.
        if (kind != CardKind.None)
        {
            var gap = after[..best];
            foreach (var c in gap)
            {
                if (c is '、' or '，' or '张' or '套' || char.IsAsciiDigit(c))
                {
                    return CardKind.None;
                }
            }
        }

        return kind;
    }

    private static bool IsNumberPart(char c) =>
        char.IsAsciiDigit(c) || NumeralChars.Digit(c) >= 0 || NumeralChars.Unit(c) > 0 || c is '.' or ',';

    /// <summary>
    /// The conduct a clause describes; own-card sales by a defendant named as owner are given to that
    /// owner directly. <paramref name="providesUnmarked"/>: the subject handed over cards or accounts
    /// without saying whose ("将银行卡出租给上家") — own cards unless the subject also dealt in
    /// others' cards (<see cref="Evidence.FinalConduct"/>).
    /// </summary>
    private static ConductKinds Conduct(ReadOnlySpan<char> clause, ulong found, ReadOnlySpan<char> sentence, Mentions mentions, ulong subjects, Evidence[] evidence, out bool providesUnmarked)
    {
        providesUnmarked = false;
        var kinds = ConductKinds.None;
        if (Keywords.Has(found, Keywords.PhoneCardNouns))
        {
            kinds |= ConductKinds.TelecomCards;
        }

        if (Keywords.Has(found, Keywords.DeviceWords))
        {
            kinds |= ConductKinds.TransmissionDevices;
        }

        if (Keywords.Has(found, Keywords.TechWords) && HasTechSupport(clause))
        {
            kinds |= ConductKinds.TechnicalSupport;
        }

        if (Keywords.Has(found, Keywords.AdvertisingWords) && OwnAct.Any(clause, Keywords.AdvertisingWords))
        {
            kinds |= ConductKinds.Advertising;
        }

        // "上家利用该卡进行转账", "该卡接收转账40万元": another party's or the card's act.
        var otherSubject = OwnAct.OtherSubject(clause, mentions);
        var acquires = !otherSubject && Keywords.Has(found, Keywords.AcquireVerbs) && HasCardWord(clause) && OwnAct.Any(clause, Keywords.AcquireVerbs);
        if (acquires || (!otherSubject && Keywords.Has(found, Keywords.RecruitWords) && Recruits(clause) && HasCardWord(sentence)))
        {
            kinds |= ConductKinds.CardDealing;
        }

        if (!otherSubject && Keywords.Has(found, Keywords.SettlementVerbs) && !Keywords.Has(found, Keywords.SettlementExclusions) && HasSettlementAct(clause))
        {
            kinds |= ConductKinds.PaymentSettlement;
        }

        var owners = OwnerMentions(clause, mentions) & ~subjects;
        var provides = !otherSubject && Keywords.Has(found, Keywords.ProvideVerbs) && OwnAct.Any(clause, Keywords.ProvideVerbs);
        var accounts = Keywords.Has(found, Keywords.AccountNouns);
        if (owners != 0)
        {
            // "收购了周某某本人名下的银行卡", "使用王某甲、王某乙名下的银行卡": the named owners
            // let their own cards go to the subject.
            if (acquires || (provides && accounts) || Keywords.Has(found, Keywords.UseOfOthersCards))
            {
                for (var d = 0; d < mentions.Count; d++)
                {
                    if ((owners & (1UL << d)) != 0)
                    {
                        evidence[d].Conduct |= ConductKinds.OwnCards;
                    }
                }
            }
        }
        else if (provides && accounts && !acquires && (Keywords.Has(found, Keywords.OwnershipMarkers) || HasOwnership(clause)))
        {
            kinds |= ConductKinds.OwnCards;
        }
        else if (provides && !acquires && (accounts || ReferredCard(clause)) && !OthersCards(clause))
        {
            providesUnmarked = true;
        }

        return kinds;
    }

    /// <summary>A card referred back to: "将该卡及密码提供给对方".</summary>
    private static bool ReferredCard(ReadOnlySpan<char> clause) =>
        clause.Contains("该卡", StringComparison.Ordinal) || clause.Contains("此卡", StringComparison.Ordinal) || clause.Contains("上述卡", StringComparison.Ordinal);

    /// <summary>
    /// Cards said to be someone else's ("他人的银行卡", "使用他人银行卡", "收来的银行卡"), or money, not
    /// cards, handed over ("取现…后交给上家", "将现金交给").
    /// </summary>
    private static bool OthersCards(ReadOnlySpan<char> clause)
    {
        foreach (var word in (ReadOnlySpan<string>)["收来的", "收购的", "购买的", "收集的", "租来的", "买来的", "借来的", "现金", "赃款", "款项", "取现"])
        {
            if (clause.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var other in (ReadOnlySpan<string>)["他人", "别人", "同学", "朋友", "亲属", "家人"])
        {
            for (var at = clause.IndexOf(other, StringComparison.Ordinal); at >= 0;)
            {
                var after = clause[(at + other.Length)..];
                var near = after[..Math.Min(after.Length, 6)];
                if (Keywords.ContainsAny(near, Keywords.AccountNouns) || near.StartsWith("的卡") || near.StartsWith("卡"))
                {
                    return true;
                }

                var next = after.IndexOf(other, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + other.Length + next;
            }
        }

        return false;
    }

    /// <summary>Where a pivot's object starts (the defendant after 介绍/让/指使 …), or -1.</summary>
    private static int PivotAt(ReadOnlySpan<char> clause, Mentions mentions, ulong subjects, out int defendant)
    {
        defendant = -1;
        foreach (var (d, start, _) in mentions.Find(clause))
        {
            if ((subjects & (1UL << d)) != 0 || start == 0)
            {
                continue;
            }

            var before = clause[..start];
            if (before.EndsWith("被告人"))
            {
                before = before[..^3];
            }

            foreach (var verb in Keywords.PivotVerbs)
            {
                if (before.EndsWith(verb))
                {
                    defendant = d;
                    return start;
                }
            }
        }

        return -1;
    }

    /// <summary>Recruiting or brokering: 介绍他人出售, 纠集…, 为他人办理…; not "经网友介绍" (being introduced).</summary>
    private static bool Recruits(ReadOnlySpan<char> clause)
    {
        foreach (var w in Keywords.RecruitWords)
        {
            var at = clause.IndexOf(w, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            if (w == "介绍" && (clause[..at].Contains('经') || clause[..at].Contains('由') || clause[..at].EndsWith("的")))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool HasCardWord(ReadOnlySpan<char> clause) =>
        clause.Contains('卡') || clause.Contains("账户", StringComparison.Ordinal) || clause.Contains("账号", StringComparison.Ordinal);

    /// <summary>A technical-support word that is not a place (开发区); the caller has checked that one occurs.</summary>
    private static bool HasTechSupport(ReadOnlySpan<char> clause)
    {
        foreach (var w in Keywords.TechWords)
        {
            var at = clause.IndexOf(w, StringComparison.Ordinal);
            while (at >= 0)
            {
                var after = at + w.Length;
                // 开发区 is a place (经济技术开发区), not software development.
                if (!(w == "开发" && after < clause.Length && clause[after] == '区'))
                {
                    return true;
                }

                var next = clause[after..].IndexOf(w, StringComparison.Ordinal);
                at = next < 0 ? -1 : after + next;
            }
        }

        return false;
    }

    private static bool HasSettlementAct(ReadOnlySpan<char> clause)
    {
        // "资金被转出" is the ring's act, not the defendant's; "具有自动转账功能的APP" is a feature.
        foreach (var v in Keywords.SettlementVerbs)
        {
            var at = clause.IndexOf(v, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && clause[at - 1] == '被'))
            {
                continue;
            }

            // "未参与转账", "并未实施取现行为": denied. "接收转账", "收到转账": money that came in.
            var ahead = clause[..at];
            if (OwnAct.Negated(ahead) || ahead.EndsWith("接收") || ahead.EndsWith("收到") || ahead.EndsWith("接受") || ahead.EndsWith("用于"))
            {
                continue;
            }

            var after = clause[(at + v.Length)..Math.Min(clause.Length, at + v.Length + 6)];
            if (after.Contains("功能", StringComparison.Ordinal))
            {
                continue;
            }

            // "以帮朋友走账为由向其借用银行卡": the pretext of someone asking, not an act.
            if (after.Contains("为由", StringComparison.Ordinal) || after.Contains("为名", StringComparison.Ordinal))
            {
                continue;
            }

            // "转账记录", "取款凭证": a kind of evidence, not an act.
            if (after.StartsWith("记录") || after.StartsWith("明细") || after.StartsWith("凭证") || after.StartsWith("截图") || after.StartsWith("流水") || after.StartsWith("单据"))
            {
                continue;
            }

            // "该账户收款9.6万元": the account's flow, not an act of the defendant — unless the
            // account is the instrument ("使用他人银行卡取现").
            var before = clause[..at];
            if ((before.EndsWith("账户") || before.EndsWith("卡") || before.EndsWith("账号"))
                && !Keywords.ContainsAny(before, Keywords.InstrumentWords))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool HasOwnership(ReadOnlySpan<char> clause)
    {
        if (Keywords.ContainsAny(clause, Keywords.OwnershipMarkers))
        {
            return true;
        }

        // "将其银行卡出售": 其 (his/her) right before the card.
        var at = clause.IndexOf('其');
        while (at >= 0)
        {
            var window = clause[(at + 1)..Math.Min(clause.Length, at + 10)];
            if (Keywords.ContainsAny(window, Keywords.AccountNouns))
            {
                return true;
            }

            var next = clause[(at + 1)..].IndexOf('其');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>The defendants named right before 名下 / 本人名下 / 的名下, with any joined to them by 、 or 和.</summary>
    private static ulong OwnerMentions(ReadOnlySpan<char> clause, Mentions mentions)
    {
        var found = mentions.Find(clause);
        ulong owners = 0;
        for (var k = 0; k < found.Count; k++)
        {
            var (d, start, length) = found[k];
            var after = clause[(start + length)..];
            if (!(after.StartsWith("名下") || after.StartsWith("本人") || after.StartsWith("的名下") || PossessedAccount(after)))
            {
                continue;
            }

            owners |= 1UL << d;
            for (var j = k - 1; j >= 0; j--)
            {
                var gap = clause[(found[j].Start + found[j].Length)..found[j + 1].Start];
                if (!(gap.SequenceEqual("、") || gap.SequenceEqual("和") || gap.SequenceEqual("与") || gap.SequenceEqual("及")))
                {
                    break;
                }

                owners |= 1UL << found[j].Defendant;
            }
        }

        return owners;
    }

    /// <summary>"的银行卡", "的农业银行卡", "的微信账号": a possessive right before a card or account (after a name: the owner).</summary>
    private static bool PossessedAccount(ReadOnlySpan<char> after)
    {
        if (!after.StartsWith("的"))
        {
            return false;
        }

        var window = after[1..Math.Min(after.Length, 9)];
        var stop = window.IndexOfAny('，', '、', '的');
        return Keywords.ContainsAny(stop < 0 ? window : window[..stop], Keywords.AccountNouns);
    }

    private static void Restitution(ReadOnlySpan<char> clause, ulong found, out bool restitution)
    {
        restitution = false;
        if (!Keywords.Has(found, Keywords.RestitutionWords))
        {
            return;
        }

        foreach (var w in Keywords.RestitutionWords)
        {
            var at = clause.IndexOf(w, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            if (w is "退出" or "退还" or "赔偿")
            {
                var tail = clause[at..Math.Min(clause.Length, at + 14)];
                if (!(tail.Contains("违法所得", StringComparison.Ordinal) || tail.Contains("赃款", StringComparison.Ordinal)
                    || tail.Contains("非法所得", StringComparison.Ordinal) || tail.Contains("获利", StringComparison.Ordinal)
                    || tail.Contains("损失", StringComparison.Ordinal) || tail.Contains("被害人", StringComparison.Ordinal)))
                {
                    continue;
                }
            }

            var before = clause[..at];
            var near = before[Math.Max(0, before.Length - 4)..];
            if (before.Contains("责令", StringComparison.Ordinal) || Keywords.ContainsAny(near, Keywords.RestitutionDenials))
            {
                continue;
            }

            restitution = true;
            return;
        }
    }

    /// <summary>
    /// "未获利", "未从中获取报酬", "没有获得任何好处": a negation followed closely by getting paid,
    /// with no amount in between.
    /// </summary>
    public static bool StatesNoGains(ReadOnlySpan<char> clause) => StatesNoGains(clause, Keywords.Scan(clause));

    private static bool StatesNoGains(ReadOnlySpan<char> clause, ulong found)
    {
        if (Keywords.Has(found, Keywords.ZeroGainsPhrases))
        {
            return true;
        }

        if (!Keywords.Has(found, Keywords.PaidWords))
        {
            return false;
        }

        foreach (var negation in (ReadOnlySpan<string>)["未", "没有", "并未", "均未"])
        {
            var at = clause.IndexOf(negation, StringComparison.Ordinal);
            while (at >= 0)
            {
                var window = clause[(at + negation.Length)..Math.Min(clause.Length, at + negation.Length + 8)];
                var yuan = window.IndexOf('元');
                var scope = yuan < 0 ? window : window[..yuan];
                if (Keywords.ContainsAny(scope, Keywords.PaidWords))
                {
                    return true;
                }

                var next = clause[(at + negation.Length)..].IndexOf(negation, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + negation.Length + next;
            }
        }

        return false;
    }

    public static bool HasRestitution(ReadOnlySpan<char> clause)
    {
        Restitution(clause, Keywords.Scan(clause), out var r);
        return r;
    }

    /// <summary>Dates in a clause (earliest day allowed by each); <paramref name="dateOnly"/> when the clause is nothing but a time.</summary>
    private static DateOnly? Dates(ReadOnlySpan<char> clause, ulong found, out bool dateOnly)
    {
        DateOnly? earliest = null;
        var covered = 0;
        for (var i = 0; i + 5 <= clause.Length; i++)
        {
            if (clause[i + 4] != '年' || !DateReader.TryRead(clause, i, out var date, out var length))
            {
                continue;
            }

            if (date.Year >= 1990)
            {
                earliest = earliest is null || date.Earliest < earliest ? date.Earliest : earliest;
            }

            covered += length;
            i += length - 1;
        }

        // "2021年5月至8月", "（二）2020年6月至7月期间", "一、2021年3月": a period opening the sentence,
        // whose subject follows in the next clause.
        dateOnly = earliest is not null && clause.Length - covered <= 10 && !Keywords.Has(found, Keywords.NotOnlyDate);
        return earliest;
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static void ForEach(ulong subjects, Mentions mentions, Action<int> action)
    {
        for (var d = 0; d < mentions.Count; d++)
        {
            if ((subjects & (1UL << d)) != 0)
            {
                action(d);
            }
        }
    }
}

using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 408: whose account pays. A cooperative's purchase ledger, a company's payment run or a platform's verification log writes
// the payer before the payment (货款从合作社对公账户转到农户本人一卡通; 由公司基本户支付给供应商): the money leaves the organisation's own
// account for a named party's own account, and the one who writes it never holds it — nothing is received through the reader's
// account and nothing is passed on, which payment settlement under Art. 287-2 needs. The same words with the reader as payee
// (从公司账户打到你卡上) or with the reader's or the recruiter's account as payer or payee (从你的对公户转到我们指定的账户) stay read:
// there the money does pass through the reader's hands or name. And an account named as a third party's collecting account
// (商户收款账户打款验证) is that party's, not the reader collecting.
public sealed partial class PatternContext
{
    private List<(int Start, int End)>? _organisationPayments; // read once, only when a collection or account reading asks

    // An organisation's own account, the payer: corporate, basic or company accounts, in Chinese or English (normalised text).
    private static readonly string[] OrganisationAccounts =
        ["对公账户", "对公账号", "对公户", "基本账户", "基本户", "公户", "公账", "公司账户", "单位账户", "企业账户", "社里账户", "合作社账户",
         "平台账户", "corporateaccount", "companyaccount", "businessaccount"];

    // The verb that moves money from the payer to the payee.
    private static readonly string[] PaymentVerbs = ["转到", "打到", "转入", "打入", "汇到", "汇入", "划到", "划入", "付给", "转给", "打给", "支付给", "汇给", "付到", "结给", "paidto", "transferredto", "sentto", "to"];

    // A payer or payee that is the reader or the recruiter's side: then the money does pass through the reader's name or hands.
    private static readonly string[] ReaderOrRecruiter = ["你", "您", "本人", "自己", "我们", "我", "指定", "上家", "老板", "对接人", "your", "you", "our", "my", "me"];

    // In English the payee may be the recruiter as "us" (transferred to us); only as a payee, since "us" ends many owners' words.
    private static readonly string[] RecruiterAsPayee = ["us"];

    // Filler between the account and its verb (直接, 统一, 先, 再).
    private static readonly string[] Adverbs = ["直接", "统一", "先", "再", "按时", "当场", "当天", "directly"];

    // From 从 / 由 to the account: the owner's name between (从社里对公账户, 从绿源茶叶专业合作社对公账户), in one clause.
    private const int PayerReach = 14;

    // The payment named before 从 / 由 (货款, 钱, 收购款), taken into the payment's span.
    private const int SubjectReach = 6;

    // In English each letter counts: from the cooperative's business account.
    private const int EnglishPayerReach = 28;

    /// <summary>
    /// True when term <paramref name="index"/> lies in a payment from an organisation's own account to a named party's own
    /// account (货款从合作社对公账户转到农户本人一卡通), neither payer nor payee being the reader or the recruiter (ADR 408).
    /// </summary>
    internal bool IsOrganisationsPayment(int index)
    {
        _organisationPayments ??= ReadOrganisationPayments();
        var t = Terms[index];
        foreach (var (start, end) in _organisationPayments)
        {
            if (t.Start < end && t.End > start)
            {
                return true;
            }
        }

        return false;
    }

    private List<(int Start, int End)> ReadOrganisationPayments()
    {
        var found = new List<(int Start, int End)>();
        var s = Text.Text;
        for (var at = s.AsSpan().IndexOfAny('从', '由'); at >= 0;)
        {
            if (PaymentFrom(s, at, PayerReach) is var (accountEnd, verbEnd) && accountEnd > 0)
            {
                var start = at;
                while (start > 0 && at - start < SubjectReach && !BreakBefore(Text, start))
                {
                    start--;
                }

                found.Add((start, verbEnd));
            }

            var next = s.AsSpan(at + 1).IndexOfAny('从', '由');
            at = next < 0 ? -1 : at + 1 + next;
        }

        // "from" in English: paid from the co-op's business account to the grower's own account.
        for (var at = s.IndexOf("from", StringComparison.Ordinal); at >= 0; at = s.IndexOf("from", at + 4, StringComparison.Ordinal))
        {
            if (PaymentFrom(s, at + 3, EnglishPayerReach) is var (accountEnd, verbEnd) && accountEnd > 0)
            {
                found.Add((Math.Max(0, at - SubjectReach), verbEnd));
            }
        }

        return found;
    }

    // After 从 / 由 at `at`: an owner that is not the reader or the recruiter, an organisation's account, an adverb or none, a
    // payment verb, then a payee that is not the reader or the recruiter — all in one clause.
    private (int AccountEnd, int VerbEnd) PaymentFrom(string s, int at, int reach)
    {
        for (var k = at + 1; k < s.Length && k - at <= reach; k++)
        {
            if (BreakBefore(Text, k))
            {
                return default;
            }

            foreach (var account in OrganisationAccounts)
            {
                if (!s.AsSpan(k).StartsWith(account, StringComparison.Ordinal))
                {
                    continue;
                }

                if (NamesAny(s.AsSpan(at + 1, k - at - 1), ReaderOrRecruiter))
                {
                    return default;
                }

                var v = k + account.Length;
                foreach (var adverb in Adverbs)
                {
                    if (s.AsSpan(v).StartsWith(adverb, StringComparison.Ordinal))
                    {
                        v += adverb.Length;
                        break;
                    }
                }

                foreach (var verb in PaymentVerbs)
                {
                    if (s.AsSpan(v).StartsWith(verb, StringComparison.Ordinal) && v + verb.Length < s.Length && !BreakBefore(Text, v)
                        && !StartsWithAny(s.AsSpan(v + verb.Length), ReaderOrRecruiter) && !StartsWithAny(s.AsSpan(v + verb.Length), RecruiterAsPayee))
                    {
                        return (v, v + verb.Length);
                    }
                }

                return default;
            }
        }

        return default;
    }

    /// <summary>
    /// True when collection term <paramref name="index"/> (收款) names a third party's collecting account, right after the party
    /// and right before the account (商户收款账户, 商家收款账号, the merchant's receiving account): that party's account, not the
    /// reader collecting (ADR 408).
    /// </summary>
    internal bool IsThirdPartysCollectingAccount(int index)
    {
        var t = Terms[index];
        var s = Text.Text;
        if (!t.Has(Concept.CollectMoney) || t.End + 2 > s.Length || !(s.AsSpan(t.End).StartsWith("账户") || s.AsSpan(t.End).StartsWith("账号")))
        {
            return false;
        }

        foreach (var party in CollectingParties)
        {
            if (t.Start >= party.Length && string.CompareOrdinal(s, t.Start - party.Length, party, 0, party.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CollectingParties = ["商户", "商家", "店铺", "卖家", "供应商", "客户", "农户", "商户的", "商家的", "店铺的", "卖家的", "供应商的"];

    private static bool NamesAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
        {
            if (s.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
        {
            if (s.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// ADR 355: a device's identity (IMEI, MEID, serial number, MAC address, baseband, device fingerprint) rewritten, or a
// block on a device lifted, is technical support to whoever then uses the device when it is done for pay for others
// who say nothing of where the devices come from or what they are for, with no record kept or so that networks and
// platforms do not recognise them. Repair counters, test labs and trade-in desks name the same words: they refuse the
// act (不改串号, 未改), or do it on their own or a present customer's device with records, and none of the markers below.
internal static partial class DeviceIdentityReading
{
    // What a term of the act names (terms.tsv, ADR 355); every other equipment term (设备, 服务器, 网关) is not the act.
    private static readonly string[] IdentityMarks =
        ["imei", "meid", "串号", "串码", "序列号", "sn码", "mac", "基带", "设备号", "设备码", "机器码", "参数", "新机", "指纹", "id锁", "风控", "serial", "spoof", "frp", "icloud"];

    // Characters between two device acts of one list (、, 和, 或, or, and) after punctuation is removed.
    private const int ListGap = 3;

    /// <summary>True when term <paramref name="i"/> changes a device's identity or lifts a block on it.</summary>
    public static bool IsIdentityAct(PatternContext c, int i) => IsIdentityAct(c.Terms[i]);

    /// <summary>
    /// True when some term of <paramref name="c"/> changes a device's identity or lifts a block on it: where none does the pattern
    /// has nothing to quote, so its rule asks this before the whole-text expressions (ADR 426).
    /// </summary>
    public static bool NamesIdentityAct(PatternContext c)
    {
        if (!c.Has(Concept.Equipment))
        {
            return false;
        }

        for (var ti = 0; ti < c.Terms.Count; ti++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
        {
            var t = c.Terms[ti];
            if (IsIdentityAct(t))
            {
                return true;
            }
        }

        return false;
    }

    // A loop, not a lambda: a lambda capturing the term allocated on every call, and the negation asks this of every term of
    // every text (ADR 426).
    private static bool IsIdentityAct(TermMatch t)
    {
        if (!t.Has(Concept.Equipment))
        {
            return false;
        }

        foreach (var m in IdentityMarks)
        {
            if (t.Term.Text.Contains(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Negates a device act refused or denied right before it (我们不改串号, 未改串号, we never change the IMEI): a counter's
    /// rule or a check's result names the act without doing it, and neither the pattern nor the model's concepts count it.
    /// </summary>
    public static void NegateRefused(PatternContext c, bool[] negated)
    {
        var refused = -1;
        for (var k = 0; k < c.Terms.Count; k++)
        {
            var t = c.Terms[k];
            if (!IsIdentityAct(t))
            {
                continue;
            }

            // A refusal covers a list of device acts (we never change the IMEI or bypass iCloud; 不改串号、刷基带).
            if (IsRefused(c.Text.Text, t.Start) || (refused >= 0 && t.Start - c.Terms[refused].End <= ListGap))
            {
                negated[k] = true;
                refused = k;
            }
        }
    }

    /// <summary>
    /// True when the text does the act for others it does not account for: where the devices come from or what they are
    /// for left unasked, no record kept, or the point stated as networks and platforms not recognising the device.
    /// </summary>
    public static bool ForOthersUnaccounted(PatternContext c)
    {
        var s = c.Text.Text;
        return Unasked().IsMatch(s) || NoRecord().IsMatch(s) || RecognitionEvaded().IsMatch(s);
    }

    // A refusal or a negation just before the act (我们不改串号, 未改, never change the IMEI): a counter's rule or a check's result.
    private static bool IsRefused(string s, int at)
    {
        var before = s[Math.Max(0, at - 3)..at];
        return before.IndexOfAny(['不', '别', '禁', '勿', '未', '没', '无', '莫', '拒']) >= 0
            || s[Math.Max(0, at - 8)..at] is var en && (en.EndsWith("not", StringComparison.Ordinal) || en.EndsWith("no", StringComparison.Ordinal)
                || en.Contains("never", StringComparison.Ordinal) || en.Contains("dont", StringComparison.Ordinal) || en.Contains("wont", StringComparison.Ordinal)
                || en.Contains("don't", StringComparison.Ordinal) || en.Contains("won't", StringComparison.Ordinal));
    }

    // Normalised text (simplified, lower case, separators removed): where the devices come from or what they are for,
    // then a waiver of asking (从哪来别问, 拿去干嘛不用管, 来源不问), or the waiver first (不问来源, 别管用途); in English
    // "no questions asked", "don't ask where …".
    [GeneratedRegex("(从哪|哪来|哪里来|来源|来路|干嘛|干什么|做什么|用途|拿去|谁的).{0,6}?(别问|不问|不用问|不要问|勿问|不用管|别管|不管|别打听|不打听)"
        + "|(不问|别问|不管|别管)(来源|来路|用途|从哪|哪来)|noquestionsasked|(dont|don't|donot|wont|won't)ask(where|what|whose)", RegexOptions.CultureInvariant)]
    private static partial Regex Unasked();

    // No record of the work or of whose devices they were (不留记录, 不开单, 不登记, 删记录; no paperwork, off the books).
    [GeneratedRegex("不留(记录|底|单|痕|档|存)|不开单|不登记|不记录|不存档|(删|清)(掉|除)?(记录|底单)|norecords?|noreceipts?|nopaperwork|offthebooks|nologs?kept", RegexOptions.CultureInvariant)]
    private static partial Regex NoRecord();

    // The point stated as others' systems not recognising the device: 查不到/认不出/识别不出, taken for a new device
    // (识别为新设备, 当成新机), blocks and risk controls evaded (防封, 绕过检测); in English a new device, undetectable.
    [GeneratedRegex("(认|识别|查|检测|看)(不出|不到)|不被(识别|发现|查到|检测|认出)|(识别|当成|当作|显示|认成|认作|算)(为|成)?(新设备|新机|新手机)|防封|躲(过|开)?(风控|检测)|绕(过|开)(检测|识别)"
        + "|(see|sees|as|like|readsas|treatitas)a(brand)?new(device|phone|handset)|undetectable|cannottell|can'ttell|canttell|(wont|won't|never)(be)?(flagged|detected|recogni[sz]ed)", RegexOptions.CultureInvariant)]
    private static partial Regex RecognitionEvaded();
}

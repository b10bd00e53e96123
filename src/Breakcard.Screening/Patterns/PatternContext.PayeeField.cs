using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 392: a transfer form's payee field. A remittance or transfer application lays out who pays and who is paid as fields
// (付款账户：…, 收款人 Beneficiary：University of Leeds（学校账户）, 汇出：…): 收款人 / 收款方 there is the label of the party the
// transfer pays, not the reader receiving money, and 汇出 the label of the amount sent. Read as an act, the two make
// `collect-and-forward` out of any filled-in form. The field still reads as receiving when its value is the reader (收款人：你本人):
// a form that makes the reader the payee of others' money is the offence's own paperwork. Only a payee that names an institution
// (a lexicon `Institution` term: University of …, 学校账户) is read so: a person named as payee (收款人：我们给的名字，香港某银行) stays
// what the pair read before, since the form may be passing others' money to that person.
public sealed partial class PatternContext
{
    // How far after the label its colon may stand: an English gloss between (收款方 Beneficiary：).
    private const int PayeeGlossLength = 24;

    /// <summary>
    /// True when collection term <paramref name="index"/> (收款) heads a payee field — 收款人, 收款方, 收款单位, 收款账户 or 收款账号,
    /// then on its line only an English gloss (full-width too), and a colon — whose value names an institution on its line and is not the reader
    /// (你, 您, 本人, you) (ADR 392).
    /// </summary>
    internal bool IsPayeeField(int index)
    {
        var t = Terms[index];
        var s = Text.Text;
        if (!t.Has(Concept.CollectMoney) || t.End >= s.Length)
        {
            return false;
        }

        var label = s[t.End] is '人' or '方' ? 1
            : t.End + 1 < s.Length && ((s[t.End] == '单' && s[t.End + 1] == '位') || (s[t.End] == '账' && s[t.End + 1] is '户' or '号')) ? 2
            : 0;
        if (label == 0)
        {
            return false;
        }

        var o = Text.Original;
        var (_, to) = Text.OriginalSpan(t.Start, t.End + label);
        var i = to;
        while (i < o.Length && i - to <= PayeeGlossLength && (char.IsAsciiLetter(o[i]) || o[i] is (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') or ' ' or '\u3000' or '\t'))
        {
            i++;
        }

        if (i >= o.Length || o[i] is not ('：' or ':'))
        {
            return false;
        }

        i++;
        while (i < o.Length && o[i] is ' ' or '\u3000' or '\t')
        {
            i++;
        }

        var value = o.AsSpan(i);
        return !(value.StartsWith("你") || value.StartsWith("您") || value.StartsWith("本人") || value.StartsWith("you", StringComparison.OrdinalIgnoreCase))
            && PaysInstitution(index, i);
    }

    // The field's value, up to its line's end, names an institution (University of Leeds（学校账户）): the transfer pays
    // that institution's own account, as ADR 385 read of a principal's own.
    private bool PaysInstitution(int index, int valueStart)
    {
        var o = Text.Original;
        var lineEnd = o.IndexOf('\n', valueStart);
        lineEnd = lineEnd < 0 ? o.Length : lineEnd;
        for (var k = index + 1; k < Terms.Count; k++)
        {
            var (from, _) = Text.OriginalSpan(Terms[k].Start, Terms[k].End);
            if (from >= lineEnd)
            {
                break;
            }

            if (from >= valueStart && Terms[k].Has(Concept.Institution))
            {
                return true;
            }
        }

        return false;
    }
}

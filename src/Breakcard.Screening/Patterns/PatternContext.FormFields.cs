using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// ADR 355: forms (purchase orders, test reports, acceptance sheets) lay fields out as label：value, several to a line,
// separated by spaces. Normalisation removes the spaces, so the end of one field's value and the start of the next
// field's label can read as one term (宽带：公司办公网络　电话卡：… → 网络电话). A spaced term whose head lies in a field's
// value and whose tail lies in the next field's label is read across a field boundary and is no term. ADR 408: a line break
// ends a field as a space does — a ledger's 货：…按挂牌价收⏎付款：… is no 收付款 (collecting and paying for others).
public sealed partial class PatternContext
{
    // The longest field label read as one (电话卡, 联系方式, 收货地址 …), in original characters before its colon.
    private const int FieldLabelLength = 6;

    /// <summary>
    /// True when spaced term <paramref name="t"/> runs from a field's value (a colon before it on its line) across
    /// whitespace or a line break into the next field's label (its colon after the term, within <see cref="FieldLabelLength"/>
    /// characters of the whitespace, no other whitespace between).
    /// </summary>
    private static bool CrossesFieldBoundary(NormalisedText text, TermMatch t)
    {
        if (!t.Spaced)
        {
            return false;
        }

        var o = text.Original;
        var (from, to) = text.OriginalSpan(t.Start, t.End);
        var gap = -1;
        for (var i = from + 1; i < to; i++)
        {
            if (o[i] is ' ' or '\u3000' or '\t' or '\n' or '\r')
            {
                gap = i;
            }
        }

        if (gap < 0 || !ValueBefore(o, from))
        {
            return false;
        }

        var label = gap + 1;
        while (label < o.Length && o[label] is ' ' or '\u3000' or '\t')
        {
            label++;
        }

        for (var i = label; i < o.Length && i - label <= FieldLabelLength; i++)
        {
            if (o[i] is '：' or ':')
            {
                return i >= to;
            }

            if (char.IsWhiteSpace(o[i]))
            {
                return false;
            }
        }

        return false;
    }

    // A colon earlier on the same line: the term's head is in a field's value.
    private static bool ValueBefore(string o, int from)
    {
        for (var i = from - 1; i >= 0 && o[i] is not ('\n' or '\r'); i--)
        {
            if (o[i] is '：' or ':')
            {
                return true;
            }
        }

        return false;
    }
}

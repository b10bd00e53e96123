using System.Globalization;
using System.Text;

namespace Breakcard.Core.Errors;

/// <summary>
/// One problem with input data, located precisely enough for a user to fix it: the source (file
/// name or request), the 1-based line (or record number), the field, and the reason. The reason
/// must never contain the rejected value when the field may hold personal data.
/// </summary>
/// <param name="Source">File path, upload name or "request".</param>
/// <param name="Line">1-based line or record number, when the input has lines.</param>
/// <param name="Field">Column or property name, when one field is at fault.</param>
/// <param name="Reason">What is wrong, for example "not a valid bank card number: the Luhn check digit does not match".</param>
public sealed record InputError(string Source, long? Line, string? Field, string Reason)
{
    /// <summary>"source:line: field 'name': reason" — the form compilers use, so editors can jump to it.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(Source);
        if (Line is { } line)
        {
            sb.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
        }

        sb.Append(": ");
        if (Field is not null)
        {
            sb.Append("field '").Append(Field).Append("': ");
        }

        return sb.Append(Reason).ToString();
    }
}

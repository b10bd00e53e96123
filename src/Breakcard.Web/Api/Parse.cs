using System.Globalization;
using System.Text.Json;
using Breakcard.Cases.Identifiers;
using Breakcard.Core;

namespace Breakcard.Web.Api;

/// <summary>Request fields into domain values, each failure naming the field.</summary>
internal static class Parse
{
    public static TEnum Code<TEnum>(string? text, string field) where TEnum : struct, Enum
    {
        foreach (var v in Enum.GetValues<TEnum>())
        {
            if (JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()) == text)
            {
                return v;
            }
        }

        throw Problems.Invalid(field, $"'{text}' is not one of {string.Join(", ", Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString())))}");
    }

    public static Identifier Id(IdentifierKind kind, string? text, string field) =>
        Identifier.TryParse(kind, text, out var id, out var error) ? id : throw Problems.Invalid(field, $"not a valid {Identifier.Describe(kind)}: {error}");

    public static Identifier? OptionalId(IdentifierKind kind, string? text, string field) => string.IsNullOrWhiteSpace(text) ? null : Id(kind, text, field);

    public static Identifier Subject(string? text, string field)
    {
        if (Identifier.TryParse(IdentifierKind.Phone, text, out var phone, out _))
        {
            return phone;
        }

        return Identifier.TryParseAccount(text, out var account, out var error) ? account : throw Problems.Invalid(field, $"not a bank card, account or mobile number: {error}");
    }

    public static DateOnly? Date(string? text, string field) =>
        string.IsNullOrEmpty(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw Problems.Invalid(field, $"'{text}' is not a date yyyy-MM-dd");

    public static Money Yuan(string? text, string field) =>
        Money.TryParseYuan(text, out var m, out var error) ? m : throw Problems.Invalid(field, $"not an amount in yuan: {error}");

    /// <summary>The version named by <c>If-Match</c> (a number, quotes allowed), or null.</summary>
    public static long? IfMatch(HttpContext http)
    {
        var text = http.Request.Headers.IfMatch.ToString().Trim('"', 'W', '/', ' ');
        return text.Length == 0 ? null
            : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
            : throw Problems.Invalid("If-Match", $"'{text}' is not a version number");
    }
}

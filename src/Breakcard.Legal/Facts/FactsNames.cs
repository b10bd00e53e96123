using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;

namespace Breakcard.Legal.Facts;

/// <summary>
/// The snake_case names that facts files and evaluation output use for enum values
/// (<c>payment_settlement</c>, <c>iot_card</c>, <c>especially_serious</c>), the house convention
/// of <c>docs/data-format.md</c>. Thread safe.
/// </summary>
public static class FactsNames
{
    private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, object>> Parsers = new();

    /// <summary>The file name of an enum value, for example <c>HelpKind.PaymentSettlement</c> → "payment_settlement".</summary>
    public static string Of<T>(T value) where T : struct, Enum =>
        Enum.IsDefined(value)
            ? JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString())
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");

    /// <summary>Every file name of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> AllOf<T>() where T : struct, Enum => [.. Enum.GetValues<T>().Select(Of)];

    /// <summary>Parses a file name (exact, case-sensitive) into a value of <typeparamref name="T"/>.</summary>
    public static bool TryParse<T>(string name, out T value) where T : struct, Enum
    {
        var map = Parsers.GetOrAdd(typeof(T), static _ =>
            Enum.GetValues<T>().ToFrozenDictionary(Of, v => (object)v, StringComparer.Ordinal));
        if (map.TryGetValue(name, out var boxed))
        {
            value = (T)boxed;
            return true;
        }

        value = default;
        return false;
    }
}

using System.Text.Json;

namespace Breakcard.Storage.Internal;

/// <summary>Enum values as stored: the snake_case codes the rest of Breakcard uses.</summary>
internal static class Codes
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static T Parse<T>(string code) where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
        {
            if (Of(v) == code)
            {
                return v;
            }
        }

        throw new InvalidDataException($"stored value '{code}' is not a {typeof(T).Name}");
    }
}

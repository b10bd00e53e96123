using Breakcard.Core.Events;

namespace Breakcard.Simulation.Output;

/// <summary>
/// The schema's snake_case text of enumeration values, computed once per value: enum
/// <c>ToString</c> is slow and allocates, and entity files call it millions of times.
/// </summary>
internal static class EnumText<TEnum> where TEnum : struct, Enum
{
    private static readonly string[] Texts = Build();

    public static string Of(TEnum value)
    {
        var i = Index(value);
        return (uint)i < (uint)Texts.Length && Texts[i] is { } text ? text : EventSchema.Snake(value);
    }

    /// <summary>The value as an integer without boxing (the enums here are int- or byte-based).</summary>
    private static int Index(TEnum value) => System.Runtime.CompilerServices.Unsafe.SizeOf<TEnum>() switch
    {
        1 => System.Runtime.CompilerServices.Unsafe.As<TEnum, byte>(ref value),
        2 => System.Runtime.CompilerServices.Unsafe.As<TEnum, short>(ref value),
        _ => System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value),
    };

    private static string[] Build()
    {
        var values = Enum.GetValues<TEnum>();
        var max = values.Length == 0 ? 0 : values.Max(Index);
        var texts = new string[Math.Clamp(max + 1, 1, 256)];
        foreach (var v in values)
        {
            var i = Index(v);
            if (i is >= 0 and < 256)
            {
                texts[i] = EventSchema.Snake(v);
            }
        }

        return texts;
    }
}

/// <summary>Type-inferring shortcut for <see cref="EnumText{TEnum}"/>.</summary>
internal static class Text
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => EnumText<TEnum>.Of(value);
}

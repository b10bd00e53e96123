using System.Runtime.CompilerServices;

namespace Breakcard.Detection.Internal;

/// <summary>Saturating counters for compact state: a counter that overflows pins at its maximum instead of wrapping.</summary>
internal static class Sat
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort Inc(ushort v) => v == ushort.MaxValue ? v : (ushort)(v + 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Inc(byte v) => v == byte.MaxValue ? v : (byte)(v + 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Add(uint v, long add) => (uint)Math.Min(uint.MaxValue, v + Math.Max(0, add));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort Add(ushort v, int add) => (ushort)Math.Min(ushort.MaxValue, v + Math.Max(0, add));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort ToUShort(long v) => (ushort)Math.Clamp(v, 0, ushort.MaxValue);
}

using System.Buffers;
using System.Globalization;
using Breakcard.Core.Errors;

namespace Breakcard.Ingest.Internal;

/// <summary>The refill step shared by the CSV and line readers: keep the unread tail, make room for more.</summary>
internal static class PooledBuffer
{
    /// <summary>
    /// Moves the unread part [<paramref name="pos"/>, <paramref name="end"/>) to the front of
    /// <paramref name="buffer"/>; when it already fills the buffer, swaps in a pooled one twice as
    /// large, up to <paramref name="max"/> elements, beyond which the record is too long for the
    /// file to be what it claims.
    /// </summary>
    public static void MakeRoom<T>(ref T[] buffer, ref int pos, ref int end, int max, string source, long line, string tooLong)
    {
        if (pos > 0)
        {
            Array.Copy(buffer, pos, buffer, 0, end - pos);
            end -= pos;
            pos = 0;
        }

        if (end < buffer.Length)
        {
            return;
        }

        if (buffer.Length >= max)
        {
            throw new InvalidInputException(new InputError(source, line, null,
                string.Create(CultureInfo.InvariantCulture, $"{tooLong} (limit {max - 2:N0})")));
        }

        var bigger = ArrayPool<T>.Shared.Rent(Math.Min(buffer.Length * 2, max));
        Array.Copy(buffer, bigger, end);
        ArrayPool<T>.Shared.Return(buffer);
        buffer = bigger;
    }
}

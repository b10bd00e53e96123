using Breakcard.Cluster.Sharding.Checkpoints;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The zero-block layer of shard checkpoints (ADR 0276): whatever is written comes back byte for
/// byte, however the writes and reads are cut, and the zero blocks cost almost nothing.
/// </summary>
public sealed class ZeroBlockStreamTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(200_003)]
    public void WrittenInRandomPieces_ReadsBackTheSameBytes(int length)
    {
        var random = new Random(length);
        var data = new byte[length];
        // Runs of zeros of every length beside runs of bytes, some with zeros inside.
        for (var i = 0; i < length;)
        {
            var run = Math.Min(length - i, random.Next(1, random.Next(2) == 0 ? 40 : 3_000));
            if (random.Next(2) == 0)
            {
                random.NextBytes(data.AsSpan(i, run));
            }

            i += run;
        }

        var encoded = new MemoryStream();
        using (var writer = new ZeroBlockWriter(encoded, leaveOpen: true))
        {
            for (var i = 0; i < length;)
            {
                var piece = Math.Min(length - i, random.Next(0, 300) == 0 ? 50_000 : random.Next(1, 150));
                writer.Write(data, i, piece);
                i += piece;
            }
        }

        encoded.Position = 0;
        var decoded = new MemoryStream();
        using (var reader = new ZeroBlockReader(encoded))
        {
            var buffer = new byte[777];
            int n;
            while ((n = reader.Read(buffer, 0, random.Next(1, buffer.Length))) > 0)
            {
                decoded.Write(buffer, 0, n);
            }
        }

        Assert.Equal(data, decoded.ToArray());
    }

    [Fact]
    public void ARingOfZeros_TakesAFewBytes()
    {
        var encoded = new MemoryStream();
        using (var writer = new ZeroBlockWriter(encoded, leaveOpen: true))
        {
            writer.Write(new byte[32 << 20]);
            writer.Write([1, 2, 3]);
        }

        Assert.True(encoded.Length < 16, $"{encoded.Length} bytes");
    }

    [Fact]
    public void CutInsideABlockOfBytes_IsAnError_NotFewerBytes()
    {
        var encoded = new MemoryStream();
        using (var writer = new ZeroBlockWriter(encoded, leaveOpen: true))
        {
            writer.Write(Enumerable.Range(1, 200).Select(i => (byte)i).ToArray());
        }

        using var reader = new ZeroBlockReader(new MemoryStream(encoded.ToArray()[..100]));

        Assert.Throws<EndOfStreamException>(() => reader.CopyTo(Stream.Null));
    }
}

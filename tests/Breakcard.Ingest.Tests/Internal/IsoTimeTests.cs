using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Tests.Internal;

public sealed class IsoTimeTests
{
    [Theory]
    [InlineData("2024-03-01T08:15:30+08:00", 2024, 3, 1, 8, 15, 30, 0L, 480)]
    [InlineData("2024-03-01T08:15:30Z", 2024, 3, 1, 8, 15, 30, 0L, 0)]
    [InlineData("2024-03-01 08:15:30-0530", 2024, 3, 1, 8, 15, 30, 0L, -330)]
    [InlineData("2024-03-01T08:15:30.5+08", 2024, 3, 1, 8, 15, 30, 5_000_000L, 480)]
    [InlineData("2024-02-29T23:59:59.123456789Z", 2024, 2, 29, 23, 59, 59, 1_234_567L, 0)]
    [InlineData("2024-03-01T08:15+08:00", 2024, 3, 1, 8, 15, 0, 0L, 480)]
    public void TryParse_ValidForms_GiveParts(string text, int y, int mo, int d, int h, int mi, int s, long ticks, int offsetMinutes)
    {
        Assert.True(IsoTime.TryParse(text, out var value, out var error), error);
        Assert.Equal(new DateTime(y, mo, d, h, mi, s).AddTicks(ticks), value.Value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
        Assert.True(value.HasTimeOfDay);
    }

    [Fact]
    public void TryParse_DateOnly_HasNoTimeOfDayOrOffset()
    {
        Assert.True(IsoTime.TryParse("2017-01-01", out var value, out _));
        Assert.Equal((new DateTime(2017, 1, 1), (TimeSpan?)null, false), (value.Value, value.Offset, value.HasTimeOfDay));
    }

    [Theory]
    [InlineData("2023-02-29T00:00:00Z", "does not exist")]
    [InlineData("2024-03-01T24:00:00Z", "out of range")]
    [InlineData("2024-03-01T08:60:00Z", "out of range")]
    [InlineData("2024-03-01T08:00:60Z", "out of range")]
    [InlineData("2024-03-01T08:00:00+15:00", "beyond ±14:00")]
    [InlineData("2024-03-01T08:00:00 +08:00", "UTC offset")]
    [InlineData("2024-03-01T08:00:00.Z", "without fractional digits")]
    [InlineData("2024-3-1", "not an ISO 8601 date")]
    [InlineData("20240301", "not an ISO 8601 date")]
    [InlineData("", "not an ISO 8601 date")]
    public void TryParse_Invalid_SaysWhy(string text, string reason)
    {
        Assert.False(IsoTime.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_AgreesWithTheBcl_OnRandomInstants()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 2_000; i++)
        {
            var instant = new DateTimeOffset(1970 + random.Next(120), 1 + random.Next(12), 1 + random.Next(28), random.Next(24), random.Next(60), random.Next(60),
                TimeSpan.FromMinutes(15 * random.Next(-48, 57))).AddTicks(random.Next(10_000_000));
            var text = instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(IsoTime.TryParse(text, out var value, out _));
            Assert.Equal(instant, new DateTimeOffset(value.Value, value.Offset!.Value));
        }
    }
}

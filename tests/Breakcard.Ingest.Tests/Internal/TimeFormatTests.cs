using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Tests.Internal;

public sealed class TimeFormatTests
{
    private static TimeFormat Create(string format) =>
        TimeFormat.TryCreate(format, out var f, out var error) ? f! : throw new InvalidOperationException(error);

    [Theory]
    [InlineData("yyyy/MM/dd HH:mm", "2022/09/01 00:20", 2022, 9, 1, 0, 20, 0, true)]
    [InlineData("yyyyMMddHHmmss", "20240301081700", 2024, 3, 1, 8, 17, 0, true)]
    [InlineData("dd.MM.yyyy", "05.03.2024", 2024, 3, 5, 0, 0, 0, true)]
    [InlineData("M/d/yyyy H:mm:ss", "3/5/2024 7:08:09", 2024, 3, 5, 7, 8, 9, true)]
    [InlineData("yyyy'T'MM", "2024T03", 0, 0, 0, 0, 0, 0, false)]
    [InlineData("dd MMM yyyy HH:mm", "05 Mar 2024 07:08", 2024, 3, 5, 7, 8, 0, false)]
    [InlineData("M/d/yyyy h:mm:ss tt", "3/5/2024 7:08:09 PM", 2024, 3, 5, 19, 8, 9, false)]
    public void TryParse_Format_ReadsWallClock(string format, string text, int y, int mo, int d, int h, int mi, int s, bool compiled)
    {
        if (format == "yyyy'T'MM")
        {
            Assert.False(TimeFormat.TryCreate(format, out _, out _)); // no day
            return;
        }

        var f = Create(format);
        Assert.Equal(compiled, f.IsCompiled);
        Assert.True(f.TryParse(text, out var value, out var error), error);
        Assert.Equal(new DateTime(y, mo, d, h, mi, s), value.Value);
    }

    [Theory]
    [InlineData("yyyy/MM/dd HH:mm", "2022/09/01 00:20:00", "extra characters")]
    [InlineData("yyyy/MM/dd HH:mm", "2022-09-01 00:20", "does not match")]
    [InlineData("yyyy/MM/dd HH:mm", "2022/02/30 00:20", "does not exist")]
    [InlineData("yyyy/MM/dd HH:mm", "2022/09/01 25:20", "out of range")]
    [InlineData("dd MMM yyyy", "05 Foo 2024", "does not match")]
    public void TryParse_Mismatch_SaysWhy(string format, string text, string reason)
    {
        Assert.False(Create(format).TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yyyy-dd-MM HH:mm", true)] // unusual but consistent
    [InlineData("hh:mm dd/MM/yyyy", false)] // 12-hour without AM/PM
    [InlineData("yyyy-MM-dd HH:mm:ss K", false)]
    [InlineData("", false)]
    [InlineData("yyyy-MM-dd HH:mm:ss zzz", true)]
    public void TryCreate_ChecksTheFormat(string format, bool valid)
    {
        Assert.Equal(valid, TimeFormat.TryCreate(format, out _, out _));
    }

    [Fact]
    public void TryParse_FormatWithOffset_KeepsTheOffset()
    {
        Assert.True(Create("yyyy-MM-dd HH:mm:ss zzz").TryParse("2024-03-01 08:00:00 +08:00", out var value, out _));
        Assert.Equal(TimeSpan.FromHours(8), value.Offset);
    }
}

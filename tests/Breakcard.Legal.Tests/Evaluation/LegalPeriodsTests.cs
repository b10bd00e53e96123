using Breakcard.Legal.Evaluation;

namespace Breakcard.Legal.Tests.Evaluation;

public sealed class LegalPeriodsTests
{
    [Theory]
    [InlineData("2020-03-15", "2020-03-15", false)] // the event day itself is not counted
    [InlineData("2020-03-15", "2020-03-16", true)]
    [InlineData("2020-03-15", "2022-03-15", true)]  // the corresponding day two years later is the last day
    [InlineData("2020-03-15", "2022-03-16", false)]
    [InlineData("2020-02-29", "2022-02-28", true)]  // no 29 February in 2022: the month's last day
    [InlineData("2020-02-29", "2022-03-01", false)]
    public void IsWithinYearsAfter_TwoYears(string eventDate, string date, bool expected)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(expected, LegalPeriods.IsWithinYearsAfter(DateOnly.Parse(eventDate, c), DateOnly.Parse(date, c), 2));
    }
}

using Breakcard.Legal.Evaluation;
using CsCheck;

namespace Breakcard.Legal.Tests.Evaluation;

public sealed class CriminalAgeTests
{
    [Theory]
    [InlineData("2000-05-10", "2018-05-10", 17)] // the birthday itself: not yet reached (法释〔2006〕1号 Art. 2)
    [InlineData("2000-05-10", "2018-05-11", 18)]
    [InlineData("2000-05-10", "2018-05-09", 17)]
    [InlineData("2000-02-29", "2018-02-28", 17)] // no 29 February in 2018: the birthday is the 28th
    [InlineData("2000-02-29", "2018-03-01", 18)]
    [InlineData("2000-02-29", "2016-02-29", 15)]
    [InlineData("2000-02-29", "2016-03-01", 16)]
    [InlineData("2000-05-10", "2000-05-10", 0)]
    public void AgeOn_CountsFromTheDayAfterTheBirthday(string birth, string on, int expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(expected, CriminalAge.AgeOn(DateOnly.Parse(birth, culture), DateOnly.Parse(on, culture)));
    }

    [Fact]
    public void AgeOn_IsOneLessThanCalendarAgeOnlyOnBirthdays()
    {
        Gen.Select(Gen.Int[0, 40_000], Gen.Int[1, 40_000]).Sample((b, d) =>
        {
            var birth = new DateOnly(1930, 1, 1).AddDays(b);
            var date = birth.AddDays(d);
            var calendar = Core.People.Ages.Between(birth, date);
            var criminal = CriminalAge.AgeOn(birth, date);
            var birthday = date == birth.AddYears(calendar);
            return criminal == (birthday ? calendar - 1 : calendar);
        });
    }
}

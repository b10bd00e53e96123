using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Tests.Extraction;

public sealed class CaseNumberTests
{
    [Theory]
    [InlineData("（2022）川0106刑初123号", 2022, "川0106", "刑初", 123)]
    [InlineData("(2021)苏0282刑初1234号", 2021, "苏0282", "刑初", 1234)]
    [InlineData("〔2022〕川01刑终45号", 2022, "川01", "刑终", 45)]
    [InlineData("（ 2022 ） 渝 0112 刑初 7 号", 2022, "渝0112", "刑初", 7)]
    [InlineData("（２０２２）川０１０６刑初１２３号", 2022, "川0106", "刑初", 123)]
    [InlineData("（2020）川刑再3号", 2020, "川", "刑再", 3)]
    public void TryParse_CourtForms_ReadsParts(string text, int year, string court, string kind, int sequence)
    {
        Assert.True(CaseNumber.TryParse(text, out var n, out var error), error);
        Assert.Equal(new CaseNumber(year, court, kind, sequence), n);
    }

    [Fact]
    public void ToString_AnyInputForm_IsCanonicalFullWidth()
    {
        Assert.Equal("（2021）苏0282刑初1234号", CaseNumber.Parse("(2021)苏0282刑初1234号").ToString());
    }

    [Theory]
    [InlineData("2022川0106刑初123号", "does not start with the year in parentheses")]
    [InlineData("（22）川0106刑初123号", "the year is not four digits in parentheses")]
    [InlineData("（2022）0106刑初123号", "the court code does not start with a province abbreviation")]
    [InlineData("（2022）川0106刑初号", "the sequence number is missing")]
    [InlineData("（2022）川0106刑初12号之一", "unexpected text after the sequence number")]
    public void TryParse_Malformed_SaysWhatIsWrong(string text, string reason)
    {
        Assert.False(CaseNumber.TryParse(text, out _, out var error));
        Assert.Equal(reason, error);
    }

    [Fact]
    public void IsFirstInstanceCriminal_ByKind()
    {
        Assert.True(CaseNumber.Parse("（2022）川0106刑初1号").IsFirstInstanceCriminal);
        Assert.False(CaseNumber.Parse("（2022）川01刑终1号").IsFirstInstanceCriminal);
    }
}

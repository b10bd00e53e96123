using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Tests.Sources;

public sealed class LegalDocumentsTests
{
    // Dates from LAW.md and the task brief; month-only dates resolved conservatively (ADR 0021).
    [Theory]
    [InlineData("interp-2019-15", "2019-11-01", SourceStanding.Official)]
    [InlineData("opinion-2021-22", "2021-06-17", SourceStanding.Official)]
    [InlineData("minutes-2022-03", "2022-04-01", SourceStanding.Secondary)]
    [InlineData("opinion-2025-07-28", "2025-07-28", SourceStanding.Provisional)]
    [InlineData("anti-fraud-law", "2022-12-01", SourceStanding.Official)]
    [InlineData("measures-2024", "2024-12-01", SourceStanding.Official)]
    [InlineData("pboc-2016-261", "2016-12-01", SourceStanding.Official)]
    [InlineData("criminal-law", "1997-10-01", SourceStanding.Official)]
    public void Document_EffectiveDateAndStanding_AsDocumented(string id, string from, SourceStanding standing)
    {
        var document = LegalDocuments.All.Single(d => d.Id == id);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), document.EffectiveFrom);
        Assert.Equal(standing, document.Standing);
        Assert.False(string.IsNullOrWhiteSpace(document.EffectiveDateBasis));
    }

    [Fact]
    public void Article287Dash2_InForceFrom20151101()
    {
        Assert.False(LegalDocuments.Article287Dash2.IsInForceOn(new DateOnly(2015, 10, 31)));
        Assert.True(LegalDocuments.Article287Dash2.IsInForceOn(new DateOnly(2015, 11, 1)));
    }

    [Fact]
    public void MonthOnlyDocuments_AreNeverAppliedWithinTheirMonth()
    {
        // LAW.md gives only "2022-03" for the minutes: no day of March 2022 may apply them.
        var minutes = LegalDocuments.BreakCardMinutes2022;
        Assert.False(minutes.IsInForceOn(new DateOnly(2022, 3, 31)));
        Assert.True(minutes.IsInForceOn(new DateOnly(2022, 4, 1)));
    }

    [Fact]
    public void Label_NamesEachStanding()
    {
        Assert.Equal("official", LegalSource.LabelOf(SourceStanding.Official));
        Assert.Equal("secondary source", LegalSource.LabelOf(SourceStanding.Secondary));
        Assert.Equal("provisional", LegalSource.LabelOf(SourceStanding.Provisional));
    }

    [Fact]
    public void Provision_InheritsDocumentDateUnlessOverridden()
    {
        var item = LegalDocuments.Interpretation2019.Provision("Art. 12 para. 1 item 2");
        Assert.Equal(new DateOnly(2019, 11, 1), item.EffectiveFrom);
        Assert.Equal("法释〔2019〕15号 Art. 12 para. 1 item 2", item.Citation);
        Assert.Equal(SourceStanding.Secondary, LegalDocuments.OpinionII2021.Provision("Art. 9", SourceStanding.Secondary).Standing);
    }
}

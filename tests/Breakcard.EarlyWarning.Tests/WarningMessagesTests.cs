using Breakcard.EarlyWarning.Signals;
using Breakcard.EarlyWarning.Warnings;
using static Breakcard.EarlyWarning.Tests.Town;

namespace Breakcard.EarlyWarning.Tests;

public sealed class WarningMessagesTests
{
    private const string Account = "6222020000000000018";

    private static readonly Warning Sample = new("P1", At(1, 20), 78, 90,
        [new Signal(SignalKind.UnknownDeviceLogin, At(1, 20), Account, "a device registered to nobody logged in"),
         new Signal(SignalKind.TestTransfer, At(1, 20, 5), Account, "¥0.01 from a first-time payer")],
        [], [Intervention.Bank, Intervention.Police], null, null, true);

    [Fact]
    public void HolderMessage_SaysWhatWasSeenTheLawAndWhereToGetHelp_WithoutTheAccount()
    {
        var m = WarningMessages.ForHolder(Sample, "某银行");
        Assert.StartsWith("【某银行风险提示】", m, StringComparison.Ordinal);
        Assert.Contains(SignalCatalog.Of(SignalKind.UnknownDeviceLogin).Plain, m, StringComparison.Ordinal);
        Assert.Contains(SignalCatalog.Of(SignalKind.TestTransfer).Plain, m, StringComparison.Ordinal);
        Assert.Contains("第二百八十七条之二", m, StringComparison.Ordinal);
        Assert.Contains("第三十一条", m, StringComparison.Ordinal);
        Assert.Contains("96110", m, StringComparison.Ordinal);
        Assert.DoesNotContain(Account, m, StringComparison.Ordinal);
    }

    [Fact]
    public void StudentAndPoliceMessages()
    {
        Assert.Contains("辅导员", WarningMessages.ForStudent(Sample), StringComparison.Ordinal);
        var police = WarningMessages.ForPolice(Sample);
        Assert.Contains(Core.Identifiers.Masking.KeepEnds(Account, 4, 4), police, StringComparison.Ordinal);
        Assert.DoesNotContain(Account, police, StringComparison.Ordinal);
        Assert.Contains("No serious-circumstances threshold reached yet", police, StringComparison.Ordinal);
    }
}

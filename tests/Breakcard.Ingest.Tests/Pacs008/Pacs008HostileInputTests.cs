namespace Breakcard.Ingest.Tests.Pacs008;

/// <summary>
/// Hostile and broken pacs.008 files stop with a clear file-level error before any transaction
/// is handed out — and, for XXE, without the parser ever touching the referenced file.
/// </summary>
public sealed class Pacs008HostileInputTests
{
    private static Core.Errors.InputError Error(string xml, IngestOptions? options = null) => TestInput.FileError(xml, InputFormat.Pacs008, "msg.xml", options);

    [Fact]
    public void Open_ExternalEntity_IsRefusedAsDtd()
    {
        // If entities were resolved, this would read a file from disk into a memo.
        var marker = Path.Combine(Path.GetTempPath(), "breakcard-xxe-" + Guid.NewGuid().ToString("N"));
        var xml = Pacs008Samples.Good
            .Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", $"<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file://{marker}\">]>", StringComparison.Ordinal)
            .Replace("INV-17", "&xxe;", StringComparison.Ordinal);
        var error = Error(xml);
        Assert.Equal("msg.xml", error.Source);
        Assert.Contains("DTD", error.Reason, StringComparison.Ordinal);
        Assert.Contains("XXE", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_BillionLaughs_IsRefusedAsDtd()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">"));
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY l0 \"lol\">{entities}]><Document xmlns=\"{Pacs008Samples.Ns}\">&l9;</Document>";
        Assert.Contains("DTD", Error(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DeeplyNestedElements_StopAtTheDepthLimit()
    {
        var nested = string.Concat(Enumerable.Repeat("<SplmtryData>", 200)) + string.Concat(Enumerable.Repeat("</SplmtryData>", 200));
        var xml = Pacs008Samples.Message(1, Pacs008Samples.Transaction(nested));
        var error = Error(xml);
        Assert.Contains("nested deeper than 32 levels", error.Reason, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Open_HugeTextNode_StopsAtTheTextLimit()
    {
        var xml = Pacs008Samples.Message(1, Pacs008Samples.Good1.Replace("INV-17", new string('A', 200_000), StringComparison.Ordinal));
        Assert.Contains("a text node is longer than 65,536 characters", Error(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_HugeAttribute_StopsAtTheTextLimit()
    {
        var xml = Pacs008Samples.Message(1, Pacs008Samples.Good1.Replace("Ccy=\"CNY\"", $"Ccy=\"{new string('C', 100_000)}\"", StringComparison.Ordinal));
        Assert.Contains("an attribute value is longer than", Error(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OtherIso20022Message_IsNamed()
    {
        var xml = Pacs008Samples.Good.Replace("pacs.008.001.08", "pain.001.001.09", StringComparison.Ordinal);
        var error = Error(xml);
        Assert.Equal("this is an ISO 20022 pain.001.001.09 message, not a pacs.008 credit transfer", error.Reason);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Open_WrongNamespace_IsRefused()
    {
        var xml = Pacs008Samples.Good.Replace(Pacs008Samples.Ns, "http://example.com/payments", StringComparison.Ordinal);
        Assert.Contains("not in an ISO 20022 namespace (found \"http://example.com/payments\")", Error(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WrongMessageElement_IsRefused()
    {
        var xml = Pacs008Samples.Good.Replace("FIToFICstmrCdtTrf", "FIToFIPmtStsRpt", StringComparison.Ordinal);
        Assert.Contains("holds <FIToFIPmtStsRpt>, not a FIToFICstmrCdtTrf", Error(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TruncatedDocument_IsRefusedWithLine()
    {
        var xml = Pacs008Samples.Good;
        var error = Error(xml[..(xml.IndexOf("<Cdtr>", StringComparison.Ordinal) + 3)]);
        Assert.Contains("truncated or an element is not closed", error.Reason, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Open_UnclosedRoot_IsRefused()
    {
        var xml = Pacs008Samples.Good;
        Assert.Contains("truncated", Error(xml[..xml.LastIndexOf("</Document>", StringComparison.Ordinal)]).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NbOfTxsDisagreesWithContent_IsRefused()
    {
        var error = Error(Pacs008Samples.Message(3, Pacs008Samples.Good1, Pacs008Samples.Good2));
        Assert.Equal("GrpHdr/NbOfTxs", error.Field);
        Assert.Contains("declares 3 transactions but the message holds 2", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TwoMessagesInOneFile_IsRefused()
    {
        var one = Pacs008Samples.Good.Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "", StringComparison.Ordinal);
        Assert.Contains("more than one message", Error($"<Batch>{one}{one}</Batch>").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CsvInsteadOfXml_IsNotWellFormed()
    {
        Assert.Contains("not well-formed XML", Error("id,time\nT1,2024\n").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ZipInsteadOfXml_SaysWhatItIs()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0 };
        Assert.Contains("ZIP archive", TestInput.FileError(bytes, InputFormat.Pacs008, "m.xml").Reason, StringComparison.Ordinal);
    }
}

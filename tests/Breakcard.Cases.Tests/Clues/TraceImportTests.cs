using System.Security.Cryptography;
using System.Text;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Clues.Import;
using Breakcard.Cases.Identifiers;
using Breakcard.Core;
using Breakcard.Core.Errors;
using Breakcard.Tests.Shared;
using CsCheck;

namespace Breakcard.Cases.Tests.Clues;

/// <summary>Reading trace.json and turning the chain into clues, against a hand-built trace with known answers.</summary>
public sealed class TraceImportTests
{
    private static TraceFileRead Read(string? text = null) => TraceFileReader.Read(HandBuiltTrace.Bytes(text), "trace.json");

    private static InputError Rejected(string text) => Assert.Throws<InvalidInputException>(() => Read(text)).Error;

    [Fact]
    public void Read_HandBuiltTrace_ChainLayersAndReference()
    {
        var read = Read();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(HandBuiltTrace.Text)));
        Assert.Equal("TR-" + hash[..16], read.TraceRef);
        Assert.Equal(Money.FromYuan(100_000), read.Total);
        Assert.Equal(["T1", "T2"], read.StartTransactions);
        Assert.Equal(2, read.Depth);
        Assert.Null(read.Chain.OriginEventId); // two start transfers: no single origin
        Assert.Equal([HandBuiltTrace.A, HandBuiltTrace.B], read.Chain.Layers[0].Nodes.Select(n => n.Account.Account!.Value.Reveal()));
        Assert.Equal([Money.FromYuan(60_000), Money.FromYuan(40_000)], read.Chain.Layers[0].Nodes.Select(n => n.Traced));
        Assert.Equal([HandBuiltTrace.C, null, HandBuiltTrace.M], read.Chain.Layers[1].Nodes.Select(n => n.Account.Account?.Reveal()));
        Assert.Equal("CASH:ATM-0001", read.Chain.Layers[1].Nodes[1].Account.CashPoint);
        var a = read.Accounts.Single(x => x.Party.Account?.Reveal() == HandBuiltTrace.A);
        Assert.Equal(Money.FromYuan(20_000), a.CashOut); // T4 to the ATM
        Assert.Equal(["T1"], a.IncomingTransactions);
    }

    [Fact]
    public void Build_HandBuiltTrace_OneCluePerLayeredAccount_StartCashAndMerchantLeftOut()
    {
        var read = Read();
        var clues = TraceClueBuilder.Build(read);
        // Largest traced amount first: A ¥60,000, B ¥40,000, C ¥39,500. Not V (the victim, the start),
        // not the ATM (a cash point), not M (normal business).
        Assert.Equal([HandBuiltTrace.A, HandBuiltTrace.B, HandBuiltTrace.C], clues.Select(c => c.Draft.Subject.Reveal()));
        Assert.All(clues, c =>
        {
            Assert.Equal(ClueSource.Trace, c.Draft.Source);
            Assert.Equal(read.TraceRef, c.Draft.SourceRef);
            Assert.Same(read.Chain, c.Draft.Chain);
            Assert.Empty(c.Draft.Problems());
            Assert.DoesNotContain(c.Draft.Subject.Reveal(), c.Draft.Summary, StringComparison.Ordinal);
            Assert.Null(c.Draft.Risk);
        });

        var (a, b, c) = (clues[0].Draft, clues[1].Draft, clues[2].Draft);
        Assert.Equal(IdentifierKind.BankCard, a.Subject.Kind);
        Assert.Equal("P1", a.HolderRef);
        Assert.Equal("张三", a.HolderName!.Value.Reveal());
        Assert.Equal(["TRACED_FUNDS", "TRACED_PASSED_ON", "TRACED_CASH_OUT"], a.Reasons.Select(r => r.Code));
        Assert.Equal("received ¥60,000.00 of traced money at layer 1 of 2 (60.0% of ¥100,000.00)", a.Reasons[0].Description);
        Assert.Equal("passed ¥60,000.00 of it on along the chain", a.Reasons[1].Description);
        Assert.Equal("withdrew ¥20,000.00 of it as cash", a.Reasons[2].Description);
        Assert.Equal(["T1", "T2"], a.EvidenceEventIds);

        Assert.Equal("C9", b.HolderRef);
        Assert.Null(b.HolderName); // a company's name is not a person's
        Assert.Equal(["TRACED_FUNDS"], b.Reasons.Select(r => r.Code));
        Assert.Contains("tracing stopped here: held", b.Summary, StringComparison.Ordinal);

        Assert.Equal(["T1", "T2", "T3"], c.EvidenceEventIds);
        Assert.Contains("outside the traced data", c.Summary, StringComparison.Ordinal);
        Assert.Contains("received ¥39,500.00 at layer 2 of 2", c.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MinAmountAndTop_Filter()
    {
        var read = Read();
        Assert.Equal([HandBuiltTrace.A, HandBuiltTrace.B], TraceClueBuilder.Build(read, Money.FromYuan(40_000)).Select(c => c.Draft.Subject.Reveal()));
        Assert.Equal([HandBuiltTrace.A], TraceClueBuilder.Build(read, top: 1).Select(c => c.Draft.Subject.Reveal()));
    }

    [Fact]
    public void Read_SameFileTwice_SameReferenceAndClues()
    {
        var first = TraceClueBuilder.Build(Read());
        var again = TraceClueBuilder.Build(Read());
        Assert.Equal(first.Select(c => c.Draft.SourceRef), again.Select(c => c.Draft.SourceRef));
        Assert.Equal(first.Select(c => c.Draft.Subject), again.Select(c => c.Draft.Subject));
        Assert.Equal(first.Select(c => c.Draft.Summary), again.Select(c => c.Draft.Summary));
        Assert.Equal(first.SelectMany(c => c.Draft.Reasons), again.SelectMany(c => c.Draft.Reasons));
        Assert.Equal(first.SelectMany(c => c.Draft.EvidenceEventIds), again.SelectMany(c => c.Draft.EvidenceEventIds));
    }

    [Fact]
    public void Read_BadAccount_NamesLineAndField()
    {
        var e = Rejected(HandBuiltTrace.Text.Replace(HandBuiltTrace.C, "62220x2123?", StringComparison.Ordinal));
        Assert.Equal("trace.json", e.Source);
        Assert.Equal(HandBuiltTrace.LineOfC, e.Line);
        Assert.Equal("layers[2].accounts[0].account", e.Field);
        Assert.StartsWith("not a valid card or account number", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NegativeAmount_NamesLineAndField()
    {
        var e = Rejected(HandBuiltTrace.Text.Replace("\"amount_fen\": 4000000, \"passed_fen\"", "\"amount_fen\": -4000000, \"passed_fen\"", StringComparison.Ordinal));
        Assert.Equal(HandBuiltTrace.LineOfB, e.Line);
        Assert.Equal("layers[1].accounts[1].amount_fen", e.Field);
    }

    [Fact]
    public void Read_AccountTwice_Rejected()
    {
        var e = Rejected(HandBuiltTrace.Text.Replace($"\"account\": \"{HandBuiltTrace.C}\"", $"\"account\": \"{HandBuiltTrace.B}\"", StringComparison.Ordinal));
        Assert.Equal(HandBuiltTrace.LineOfC, e.Line);
        Assert.Equal("layers[2].accounts[0].account", e.Field);
        Assert.Contains("already in layer 1", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BackwardTrace_RejectedWithReason()
    {
        var e = Rejected(HandBuiltTrace.Text.Replace("\"forward\"", "\"backward\"", StringComparison.Ordinal));
        Assert.Equal(HandBuiltTrace.LineOfDirection, e.Line);
        Assert.Equal("direction", e.Field);
        Assert.Contains("victims' own accounts", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"breakcard-trace/1\"", "\"breakcard-links/1\"", "format", 2)]
    [InlineData("{ \"layer\": 1,", "{ \"layer\": 2,", "layers[1].layer", 13)]
    [InlineData("\"total_fen\": 10000000", "\"total_fen\": \"lots\"", "total_fen", 7)]
    [InlineData("\"share\": 0.4,", "\"share\": 4,", "layers[1].accounts[1].share", 15)]
    [InlineData("\"transaction\": \"T3\"", "\"transaction\": 3", "transfers[2].transaction", 27)]
    public void Read_WrongField_NamesLineAndField(string from, string to, string field, int line)
    {
        var text = HandBuiltTrace.Text.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(HandBuiltTrace.Text, text);
        var e = Rejected(text);
        Assert.Equal(field, e.Field);
        Assert.Equal(line, e.Line);
    }

    [Fact]
    public void Read_NotJson_LineOfTheBreak()
    {
        var lines = HandBuiltTrace.Text.Split('\n');
        var e = Rejected(string.Join('\n', lines.Take(20)));
        Assert.Null(e.Field);
        Assert.StartsWith("not valid JSON", e.Reason, StringComparison.Ordinal);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void Read_OnlyTheStart_NoChain()
    {
        var lines = HandBuiltTrace.Text.Split('\n').ToList();
        lines.RemoveRange(12, 9); // layers 1 and 2
        lines[11] = "    ] }";
        var e = Rejected(string.Join('\n', lines));
        Assert.Equal("layers", e.Field);
        Assert.Contains("no account beyond its start", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Missing_SaysSo()
    {
        var e = Assert.Throws<InvalidInputException>(() => TraceFileReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-trace-" + Guid.NewGuid() + ".json"), "none.json")).Error;
        Assert.Equal("none.json", e.Source);
        Assert.Equal("the trace file does not exist", e.Reason);
    }

    [Fact]
    public void Read_AnyOneCharacterChanged_ReadOrRejectedNeverCrashes()
    {
        var text = HandBuiltTrace.Text;
        Gen.Select(Gen.Int[0, text.Length - 1], Gen.Char[' ', '~']).Sample((at, c) =>
        {
            var changed = text[..at] + c + text[(at + 1)..];
            try
            {
                TraceClueBuilder.Build(Read(changed));
            }
            catch (InvalidInputException e)
            {
                Assert.False(string.IsNullOrEmpty(e.Error.Reason));
            }
        }, iter: 400);
    }
}

using Breakcard.Core.Errors;
using Breakcard.Ingest.Output;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest.Tests.Quarantine;

public sealed class QuarantineCsvWriterTests
{
    [Fact]
    public void Add_RecordWithCommasQuotesAndLineBreaks_WritesOneCsvRowThatReadsBack()
    {
        var text = new StringWriter();
        using (var writer = new QuarantineCsvWriter(text))
        {
            writer.Add(new QuarantinedRecord(new InputError("in.csv", 3, "memo", "the memo contains a control character"), RejectReason.InvalidText, "T1,x,\"a, \"\"b\"\"\nc\""));
            writer.Add(new QuarantinedRecord(new InputError("in.csv", 9, null, "the record has 6 fields; the header has 7"), RejectReason.FieldCount, "T2"));
        }

        Assert.Equal("file,line,field,reason,detail,record\n"
            + "in.csv,3,memo,invalid_text,the memo contains a control character,\"T1,x,\"\"a, \"\"\"\"b\"\"\"\"\nc\"\"\"\n"
            + "in.csv,9,,field_count,the record has 6 fields; the header has 7,T2\n", text.ToString());

        // The quarantine file is itself CSV that Breakcard's tokenizer reads back intact.
        using var csv = new Breakcard.Ingest.Csv.CsvRecordReader(new MemoryStream(TestInput.Utf8(text.ToString())), Breakcard.Ingest.Internal.EncodingCatalog.Utf8, ',', "q.csv", 1 << 16);
        Assert.True(csv.ReadRecord());
        Assert.True(csv.ReadRecord());
        Assert.Equal("T1,x,\"a, \"\"b\"\"\nc\"", csv[5].ToString());
    }

    [Fact]
    public void LabelWriter_WritesIdFlagAndCase()
    {
        var text = new StringWriter();
        using (var writer = new LabelCsvWriter(text))
        {
            writer.Write("AMLW-3", new EventLabel(true, null));
            writer.Write("7", new EventLabel(false, "alert,1"));
        }

        Assert.Equal("id,suspicious,case_id\nAMLW-3,true,\n7,false,\"alert,1\"\n", text.ToString());
    }
}

using System.Text;
using Breakcard.Ingest.Csv;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Validation;
using CsCheck;

namespace Breakcard.Ingest.Tests.Csv;

/// <summary>
/// Properties of the CSV grammar: well-formed records split back into exactly the fields written,
/// on both the vectorised fast path and the quoted path; and the validation pass's byte scanner
/// agrees with the tokenizer on where the last record starts and on unclosed quotes, for any
/// input, malformed or not (ADR 30 depends on that agreement).
/// </summary>
public sealed class CsvGrammarPropertyTests
{
    private static List<(long Line, string[] Fields, string? Problem)> Tokenize(string text) => Tokenize(text, out _);

    private static List<(long Line, string[] Fields, string? Problem)> Tokenize(string text, out bool endsInsideQuotes)
    {
        using var csv = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), EncodingCatalog.Utf8, ',', "p.csv", 1 << 22);
        var records = new List<(long, string[], string?)>();
        while (csv.ReadRecord())
        {
            records.Add((csv.Line, Enumerable.Range(0, csv.FieldCount).Select(i => csv[i].ToString()).ToArray(), csv.Problem));
        }

        endsInsideQuotes = csv.EndsInsideQuotes;
        return records;
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public void WellFormedRecords_SplitIntoTheFieldsWritten() =>
        Gen.Select(
                Gen.String[Gen.Char["abcdefghij0123456789 ,\"\n\r房"], 0, 40].Array[1, 8].Where(f => f.Length > 1 || f[0].Length > 0).Array[1, 3_000],
                Gen.Bool)
            .Sample((records, crlf) =>
            {
                var text = string.Concat(records.Select(r => string.Join(',', r.Select(Quote)) + (crlf ? "\r\n" : "\n")));
                var parsed = Tokenize(text);
                Assert.Equal(records.Length, parsed.Count);
                for (var i = 0; i < records.Length; i++)
                {
                    Assert.Null(parsed[i].Problem);
                    Assert.Equal(records[i], parsed[i].Fields);
                }
            }, iter: 60);

    [Fact]
    public void ScannerAndTokenizer_AgreeOnLastRecordAndUnclosedQuotes() =>
        Gen.Select(Gen.String[Gen.Char["ab,\"\n\r"], 0, 300], Gen.Int[1, 17]).Sample((text, chunk) =>
        {
            // Fed in small chunks, so quote states that straddle chunk boundaries are exercised.
            var bytes = Encoding.UTF8.GetBytes(text);
            var scanner = new CsvStructureScanner((byte)'"', (byte)',', 1 << 20);
            scanner.Start(0);
            long line = 1;
            for (var at = 0; at < bytes.Length; at += chunk)
            {
                var piece = bytes.AsSpan(at, Math.Min(chunk, bytes.Length - at));
                scanner.Scan(piece, at, line);
                line += piece.Count((byte)'\n');
            }

            var records = Tokenize(text, out var endsInsideQuotes);
            // A last line holding only "\r" is blank to the tokenizer: no record to compare.
            var unterminated = bytes.Length > 0 && bytes[^1] != '\n' && text[(int)scanner.RecordStart..].TrimEnd('\r').Length > 0;
            if (unterminated)
            {
                Assert.Equal(records[^1].Line, scanner.RecordStartLine);
            }

            Assert.Equal(endsInsideQuotes, scanner.UnclosedQuoteLine is not null);
        }, iter: 5_000);
}

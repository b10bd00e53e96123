using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;

namespace Breakcard.Judgments.Tests.Reading;

public sealed class RejectedDocumentTests
{
    private static string Rejected => Path.Combine(AppContext.BaseDirectory, "Golden", "rejected");

    [Theory]
    [InlineData("ruling.txt", "not a judgment: the document is a 刑事裁定书")]
    [InlineData("appeal-judgment.txt", "not a first-instance criminal judgment: case type 刑终")]
    [InlineData("civil.txt", "not a criminal judgment: the document is a 民事判决书")]
    [InlineData("no-result.txt", "no judgment result (判决如下 …) was found")]
    [InlineData("empty.txt", "the file is empty")]
    [InlineData("binary.txt", "binary content")]
    [InlineData("record-without-text.json", "the record has no judgment text")]
    [InlineData("notes.txt", "no document title (刑事判决书)")]
    [InlineData("no-defendant.txt", "no defendant paragraph")]
    public void ReadAndExtract_UnusableDocument_ReportsReasonWithSource(string file, string reason)
    {
        var problems = Outcomes(file);

        var problem = Assert.Single(problems);
        Assert.StartsWith(file, problem.Source, StringComparison.Ordinal);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenJsonLines_ReportsEachBadLineWithItsNumber()
    {
        var problems = Outcomes("broken.jsonl");

        Assert.Equal(2, problems.Count);
        Assert.Equal([1L, 2L], problems.Select(p => p.Line ?? 0));
        Assert.All(problems, p => Assert.StartsWith("not valid JSON", p.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAll_RejectedFolder_NothingIsSilentlyDropped()
    {
        var files = JudgmentFileReader.ListFiles(Rejected);
        var outcomes = files.SelectMany(f => JudgmentFileReader.ReadFile(f, Path.GetFileName(f))).ToList();

        // Every file yields at least one outcome, and every outcome is either a judgment or a located problem.
        Assert.Equal(files.Count, outcomes.Select(o => (o.Document?.Source ?? o.Problem!.Source).Split('#')[0]).Distinct().Count());
    }

    private static List<Core.Errors.InputError> Outcomes(string file)
    {
        var list = new List<Core.Errors.InputError>();
        foreach (var read in JudgmentFileReader.ReadFile(Path.Combine(Rejected, file), file))
        {
            if (read.Problem is { } p)
            {
                list.Add(p);
            }
            else if (JudgmentExtractor.Extract(read.Document!).Problem is { } q)
            {
                list.Add(q);
            }
        }

        return list;
    }
}

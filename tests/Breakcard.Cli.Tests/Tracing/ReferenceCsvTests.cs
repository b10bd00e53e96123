using Breakcard.Cli.Commands.Tracing;

namespace Breakcard.Cli.Tests.Tracing;

public sealed class ReferenceCsvTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("a,,c,", new[] { "a", "", "c", "" })]
    [InlineData("\"x, y\",\"he said \"\"hi\"\"\",z", new[] { "x, y", "he said \"hi\"", "z" })]
    [InlineData("\"\"", new[] { "" })]
    public void Split_Rfc4180Fields(string line, string[] expected)
    {
        var fields = new List<string>();
        Assert.Null(ReferenceCsv.Split(line, fields));
        Assert.Equal(expected, fields);
    }

    [Theory]
    [InlineData("\"open,b", "not closed")]
    [InlineData("\"a\"b,c", "text after a closing quote at column 4")]
    [InlineData("a,b\"c", "a quote inside an unquoted field at column 4")]
    public void Split_Malformed_SaysWhere(string line, string problem)
    {
        Assert.Contains(problem, ReferenceCsv.Split(line, []), StringComparison.Ordinal);
    }
}

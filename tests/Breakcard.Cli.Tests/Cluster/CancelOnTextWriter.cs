namespace Breakcard.Cli.Tests.ClusterCommands;

/// <summary>
/// A <see cref="StringWriter"/> that cancels a command once its output contains a given text: a test
/// can stop a command that would otherwise wait (for a cluster that is not there) at the moment it has
/// printed what the test checks, instead of after a delay that a loaded machine may outlast.
/// </summary>
internal sealed class CancelOnTextWriter(string text, CancellationTokenSource stop) : StringWriter
{
    private readonly object _gate = new();

    public override void Write(char value)
    {
        lock (_gate)
        {
            base.Write(value);
            Check();
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            base.Write(value);
            Check();
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate)
        {
            base.Write(buffer, index, count);
            Check();
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            base.Write(buffer);
            Check();
        }
    }

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            base.WriteLine(buffer);
            Check();
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return base.ToString();
        }
    }

    private void Check()
    {
        // Cancel only once a whole line holding the text is written, so the line is complete when read.
        var sb = GetStringBuilder();
        if (!stop.IsCancellationRequested && sb.Length > 0 && sb[^1] == '\n' && sb.ToString().Contains(text, StringComparison.Ordinal))
        {
            stop.Cancel();
        }
    }
}

using System.Text;

namespace Breakcard.Detection.Pipeline;

/// <summary>
/// An output file appended line by line whose committed length is recorded in each checkpoint.
/// Resuming truncates it to that length, so the lines the replay writes again are not duplicated
/// and none written before the checkpoint are lost.
/// </summary>
internal sealed class CommittedFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly StreamWriter _writer;

    private CommittedFile(string path, long length)
    {
        Path = path;
        _stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        _stream.SetLength(length);
        _stream.Seek(length, SeekOrigin.Begin);
        _writer = new StreamWriter(_stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    public string Path { get; }

    /// <summary>A new, empty file.</summary>
    public static CommittedFile Create(string path) => new(path, 0);

    /// <summary>An existing file cut back to its committed length.</summary>
    public static CommittedFile Resume(string path, long committedLength)
    {
        if (!File.Exists(path) || new FileInfo(path).Length < committedLength)
        {
            throw new InvalidDataException($"{path} is shorter than the checkpoint recorded ({committedLength} bytes)");
        }

        return new CommittedFile(path, committedLength);
    }

    public void WriteLine(string line) => _writer.WriteLine(line);

    /// <summary>Flushes to disk and returns the length to record as committed.</summary>
    public long Commit()
    {
        _writer.Flush();
        _stream.Flush(flushToDisk: true);
        return _stream.Length;
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>
    /// Closes the file the way a crash leaves it: text still buffered in the writer is lost, bytes
    /// already handed to the stream may or may not reach the disk, and nothing is committed.
    /// </summary>
    public void Abandon() => _stream.Dispose();
}

using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Breakcard.Web.Load;

/// <summary>
/// One keep-alive HTTP/1.1 connection of the load generator: writes a request it is given as
/// bytes and reads one whole response (status line, headers, a Content-Length or chunked body).
/// A generator as lean as <c>wrk</c>, so the machine's two cores go mostly to the server; the
/// <see cref="HttpClient"/> generator stays available for comparison (<c>--client httpclient</c>).
/// Not thread safe: one request at a time, as a payment system's connection would.
/// </summary>
internal sealed class RawHttpConnection : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] ContentLength = "content-length:"u8.ToArray();
    private static readonly byte[] Chunked = "transfer-encoding: chunked"u8.ToArray();
    private readonly Socket _socket;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    private RawHttpConnection(Socket socket) => _socket = socket;

    public static async Task<RawHttpConnection> OpenAsync(IPEndPoint endpoint)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endpoint).ConfigureAwait(false);
        return new RawHttpConnection(socket);
    }

    /// <summary>Sends <paramref name="request"/> and returns the response's status code once its whole body has arrived.</summary>
    public async ValueTask<int> SendAsync(ReadOnlyMemory<byte> request)
    {
        while (!request.IsEmpty)
        {
            var sent = await _socket.SendAsync(request, SocketFlags.None).ConfigureAwait(false);
            request = request[sent..];
        }

        int headerLength;
        while ((headerLength = _buffer.AsSpan(_start, _end - _start).IndexOf(HeaderEnd)) < 0)
        {
            await FillAsync().ConfigureAwait(false);
        }

        var head = _buffer.AsSpan(_start, headerLength + HeaderEnd.Length);
        var status = ParseStatus(head);
        var (length, chunked) = Framing(head);
        _start += head.Length;
        if (chunked)
        {
            await SkipChunkedAsync().ConfigureAwait(false);
        }
        else
        {
            await SkipAsync(length).ConfigureAwait(false);
        }

        return status;
    }

    public void Dispose() => _socket.Dispose();

    // The body's framing from the header lines, without allocating: Content-Length or chunked.
    private static (int Length, bool Chunked) Framing(ReadOnlySpan<byte> head)
    {
        var length = 0;
        var chunked = false;
        while (head.IndexOf("\r\n"u8) is var end and >= 0)
        {
            var line = head[..end];
            head = head[(end + 2)..];
            if (line.Length > ContentLength.Length && Ascii.EqualsIgnoreCase(line[..ContentLength.Length], ContentLength))
            {
                length = Utf8Parser.TryParse(line[ContentLength.Length..].Trim((byte)' '), out int n, out _) ? n : throw new InvalidDataException("bad Content-Length");
            }
            else if (line.Length >= Chunked.Length && Ascii.EqualsIgnoreCase(line[..Chunked.Length], Chunked))
            {
                chunked = true;
            }
        }

        return (length, chunked);
    }

    private static int ParseStatus(ReadOnlySpan<byte> head) =>
        head.Length > 12 && Utf8Parser.TryParse(head.Slice(9, 3), out int status, out _) ? status : throw new InvalidDataException("not an HTTP/1.1 response");

    private async ValueTask SkipAsync(int length)
    {
        while (_end - _start < length)
        {
            length -= _end - _start;
            _start = _end;
            await FillAsync().ConfigureAwait(false);
        }

        _start += length;
    }

    private async ValueTask SkipChunkedAsync()
    {
        while (true)
        {
            int lineEnd;
            while ((lineEnd = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8)) < 0)
            {
                await FillAsync().ConfigureAwait(false);
            }

            var size = int.Parse(Encoding.ASCII.GetString(_buffer, _start, lineEnd).Split(';')[0], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            _start += lineEnd + 2;
            await SkipAsync(size + 2).ConfigureAwait(false); // the chunk and its CRLF (the last chunk: just the CRLF after "0")
            if (size == 0)
            {
                return;
            }
        }
    }

    private async ValueTask FillAsync()
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }
        else if (_end == _buffer.Length)
        {
            if (_start == 0)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            else
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None).ConfigureAwait(false);
        _end += read > 0 ? read : throw new IOException("the server closed the connection");
    }
}

using Microsoft.AspNetCore.Http.Features;

namespace WsRouteResponses.Local;

/// <summary>
/// Sees the frames a client sends, for API Gateway's 32 KB frame quota, which .NET's WebSocket hides (it
/// joins a message's frames into one). Installed before the WebSocket middleware, it hands the middleware
/// the upgraded connection's stream wrapped in a <see cref="FrameWatchStream"/>.
/// </summary>
internal sealed class FrameWatch(IHttpUpgradeFeature inner) : IHttpUpgradeFeature
{
    /// <summary>The watched stream, once the connection is upgraded.</summary>
    public FrameWatchStream? Stream { get; private set; }

    /// <inheritdoc />
    public bool IsUpgradableRequest => inner.IsUpgradableRequest;

    /// <inheritdoc />
    public async Task<Stream> UpgradeAsync() => Stream = new FrameWatchStream(await inner.UpgradeAsync(), MaxFrameBytes);

    /// <summary>API Gateway's frame quota, 32 KB.</summary>
    public const int MaxFrameBytes = 32 * 1024;
}

/// <summary>
/// Passes the client's bytes through while reading each frame's header (RFC 6455 section 5.2) as it goes
/// by, and records the first data message with a frame over the limit. The WebSocket reads ahead (the next
/// frame's header may be read before the current message is handled), so the oversized frame is tied to
/// its message: the messages before it are still handled, as AWS does. A text frame is handed on as a
/// binary one, its kind queued for <see cref="TakeIsText"/>: .NET's WebSocket answers text that is not
/// UTF-8 by aborting the connection, without the 1007 close frame RFC 6455 asks for, so the runtime checks
/// the text itself.
/// </summary>
internal sealed class FrameWatchStream(Stream inner, int maxFrameBytes) : Stream
{
    private const int TextOpcode = 1, BinaryOpcode = 2;
    private readonly byte[] _header = new byte[14]; // 2 bytes, up to 8 of extended length, 4 of mask
    private readonly System.Collections.Concurrent.ConcurrentQueue<bool> _messageIsText = new();
    private int _headerLength;
    private long _payloadLeft;
    private long _messagesEnded;

    /// <summary>Whether the client sent the next data message not yet taken as text (else binary); null when none was seen.</summary>
    public bool? TakeIsText() => _messageIsText.TryDequeue(out var isText) ? isText : null;

    /// <summary>The index (from 0, data messages only) of the first message with a frame over the limit, or null.</summary>
    public long? OversizedMessage { get; private set; }

    /// <summary>The size of that frame, in bytes.</summary>
    public long OversizedFrame { get; private set; }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Watch(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Watch(buffer.AsSpan(offset, read));
        return read;
    }

    private void Watch(Span<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_payloadLeft > 0)
            {
                var skip = (int)Math.Min(_payloadLeft, bytes.Length);
                _payloadLeft -= skip;
                bytes = bytes[skip..];
                continue;
            }
            _header[_headerLength++] = bytes[0];
            if (_headerLength == 1 && (bytes[0] & 0x0F) is TextOpcode or BinaryOpcode)
            {
                _messageIsText.Enqueue((bytes[0] & 0x0F) == TextOpcode);
                bytes[0] = (byte)((bytes[0] & 0xF0) | BinaryOpcode);
            }
            bytes = bytes[1..];
            if (_headerLength < 2 || _headerLength < HeaderLength()) continue;
            var length7 = _header[1] & 0x7F;
            _payloadLeft = length7 switch
            {
                126 => (_header[2] << 8) | _header[3],
                127 => (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(_header.AsSpan(2, 8)) & long.MaxValue,
                _ => length7,
            };
            var opcode = _header[0] & 0x0F;
            if (opcode is 0 or 1 or 2) // continuation, text, binary; control frames belong to no message
            {
                if (_payloadLeft > maxFrameBytes && OversizedMessage is null) (OversizedMessage, OversizedFrame) = (_messagesEnded, _payloadLeft);
                if ((_header[0] & 0x80) != 0) _messagesEnded++; // FIN
            }
            _headerLength = 0;
        }
    }

    private int HeaderLength() => 2 + ((_header[1] & 0x7F) switch { 126 => 2, 127 => 8, _ => 0 }) + ((_header[1] & 0x80) != 0 ? 4 : 0);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override void Flush() => inner.Flush();
    public override bool CanRead => inner.CanRead;
    public override bool CanWrite => inner.CanWrite;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();
}

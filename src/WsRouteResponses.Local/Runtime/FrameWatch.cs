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
    public async Task<Stream> UpgradeAsync() => Stream = new FrameWatchStream(await inner.UpgradeAsync());
}

/// <summary>
/// Passes the client's bytes through unchanged while reading each frame's header (RFC 6455 section 5.2)
/// as it goes by, and records the largest frame payload seen.
/// </summary>
internal sealed class FrameWatchStream(Stream inner) : Stream
{
    private readonly byte[] _header = new byte[14]; // 2 bytes, up to 8 of extended length, 4 of mask
    private int _headerLength;
    private long _payloadLeft;

    /// <summary>The largest frame payload the client has sent, in bytes.</summary>
    public long LargestFrame { get; private set; }

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

    private void Watch(ReadOnlySpan<byte> bytes)
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
            bytes = bytes[1..];
            if (_headerLength < 2 || _headerLength < HeaderLength()) continue;
            var length7 = _header[1] & 0x7F;
            _payloadLeft = length7 switch
            {
                126 => (_header[2] << 8) | _header[3],
                127 => (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(_header.AsSpan(2, 8)) & long.MaxValue,
                _ => length7,
            };
            LargestFrame = Math.Max(LargestFrame, _payloadLeft);
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

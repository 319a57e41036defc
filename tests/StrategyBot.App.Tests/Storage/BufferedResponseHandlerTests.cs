using System.Net;
using System.Net.Http.Headers;
using StrategyBot.App.Storage;

namespace StrategyBot.App.Tests.Storage;

public sealed class BufferedResponseHandlerTests
{
    [Fact]
    public async Task SendAsync_BodyWithALength_IsReadBeforeTheCallerGetsIt()
    {
        var body = new OneWayStream(new byte[7_000]);
        using var client = Client(body, contentLength: 7_000);

        using var response = await client.GetAsync(new Uri("http://storage.test/row"), HttpCompletionOption.ResponseHeadersRead);
        await using var content = await response.Content.ReadAsStreamAsync();

        Assert.Equal(7_000, body.BytesRead);
        Assert.True(content.CanSeek);
        Assert.Equal(7_000, content.Length);
    }

    [Fact]
    public async Task SendAsync_ChunkedBodyWithoutALength_IsReadBeforeTheCallerGetsIt()
    {
        var body = new OneWayStream(new byte[7_000]);
        using var client = Client(body, contentLength: null);

        using var response = await client.GetAsync(new Uri("http://storage.test/rows"), HttpCompletionOption.ResponseHeadersRead);
        await using var content = await response.Content.ReadAsStreamAsync();

        Assert.Equal(7_000, body.BytesRead);
        Assert.True(content.CanSeek);
        Assert.Equal(7_000, content.Length);
    }

    private static HttpClient Client(OneWayStream body, long? contentLength) =>
        new(new BufferedResponseHandler { InnerHandler = new StubHandler(body, contentLength) });

    private sealed class StubHandler(OneWayStream body, long? contentLength) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            content.Headers.ContentLength = contentLength;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    // A socket-like body: read once, in pieces, never seekable, and counting what was read.
    private sealed class OneWayStream(byte[] bytes) : Stream
    {
        public int BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1_500), bytes.Length - BytesRead);
            Array.Copy(bytes, BytesRead, buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>Reads a request body into memory, refusing to read past a limit whatever the Content-Length claims.</summary>
internal static class RequestBody
{
    /// <summary>Returns the body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContext httpContext, int limit, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        if (request.ContentLength > limit)
        {
            return null;
        }

        // Let the server enforce the limit too (Kestrel checks chunked bodies as they stream in).
        if (httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit + 1L;
        }

        if (request.ContentLength is { } length)
        {
            // The usual case (Teams sends a Content-Length, which Kestrel holds the body to): read straight into an
            // array of that size, rather than into a buffer and then a copy of it.
            return await ReadExactlyAsync(request.Body, (int)length, cancellationToken);
        }

        using var buffer = new MemoryStream(capacity: 16 * 1024);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var read = 0;
        while (read < length)
        {
            var count = await body.ReadAsync(bytes.AsMemory(read), cancellationToken);
            if (count == 0)
            {
                // Shorter than announced (Kestrel normally fails such a request first): what came is what is parsed.
                return bytes[..read];
            }

            read += count;
        }

        return bytes;
    }
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace StrategyBot.App.Tests.Manifest;

/// <summary>
/// Just enough of a PNG decoder (PNG spec, 2nd edition) to check the Teams icons: 8-bit RGB or RGBA, not interlaced,
/// any of the five row filters. Pixels are returned as RGBA.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] _signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Rgba { get; }

    public (byte R, byte G, byte B, byte A) PixelAt(int x, int y)
    {
        var at = ((y * Width) + x) * 4;
        return (Rgba[at], Rgba[at + 1], Rgba[at + 2], Rgba[at + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var at = 0; at < Rgba.Length; at += 4)
        {
            yield return (Rgba[at], Rgba[at + 1], Rgba[at + 2], Rgba[at + 3]);
        }
    }

    public static PngImage Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(_signature))
        {
            throw new InvalidDataException($"{path} is not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                channels = ChannelsOf(bitDepth: data[8], colourType: data[9], interlace: data[12]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return new PngImage(width, height, ToRgba(Unfilter(raw.ToArray(), width, height, channels), channels));
    }

    private static int ChannelsOf(byte bitDepth, byte colourType, byte interlace) => (bitDepth, colourType, interlace) switch
    {
        (8, 6, 0) => 4,
        (8, 2, 0) => 3,
        _ => throw new NotSupportedException(
            $"Only 8-bit, non-interlaced RGB/RGBA PNGs are read (bit depth {bitDepth}, colour type {colourType}, interlace {interlace})."),
    };

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                int left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter type {filter} on row {y}."),
                };
                pixels[(y * stride) + x] = unchecked((byte)(value + predictor));
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    private static byte[] ToRgba(byte[] pixels, int channels)
    {
        if (channels == 4)
        {
            return pixels;
        }

        var rgba = new byte[pixels.Length / 3 * 4];
        for (int from = 0, to = 0; from < pixels.Length; from += 3, to += 4)
        {
            rgba[to] = pixels[from];
            rgba[to + 1] = pixels[from + 1];
            rgba[to + 2] = pixels[from + 2];
            rgba[to + 3] = 255;
        }

        return rgba;
    }
}

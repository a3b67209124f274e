using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MigrationPortal.Infrastructure.Demo;

/// <summary>
/// Plain drawings, written as PNG, that stand in for the demo employers' workplace and housing photos: the portal
/// ships no third-party pictures, and a real upload passes the same byte checks these do.
/// </summary>
internal static class DemoPictures
{
    private const int Width = 480;
    private const int Height = 360;

    /// <summary>A site under a sky: ground, a building with rows of windows, a crane.</summary>
    public static byte[] Workplace(byte red, byte green, byte blue) => Png((x, y) =>
    {
        if (y > 290)
        {
            return (110, 98, 80);
        }

        var inBuilding = x is > 60 and < 300 && y > 90;
        if (inBuilding)
        {
            var window = (x - 60) % 40 is > 12 and < 30 && (y - 90) % 36 is > 10 and < 26;
            return window ? ((byte)200, (byte)220, (byte)235) : (red, green, blue);
        }

        var crane = (x is > 360 and < 368 && y > 40) || (y is > 40 and < 48 && x is > 300 and < 460);
        return crane ? ((byte)230, (byte)170, (byte)30) : ((byte)(150 + (y / 4)), (byte)(190 + (y / 8)), (byte)235);
    });

    /// <summary>A room: wall, floor, a bed and a window.</summary>
    public static byte[] Housing(byte red, byte green, byte blue) => Png((x, y) =>
    {
        if (y > 270)
        {
            return (150, 120, 90);
        }

        if (x is > 300 and < 420 && y is > 60 and < 180)
        {
            return x is > 357 and < 363 || y is > 117 and < 123 ? ((byte)240, (byte)240, (byte)240) : ((byte)170, (byte)210, (byte)240);
        }

        if (x is > 40 and < 260 && y is > 210 and < 290)
        {
            return y < 228 ? ((byte)245, (byte)245, (byte)245) : (red, green, blue);
        }

        return (236, 228, 210);
    });

    /// <summary>
    /// A PNG of <paramref name="raw"/> scanlines, each led by its filter byte (0): 8-bit grey when
    /// <paramref name="colorType"/> is 0, 8-bit RGB when it is 2.
    /// </summary>
    public static byte[] Encode(int width, int height, byte colorType, byte[] raw)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colorType;

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Png(Func<int, int, (byte Red, byte Green, byte Blue)> pixel)
    {
        var raw = new byte[Height * (1 + (Width * 3))];
        var i = 0;
        for (var y = 0; y < Height; y++)
        {
            raw[i++] = 0;
            for (var x = 0; x < Width; x++)
            {
                var (r, g, b) = pixel(x, y);
                raw[i++] = r;
                raw[i++] = g;
                raw[i++] = b;
            }
        }

        return Encode(Width, Height, 2, raw);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    // PNG's CRC-32 (ISO 3309, reflected polynomial 0xEDB88320).
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}

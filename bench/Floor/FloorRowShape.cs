namespace StrategyBot.Bench.Floor;

/// <summary>
/// The row the like-for-like floor keeps (<c>Floor:LikeBot</c>): binary properties of the sizes of the bot's state row,
/// as measured in bench/README.md ("2026-12-08 (session 2)": a test interview's row at turn 40 holds 4.4 KB of
/// documents, of which a save writes 3.9 KB: dialogs, plan and processed). Each document is one binary property with a
/// chunk count beside it, as the bot's row stores it; the sizes are fixed, so this is the bot's row late in an
/// interview, a little more than its average.
/// </summary>
internal static class FloorRowShape
{
    /// <summary>The documents every save writes (3.9 KB), by property name.</summary>
    public static readonly (string Name, byte[] Bytes)[] Saved =
    [
        ("dialogs", Filler(1_200)),
        ("plan", Filler(2_300)),
        ("processed", Filler(400)),
    ];

    /// <summary>The documents written once and then only read (0.5 KB).</summary>
    public static readonly (string Name, byte[] Bytes)[] ReadOnly =
    [
        ("interview", Filler(200)),
        ("reference", Filler(200)),
        ("profile", Filler(100)),
    ];

    private static byte[] Filler(int length)
    {
        // JSON-like ASCII, so base64 on the wire is as long as the bot's.
        var bytes = new byte[length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)('a' + (i % 26));
        }

        return bytes;
    }
}

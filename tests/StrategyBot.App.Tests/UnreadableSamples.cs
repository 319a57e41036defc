using System.Text;

namespace StrategyBot.App.Tests;

/// <summary>Stored bytes the typed readers cannot read, each the way it happens in practice.</summary>
internal static class UnreadableSamples
{
    public const string NotJson = "not-json";
    public const string Array = "array";
    public const string WrongType = "wrong-type";
    public const string InvalidUtf8 = "invalid-utf8";

    public static TheoryData<string> Kinds => [NotJson, Array, WrongType, InvalidUtf8];

    /// <summary>Bytes of a plan that cannot be read as one.</summary>
    public static byte[] Plan(string kind) => kind switch
    {
        // A hand edit in Storage Explorer that lost a quote and a brace.
        NotJson => Encoding.UTF8.GetBytes("{\"id\":\"plan\",\"situation\":{\"businessDescription\":\"Family bakery"),
        Array => Encoding.UTF8.GetBytes("[{\"id\":\"plan\"},\"Family bakery\"]"),

        // An older or newer shape: a text where the plan now has a list.
        WrongType => Encoding.UTF8.GetBytes("{\"id\":\"plan\",\"situation\":{\"businessDescription\":\"نانوایی خانوادگی\",\"personas\":\"Sara\"}}"),

        // "café" with its é cut in half: C3 without the continuation byte A9.
        InvalidUtf8 => [.. Encoding.UTF8.GetBytes("{\"id\":\"plan\",\"situation\":{\"businessDescription\":\"caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}}")],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Bytes of a profile that cannot be read as one.</summary>
    public static byte[] Profile => Encoding.UTF8.GetBytes("{\"languageChoice\":\"Klingon\",\"timeZoneId\":\"Asia/Tehran\"}");

    /// <summary>Bytes of a check-in document that cannot be read: a paused user's, with a torn "é" in the pause reason.</summary>
    public static byte[] CheckIns => [.. Encoding.UTF8.GetBytes("{\"paused\":\"User\",\"lastSendError\":\"caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];
}

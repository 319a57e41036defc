using System.Text.Json.Nodes;

namespace StrategyBot.Testing;

/// <summary>
/// One card for <see cref="CardRenderer"/>: rendered <see cref="Width"/> CSS pixels wide and saved as
/// <c>artifacts/rendering/&lt;Name&gt;.png</c>, so the name must be a file name (lower-case letters, digits, '-', '.').
/// </summary>
public sealed record CardRenderRequest(string Name, JsonObject Card, int Width)
{
    /// <summary>A phone held upright (360 CSS px, the most common Android width).</summary>
    public const int PhoneWidth = 360;

    /// <summary>A card in Teams' desktop chat column.</summary>
    public const int DesktopWidth = 540;

    /// <summary>"phone" below 500 px (buttons stacked full width, as Teams mobile shows them), else "desktop".</summary>
    public string Profile => Width < 500 ? "phone" : "desktop";
}

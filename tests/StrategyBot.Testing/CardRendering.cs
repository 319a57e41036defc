namespace StrategyBot.Testing;

/// <summary>How one card came out in Chromium: its size, reading direction, problems, and where its PNG is.</summary>
public sealed record CardRendering
{
    public required string Name { get; init; }

    /// <summary>Full path of the screenshot.</summary>
    public required string Png { get; init; }

    /// <summary>"phone" or "desktop" (see <see cref="CardRenderRequest.Profile"/>).</summary>
    public required string Profile { get; init; }

    /// <summary>The width the card was given, in CSS pixels.</summary>
    public int ViewportWidth { get; init; }

    /// <summary>Rendered height of the card, in CSS pixels.</summary>
    public double Height { get; init; }

    /// <summary>Rendered width of the card, in CSS pixels.</summary>
    public double Width { get; init; }

    /// <summary>The card root's CSS direction: "ltr" or "rtl".</summary>
    public required string Direction { get; init; }

    /// <summary>Visible TextBlocks and RichTextBlocks (FactSet cells are TextBlocks too).</summary>
    public int TextBlocks { get; init; }

    /// <summary>How many of <see cref="TextBlocks"/> lay their text out right to left.</summary>
    public int RtlTextBlocks { get; init; }

    /// <summary>Text blocks whose lines start at the right edge, as seen on screen.</summary>
    public int TextAlignedRight { get; init; }

    /// <summary>Text blocks whose lines start at the left edge, as seen on screen.</summary>
    public int TextAlignedLeft { get; init; }

    public int TextCentered { get; init; }

    /// <summary>Visible characters, whitespace left out: 0 means a blank card.</summary>
    public int TextLength { get; init; }

    /// <summary>Buttons the card JSON asks for (fallbacks not counted).</summary>
    public int DeclaredActions { get; init; }

    /// <summary>Buttons on screen: fewer than declared means the host dropped some (its maxActions).</summary>
    public int RenderedActions { get; init; }

    public IReadOnlyList<CardRenderProblem> Problems { get; init; } = [];

    public IReadOnlyList<CardRenderEvent> CardEvents { get; init; } = [];

    /// <summary>Requests the page tried that were not local files; they were blocked.</summary>
    public IReadOnlyList<string> BlockedRequests { get; init; } = [];

    /// <summary>Script errors and console errors of the page while rendering this card.</summary>
    public IReadOnlyList<string> PageErrors { get; init; } = [];

    /// <summary>Pixel width of the PNG, read from its header.</summary>
    public int PngWidth { get; init; }

    /// <summary>Pixel height of the PNG, read from its header.</summary>
    public int PngHeight { get; init; }

    /// <summary>A one-line summary for assertion messages and test output.</summary>
    public string Describe() =>
        $"{Name} ({ViewportWidth} px, {Profile}): {Height:0} px tall, {Direction}, " +
        $"{TextAlignedRight} right / {TextAlignedLeft} left / {TextCentered} centred of {TextBlocks} text blocks, " +
        $"{RenderedActions}/{DeclaredActions} buttons, {Problems.Count} problem(s) -> {Png}" +
        string.Concat(Problems.Select(p => Environment.NewLine + "  " + p));
}

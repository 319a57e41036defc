using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>Checks shared by the rendering tests of several cards.</summary>
internal static class RenderAssert
{
    /// <summary>
    /// Nothing sticks out or is cut, the renderer understood every element and value (a parse complaint means it
    /// dropped something), the page raised no error, and nothing tried to reach the network. Validation advice,
    /// such as "required inputs should have a label", is left to the card tests: it changes nothing on screen.
    /// </summary>
    public static void Clean(CardRendering rendering)
    {
        Assert.True(rendering.Problems.Count == 0, rendering.Describe());
        Assert.DoesNotContain(rendering.CardEvents, e => e.Phase == "Parse");
        Assert.Empty(rendering.PageErrors);
        Assert.Empty(rendering.BlockedRequests);
    }

    /// <summary>
    /// A Persian reader expects every line to start at the right edge. In a card with "rtl": true the Adaptive Cards
    /// RTL spec reads horizontalAlignment as logical, "left" = start and "right" = end, and so do the adaptivecards
    /// renderer and the Agents Playground's copy of it: an explicit "right" there puts Persian text on the left.
    /// https://github.com/microsoft/AdaptiveCards/blob/main/specs/DesignDiscussions/RTL.md
    /// </summary>
    public static void TextStartsRight(CardRendering rendering)
    {
        Assert.Equal("rtl", rendering.Direction);
        Assert.True(
            rendering.TextAlignedRight == rendering.TextBlocks,
            $"{rendering.TextAlignedLeft} of {rendering.TextBlocks} text blocks start at the left edge of a right-to-left card. " +
            "An explicit \"horizontalAlignment\": \"right\" in an rtl card means \"end\", the left edge (CardTree.MirrorTextAlignment sets it). " +
            rendering.Describe());
    }
}

using System.Text;
using System.Text.Json.Nodes;
using StrategyBot.App.Cards;

namespace StrategyBot.App.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[Pay here](https://evil.example/pay)")]
    [InlineData("![x](https://evil.example/track.png)")]
    [InlineData("[ref]: https://evil.example\n[ref]")]
    public void Escape_MarkdownLinkOrImage_NoBracketsLeft(string hostile)
    {
        var text = CardText.Escape(hostile);

        Assert.DoesNotContain('[', text);
        Assert.DoesNotContain(']', text);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("visit https://evil.example.com/login now", "evil.example.com")]
    [InlineData("http://10.0.0.1/admin", "://")]
    [InlineData("www.evil.ir", "www.")]
    [InlineData("mail boss@evil.co please", "@evil.co")]
    [InlineData("<https://evil.example>", "<")]
    public void Escape_RawUrlOrAutolink_Defanged(string hostile, string mustNotRemain)
    {
        var text = CardText.Escape(hostile);

        Assert.DoesNotContain(mustNotRemain, text, StringComparison.Ordinal);
        Assert.DoesNotContain("://", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_EmphasisCodeQuoteAndMention_Neutralised()
    {
        var text = CardText.Escape("**bold** _it_ `code` > quote <at>Boss</at>");

        Assert.Equal("∗∗bold∗∗ ˍitˍ ˋcodeˋ › quote ‹at›Boss‹/at›", text);
    }

    [Fact]
    public void Escape_HeadingAtLineStart_NeutralisedButHashtagsKept()
    {
        var text = CardText.Escape("# Big\n#brand #عید_۱۴۰۶\n## Also");

        Assert.Equal("＃ Big\n#brand #عید_۱۴۰۶\n＃# Also", text);
    }

    [Theory]
    [InlineData("#کافه_تهران")]
    [InlineData("#summer_sale_2027 #یلدا_۱۴۰۶")]
    [InlineData("#کافهٔ_تهران and snake_case")]
    public void Escape_UnderscoreInsideAWord_KeptSoACopiedHashtagIsTheSameTag(string hashtags)
    {
        Assert.Equal(hashtags, CardText.Escape(hashtags));
    }

    [Theory]
    [InlineData("_it_", "ˍitˍ")]
    [InlineData("a __b__ c", "a ˍˍbˍˍ c")]
    [InlineData("#tag_ _x", "#tagˍ ˍx")]
    public void Escape_UnderscoreAtAWordEdge_StillNeutralised(string hostile, string expected)
    {
        Assert.Equal(expected, CardText.Escape(hostile));
    }

    [Fact]
    public void Escape_EmojiAndPersianWithZwnj_Unchanged()
    {
        const string friendly = "می‌خواهیم فروش را ۲۰٪ بالا ببریم 🚀👩‍💻 (تا خرداد)";

        var text = CardText.Escape(friendly);

        Assert.Equal(friendly, text);
    }

    [Fact]
    public void Escape_DecimalsAndNumericDates_Unchanged()
    {
        var text = CardText.Escape("Grow 3.5x by 12.06.2027.");

        Assert.Equal("Grow 3.5x by 12.06.2027.", text);
    }

    [Fact]
    public void Escape_DotBetweenLetters_BecomesLookAlikeDot()
    {
        var text = CardText.Escape("e.g. brand.ir");

        Assert.Equal("e\u2024g. brand\u2024ir", text);
    }

    [Theory]
    [InlineData("invoice\u202Etxt.exe")]
    [InlineData("\u2066isolated\u2069 and \u202Aembedded\u202C")]
    [InlineData("nul\u0000bell\u0007bom\uFEFF")]
    public void Escape_BidiOverridesAndControls_Removed(string hostile)
    {
        var text = CardText.Escape(hostile);

        Assert.DoesNotContain(text, c => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' || char.IsControl(c));
    }

    [Fact]
    public void Escape_WindowsNewlinesAndBlankRuns_Normalised()
    {
        var text = CardText.Escape("  one\r\ntwo\r\n\r\n\r\n\r\nthree\u2028four  ");

        Assert.Equal("one\ntwo\n\nthree\nfour", text);
    }

    [Fact]
    public void Escape_TenThousandCharacters_CappedWithEllipsis()
    {
        var hostile = new string('a', 10_000);

        var text = CardText.Escape(hostile);

        Assert.Equal(CardText.DefaultMaxLength, text.Length);
        Assert.EndsWith(CardText.Ellipsis, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_EmojiAtTheCap_NeverSplitsASurrogatePair()
    {
        var hostile = string.Concat(Enumerable.Repeat("🚀", 300));

        var text = CardText.Escape(hostile, maxLength: 100);

        Assert.True(text.Length <= 100);
        Assert.Equal(text, CardText.RepairUtf16(text));
        Assert.StartsWith("🚀🚀", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_LoneSurrogates_ReplacedSoTheCardSerialises()
    {
        var hostile = "a\uD800b\uDC00c";

        var text = CardText.Escape(hostile);
        var json = new JsonObject { ["text"] = text }.ToJsonString();

        Assert.Equal("a\uFFFDb\uFFFDc", text);
        Assert.Contains("\\uFFFD", json, StringComparison.OrdinalIgnoreCase);
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Escape_NothingGiven_Empty(string? nothing)
    {
        var text = CardText.Escape(nothing);

        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public void Escape_JsonBreakoutAttempt_StaysOneStringInTheCard()
    {
        const string hostile = "\"}]},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}";
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["id"] = "t", ["text"] = "" }) };

        new CardFiller(card).SetText("t", CardText.Escape(hostile));
        var reparsed = JsonNode.Parse(card.ToJsonString())!;

        Assert.Single(reparsed["body"]!.AsArray());
        Assert.Empty(CardAssert.OfType(reparsed, "Action.OpenUrl"));
        Assert.Equal(CardText.Escape(hostile), (string?)reparsed["body"]![0]!["text"]);
    }
}

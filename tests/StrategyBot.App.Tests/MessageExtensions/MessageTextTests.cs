using StrategyBot.App.MessageExtensions;

namespace StrategyBot.App.Tests.MessageExtensions;

public sealed class MessageTextTests
{
    [Theory]
    [InlineData("<div><div><at id=\"0\">Sara</at> - grow reach &amp; sales</div>\n</div>", "html", "Sara - grow reach & sales")]
    [InlineData("<p>Line one</p><p>Line&nbsp;two</p>", "html", "Line one\nLine two")]
    [InlineData("Reach <b>20%</b> by June", "text", "Reach <b>20%</b> by June")]
    [InlineData("   ", "html", "")]
    [InlineData(null, "html", "")]
    [InlineData("<p>#کافه_تهران ۲۰٪</p>", null, "#کافه_تهران ۲۰٪")]
    public void Plain_TeamsMessageBody_PlainText(string? content, string? contentType, string expected)
    {
        Assert.Equal(expected, MessageText.Plain(content, contentType, 1000));
    }

    [Fact]
    public void Plain_LongerThanTheLimit_CutToIt()
    {
        var text = MessageText.Plain("<p>" + new string('a', 50_000) + "</p>", "html", 1000);

        Assert.Equal(1000, text.Length);
    }
}

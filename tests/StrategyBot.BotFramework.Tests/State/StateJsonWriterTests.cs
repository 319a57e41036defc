using System.Text;
using StrategyBot.BotFramework.State;

namespace StrategyBot.BotFramework.Tests.State;

public sealed class StateJsonWriterTests
{
    [Fact]
    public void Write_PersianText_StaysTwoBytesALetterAndQuotesStayPlain()
    {
        var written = StateJsonWriter.Write("سلام \"دنیا\"", static (writer, text) =>
        {
            writer.WriteStartObject();
            writer.WriteString("text", text);
            writer.WriteEndObject();
        });

        Assert.Equal("{\"text\":\"سلام \\\"دنیا\\\"\"}", Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Write_AfterAHugeDocument_WritesOnlyTheNewOne()
    {
        var huge = new string('x', 300_000);
        var first = StateJsonWriter.Write(huge, static (writer, text) => writer.WriteStringValue(text)).Length;

        var second = StateJsonWriter.Write(7, static (writer, number) => writer.WriteNumberValue(number));

        Assert.Equal(300_002, first);
        Assert.Equal("7", Encoding.UTF8.GetString(second));
    }
}

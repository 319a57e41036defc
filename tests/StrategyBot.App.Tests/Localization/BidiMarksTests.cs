using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Localization;

public sealed class BidiMarksTests
{
    [Fact]
    public void StartRightToLeft_PersianMessage_PrefixedOnce()
    {
        var once = BidiMarks.StartRightToLeft(Language.Persian, "KPI های این هفته");

        var twice = BidiMarks.StartRightToLeft(Language.Persian, once);

        Assert.Equal("\u200FKPI های این هفته", twice);
    }

    [Fact]
    public void StartRightToLeft_EnglishMessage_Unchanged()
    {
        var text = BidiMarks.StartRightToLeft(Language.English, "KPIs this week");

        Assert.Equal("KPIs this week", text);
    }

    [Fact]
    public void KeepLeftToRight_Text_WrappedInMarks()
    {
        var text = BidiMarks.KeepLeftToRight("21 June 2027");

        Assert.Equal("\u200E21 June 2027\u200E", text);
    }
}

using StrategyBot.App.Interview;

namespace StrategyBot.App.Tests.Interview;

public sealed class RhythmAnswerTests
{
    [Theory]
    [InlineData("Mon reel (recipes), Wed carousel (tips), Fri story (behind the scenes)", "Monday:reel:recipes|Wednesday:carousel:tips|Friday:story:behind the scenes")]
    [InlineData("Monday: Reels / short video (Recipes)\nthurs - live", "Monday:Reels / short video:Recipes|Thursday:live:")]
    [InlineData("دوشنبه ریلز (دستور پخت)، چهارشنبه اسلایدی", "Monday:ریلز:دستور پخت|Wednesday:اسلایدی:")]
    [InlineData("سه‌شنبه استوری؛ پنج شنبه لایو (پرسش و پاسخ)", "Tuesday:استوری:|Thursday:لایو:پرسش و پاسخ")]
    [InlineData("شنبه پست", "Saturday:پست:")]
    public void TryParse_DaysFormatsAndPillars_AreRead(string text, string expected)
    {
        Assert.True(RhythmAnswer.TryParse(text, out var slots, out var problem));

        Assert.Null(problem);
        Assert.Equal(expected, string.Join('|', slots.Select(s => $"{s.Day}:{s.Format}:{s.Pillar}")));
    }

    [Theory]
    [InlineData("daily story (behind the scenes)")]
    [InlineData("روزانه استوری (پشت صحنه)")]
    public void TryParse_Daily_PutsThePostOnEveryDay(string text)
    {
        Assert.True(RhythmAnswer.TryParse(text, out var slots, out _));

        Assert.Equal(Enum.GetValues<DayOfWeek>(), slots.Select(s => s.Day).Order());
    }

    [Theory]
    [InlineData("reels on Monday", true)]
    [InlineData("monthly reel", true)]
    [InlineData("Monday", false)]
    [InlineData(" , ", false)]
    [InlineData("daily reel, daily story, daily post, daily live", false)]
    public void TryParse_NoDayOrNoFormatOrTooMany_SaysWhatToFix(string text, bool dayMissing)
    {
        Assert.False(RhythmAnswer.TryParse(text, out _, out var problem));

        Assert.Equal(dayMissing ? InterviewText.RetryRhythmDay : InterviewText.RetryRhythm, problem!.Key);
    }
}

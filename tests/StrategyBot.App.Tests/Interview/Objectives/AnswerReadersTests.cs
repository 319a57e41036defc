using StrategyBot.App.Interview.Objectives;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview.Objectives;

public sealed class AnswerReadersTests
{
    [Theory]
    [InlineData("5000", ObjectiveMetric.Followers, 5000, TargetUnit.Absolute, TargetChange.Level)]
    [InlineData("۵٬۰۰۰", ObjectiveMetric.Followers, 5000, TargetUnit.Absolute, TargetChange.Level)]
    [InlineData("+2,000 new followers", ObjectiveMetric.Followers, 2000, TargetUnit.Absolute, TargetChange.Increase)]
    [InlineData("+20%", ObjectiveMetric.Reach, 20, TargetUnit.Percent, TargetChange.Increase)]
    [InlineData("۲۰ درصد بیشتر", ObjectiveMetric.Reach, 20, TargetUnit.Percent, TargetChange.Increase)]
    [InlineData("double", ObjectiveMetric.Reach, 100, TargetUnit.Percent, TargetChange.Increase)]
    [InlineData("دو برابر", ObjectiveMetric.Sales, 100, TargetUnit.Percent, TargetChange.Increase)]
    [InlineData("4%", ObjectiveMetric.EngagementRate, 4, TargetUnit.Absolute, TargetChange.Level)]
    [InlineData("20%", ObjectiveMetric.Cpc, 20, TargetUnit.Percent, TargetChange.Decrease)]
    [InlineData("cut it by 15%", ObjectiveMetric.Reach, 15, TargetUnit.Percent, TargetChange.Decrease)]
    public void TargetAnswer_TypedTarget_IsReadAsLevelOrChange(string text, ObjectiveMetric metric, decimal value, TargetUnit unit, TargetChange change)
    {
        var read = TargetAnswer.TryRead(text, metric, out var actualValue, out var actualUnit, out var actualChange);

        Assert.True(read);
        Assert.Equal((value, unit, change), (actualValue, actualUnit, actualChange));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a lot more")]
    [InlineData("خیلی بیشتر")]
    public void TargetAnswer_NoNumber_IsRefused(string text)
    {
        var read = TargetAnswer.TryRead(text, ObjectiveMetric.Reach, out _, out _, out _);

        Assert.False(read);
    }

    [Theory]
    [InlineData("Monday 09:00", DayOfWeek.Monday, 9, 0)]
    [InlineData("tue 5pm", DayOfWeek.Tuesday, 17, 0)]
    [InlineData("Friday", DayOfWeek.Friday, 9, 0)]
    [InlineData("at 10:30", DayOfWeek.Monday, 10, 30)]
    [InlineData("دوشنبه ۰۹:۰۰", DayOfWeek.Monday, 9, 0)]
    [InlineData("سه‌شنبه ساعت ۱۷", DayOfWeek.Tuesday, 17, 0)]
    [InlineData("شنبه ۱۰ صبح", DayOfWeek.Saturday, 10, 0)]
    [InlineData("پنجشنبه ساعت ۶ عصر", DayOfWeek.Thursday, 18, 0)]
    [InlineData("چهارشنبه", DayOfWeek.Wednesday, 9, 0)]
    public void CheckInSlot_DayAndTime_AreReadWithMonday0900ForWhatIsLeftOut(string text, DayOfWeek day, int hour, int minute)
    {
        var read = CheckInSlot.TryRead(text, out var actualDay, out var actualTime);

        Assert.True(read);
        Assert.Equal((day, new TimeOnly(hour, minute)), (actualDay, actualTime));
    }

    [Theory]
    [InlineData("whenever")]
    [InlineData("25:00")]
    [InlineData("")]
    public void CheckInSlot_NoDayOrTime_IsRefused(string text)
    {
        var read = CheckInSlot.TryRead(text, out _, out _);

        Assert.False(read);
    }

    [Theory]
    [InlineData("۱۴۰۶/۰۳/۳۱", 2027, 6, 21)]
    [InlineData("۳۱ خرداد ۱۴۰۶", 2027, 6, 21)]
    [InlineData("تا پایان خرداد ۱۴۰۶", 2027, 6, 21)]
    [InlineData("پایان خرداد", 2027, 6, 21)]
    [InlineData("پایان اسفند ۱۴۰۵", 2027, 3, 20)]
    [InlineData("ظرف ۸ هفته", 2027, 1, 21)]
    [InlineData("by end of Q2", 2027, 6, 30)]
    public void JalaliDateRecognizer_PersianAndSpanDates_AreRead(string text, int year, int month, int day)
    {
        var date = JalaliDateRecognizer.Recognize(text, ObjectiveTestKit.Today);

        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void JalaliDateRecognizer_NoDate_ReturnsNull()
    {
        var date = JalaliDateRecognizer.Recognize("هر وقت شد", ObjectiveTestKit.Today);

        Assert.Null(date);
    }
}

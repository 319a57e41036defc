using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Smart;

public sealed class MetricLexiconTests
{
    [Theory]
    [InlineData("Increase unique visitors from LinkedIn to 4,000 a week", ObjectiveMetric.Reach)]
    [InlineData("Grow our Instagram following by 3,000", ObjectiveMetric.Followers)]
    [InlineData("Win 40 new clients through LinkedIn", ObjectiveMetric.Sales)]
    [InlineData("Get 20 new wholesale customers", ObjectiveMetric.Sales)]
    [InlineData("Get 200 RSVPs for the launch event", ObjectiveMetric.Conversions)]
    [InlineData("Bring in 1.2k new email subscribers via Telegram", ObjectiveMetric.Conversions)]
    [InlineData("Grow Telegram subscribers to 1,000", ObjectiveMetric.Followers)]
    [InlineData("Reach 5,000 newsletter sign-ups from Instagram", ObjectiveMetric.Conversions)]
    [InlineData("Respond to every Instagram DM within 30 minutes", ObjectiveMetric.ResponseTime)]
    [InlineData("افزایش بازدیدکننده‌های یکتای صفحه اینستاگرام به ۱۵ هزار", ObjectiveMetric.Reach)]
    [InlineData("افزایش دنبال‌کنندگان اینستاگرام به ۹ هزار", ObjectiveMetric.Followers)]
    [InlineData("رساندن دنبال کننده های لینکدین به ۱۵۰۰", ObjectiveMetric.Followers)]
    [InlineData("افزایش فالوور های اینستاگرام", ObjectiveMetric.Followers)]
    [InlineData("جذب ۴۰ مشتری جدید از طریق لینکدین", ObjectiveMetric.Sales)]
    [InlineData("کاهش زمان پاسخگویی به دایرکت ها", ObjectiveMetric.ResponseTime)]
    [InlineData("افزایش انگیجمنت پست‌های اینستاگرام", ObjectiveMetric.EngagementRate)]
    [InlineData("افزایش ایمپرشن های لینکدین", ObjectiveMetric.Impressions)]
    [InlineData("کاهش هزینه جذب هر مشتری", ObjectiveMetric.Cpa)]
    public void Assess_MetricWrittenAsMarketersWriteIt_ReadsTheMetric(string text, ObjectiveMetric expected)
    {
        var result = SmartCheck.Assess(text, SmartTestContexts.For(text.Any(c => c > '\u0600') ? "fa" : "en"));

        Assert.Equal(expected, result.Metric);
    }
}

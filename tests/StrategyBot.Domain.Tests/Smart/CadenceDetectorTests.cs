using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Smart;

public sealed class CadenceDetectorTests
{
    [Theory]
    [InlineData("Sell 150 bags a month through Instagram by June", TargetCadence.PerMonth)]
    [InlineData("Increase monthly sales from Instagram from 200 to 260 orders by March", TargetCadence.PerMonth)]
    [InlineData("Get 50 qualified leads per month from LinkedIn by April", TargetCadence.PerMonth)]
    [InlineData("Reach 20,000 people on Instagram every week by March", TargetCadence.PerWeek)]
    [InlineData("Generate 300 leads from LinkedIn by April with 3 posts a week", TargetCadence.Total)]
    [InlineData("Get 300 sign-ups from Instagram ads by February with $500 a month in ads", TargetCadence.Total)]
    [InlineData("Grow Instagram followers to 11,000 by March", TargetCadence.Level)]
    [InlineData("Increase Instagram engagement rate to 4.5% by March", TargetCadence.Ratio)]
    [InlineData("Lower CPC on Instagram ads to $0.40 by March", TargetCadence.Ratio)]
    [InlineData("Grow Instagram reach 20% by March", TargetCadence.PerWeek)]
    [InlineData("Increase Instagram link clicks by 40% by February", TargetCadence.PerWeek)]
    [InlineData("ماهی ۳۰۰ سفارش از اینستاگرام تا نوروز", TargetCadence.PerMonth)]
    [InlineData("افزایش فروش آنلاین به ۵۰۰ میلیون تومان در ماه تا پایان شهریور", TargetCadence.PerMonth)]
    [InlineData("ریچ هفتگی لینکدین رو تا عید به ۵ هزار برسونیم", TargetCadence.PerWeek)]
    [InlineData("جذب ۲۰۰ سرنخ از لینکدین تا فروردین با بودجه ماهانه ۵۰ میلیون تومان", TargetCadence.Total)]
    public void Assess_TargetWords_SayWhatTheNumberMeansOverTime(string text, TargetCadence expected)
    {
        var result = SmartCheck.Assess(text, SmartTestContexts.For(text.Any(c => c > '\u0600') ? "fa" : "en"));

        Assert.Equal(expected, result.Cadence);
    }

    [Fact]
    public void Assess_NoMetric_HasNoCadence()
    {
        var result = SmartCheck.Assess("Make our brand famous", SmartTestContexts.English());

        Assert.Null(result.Cadence);
    }
}

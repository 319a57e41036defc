using StrategyBot.App.CheckIns;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class CheckInCommandTests
{
    [Theory]
    [InlineData("check in now", "CheckInNow")]
    [InlineData("Check-in now!", "CheckInNow")]
    [InlineData("checkin", "CheckInNow")]
    [InlineData("گزارش الان", "CheckInNow")]
    [InlineData("ثبت گزارش هفتگی", "CheckInNow")]
    [InlineData("گزارش هفتگی", "CheckInNow")]
    [InlineData("گزارش‌ هفتگی ", "CheckInNow")]
    [InlineData("show my progress", "ShowProgress")]
    [InlineData("Progress", "ShowProgress")]
    [InlineData("پیشرفت من", "ShowProgress")]
    [InlineData("نمایش پیشرفت", "ShowProgress")]
    [InlineData("pause check-ins", "Pause")]
    [InlineData("stop my checkins", "Pause")]
    [InlineData("توقف گزارش‌ها", "Pause")]
    [InlineData("resume check-ins", "Resume")]
    [InlineData("ادامهٔ گزارش‌ها", "Resume")]
    [InlineData("از سرگیری گزارش ها", "Resume")]
    [InlineData("change check-in time", "ChangeTime")]
    [InlineData("تغییر زمان گزارش", "ChangeTime")]
    [InlineData("time zone", "TimeZone")]
    [InlineData("منطقهٔ زمانی", "TimeZone")]
    public void TryRead_CommandInEitherLanguage_IsRecognised(string text, string expected)
    {
        var command = CheckInCommand.TryRead(text);

        Assert.NotNull(command);
        Assert.Equal(Enum.Parse<CheckInCommandKind>(expected), command.Kind);
        Assert.Equal(string.Empty, command.Argument);
    }

    [Theory]
    [InlineData("change check-in time to Tuesday 10:00", "ChangeTime", "Tuesday 10:00")]
    [InlineData("تغییر زمان گزارش به شنبه ساعت ۱۷", "ChangeTime", "شنبه ساعت ۱۷")]
    [InlineData("time zone Asia/Tehran", "TimeZone", "Asia/Tehran")]
    [InlineData("set timezone to Berlin", "TimeZone", "Berlin")]
    [InlineData("منطقه زمانی تهران", "TimeZone", "تهران")]
    public void TryRead_CommandWithArgument_KeepsTheArgumentAsTyped(string text, string expected, string argument)
    {
        var command = CheckInCommand.TryRead(text);

        Assert.NotNull(command);
        Assert.Equal(Enum.Parse<CheckInCommandKind>(expected), command.Kind);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("We want to show progress to investors by June")]
    [InlineData("reach 12000 clicks 340")]
    [InlineData("our time zone strategy is global")]
    [InlineData("")]
    [InlineData(null)]
    public void TryRead_OrdinaryMessage_IsNotACommand(string? text)
    {
        Assert.Null(CheckInCommand.TryRead(text));
    }
}

using System.ComponentModel.DataAnnotations;
using StrategyBot.App.CheckIns;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class CheckInOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValidAndMondayNine()
    {
        var options = new CheckInOptions();

        Assert.Empty(Validate(options));
        Assert.Equal(DayOfWeek.Monday, options.DefaultDayOfWeek);
        Assert.Equal(new TimeOnly(9, 0), options.DefaultTime);
        Assert.Equal(TimeSpan.FromSeconds(30), options.PollInterval);
    }

    [Theory]
    [InlineData(nameof(CheckInOptions.DefaultTimeZone))]
    [InlineData(nameof(CheckInOptions.DefaultLocalTime))]
    [InlineData(nameof(CheckInOptions.PollInterval))]
    [InlineData(nameof(CheckInOptions.SendsPerSecondPerTenant))]
    public void Validate_BadSetting_NamesIt(string setting)
    {
        var options = new CheckInOptions();
        switch (setting)
        {
            case nameof(CheckInOptions.DefaultTimeZone): options.DefaultTimeZone = "Nowhere/Special"; break;
            case nameof(CheckInOptions.DefaultLocalTime): options.DefaultLocalTime = "9am"; break;
            case nameof(CheckInOptions.PollInterval): options.PollInterval = TimeSpan.Zero; break;
            default: options.SendsPerSecondPerTenant = 80; break;
        }

        var problems = Validate(options);

        var problem = Assert.Single(problems);
        Assert.Contains(setting, problem.MemberNames);
        Assert.Contains("CheckIns:" + setting, problem.ErrorMessage, StringComparison.Ordinal);
    }

    private static List<ValidationResult> Validate(CheckInOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}

using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("instagram", "instagram", 0)]
    [InlineData("instagarm", "instagram", 1)]
    [InlineData("linkdin", "linkedin", 1)]
    [InlineData("tiktik", "tiktok", 1)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Between_TwoWords_CountsEditsWithSwapsAsOne(string a, string b, int expected)
    {
        var distance = EditDistance.Between(a, b);

        Assert.Equal(expected, distance);
    }
}

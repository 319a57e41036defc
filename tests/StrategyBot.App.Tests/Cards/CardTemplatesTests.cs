using System.Text.Json;
using StrategyBot.App.Cards;

namespace StrategyBot.App.Tests.Cards;

public sealed class CardTemplatesTests
{
    public static TheoryData<string> TemplateNames => new(CardTemplates.Names);

    [Fact]
    public void VerifyAll_EmbeddedTemplates_DoesNotThrow()
    {
        var exception = Record.Exception(CardTemplates.VerifyAll);

        Assert.Null(exception);
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Get_Template_ValidForTeamsAsDesigned(string name)
    {
        var template = CardTemplates.Get(name);

        CardAssert.ValidForTeams(template);
    }

    [Fact]
    public void Get_Twice_ReturnsIndependentCopies()
    {
        var first = CardTemplates.Get(CardTemplates.Welcome);

        first["body"]!.AsArray().Clear();
        var second = CardTemplates.Get(CardTemplates.Welcome);

        Assert.NotEmpty(second["body"]!.AsArray());
    }

    [Fact]
    public void Get_UnknownName_Throws()
    {
        Assert.Throws<ArgumentException>(() => CardTemplates.Get("no-such-card"));
    }

    [Fact]
    public void Problems_DuplicateIdsAndWrongVersion_BothReported()
    {
        using var document = JsonDocument.Parse("""
            {"type":"AdaptiveCard","version":"1.6","body":[{"type":"TextBlock","id":"a"},{"type":"TextBlock","id":"a"}]}
            """);

        var problems = CardTemplateCheck.Problems("broken", document.RootElement).ToList();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("version", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'a' twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_NotACard_Reported()
    {
        using var document = JsonDocument.Parse("""["not", "a", "card"]""");

        var problems = CardTemplateCheck.Problems("array", document.RootElement).ToList();

        Assert.Single(problems);
    }
}

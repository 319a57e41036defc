using System.Text.RegularExpressions;
using StrategyBot.App.Storage;

namespace StrategyBot.App.Tests.Storage;

public sealed partial class DocumentPropertyNamesTests
{
    // Letters, digits and "_", starting with a letter, at most 255 characters.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,254}$")]
    private static partial Regex ValidPropertyName();

    [Theory]
    [InlineData("dialogs")]
    [InlineData("objectiveAcceptance")]
    [InlineData("plan_v2")]
    [InlineData("check-ins")]
    [InlineData("_")]
    [InlineData("__")]
    [InlineData("_0041")]
    [InlineData("0start")]
    [InlineData("a b.c:d/e")]
    [InlineData("برنامه ۱۴۰۶")]
    [InlineData("rocket 🚀")]
    [InlineData("lone \uD83D surrogate")]
    [InlineData("C_plan")]
    [InlineData("D0_plan")]
    [InlineData("%0041")]
    [InlineData("\u0000\u007F\uFFFF")]
    public void Escape_AnyName_GivesValidPropertyNamesAndRoundTrips(string name)
    {
        var escaped = DocumentPropertyNames.Escape(name);

        Assert.Matches(ValidPropertyName(), DocumentPropertyNames.Count(escaped));
        Assert.Matches(ValidPropertyName(), DocumentPropertyNames.Chunk(escaped, 0));
        Assert.Matches(ValidPropertyName(), DocumentPropertyNames.Chunk(escaped, 42));
        Assert.Equal(name, DocumentPropertyNames.Unescape(escaped));
        Assert.Equal(escaped, DocumentPropertyNames.EscapedNameOfCount(DocumentPropertyNames.Count(escaped)));
    }

    [Fact]
    public void Escape_NamesThatDifferOnlyInEscapedCharacters_GiveDifferentProperties()
    {
        string[] names = ["a_b", "a-b", "a b", "a_005Fb", "a__b", "ab", "A_b", "a\u00E9b", "a\u0645b"];

        var escaped = names.Select(DocumentPropertyNames.Escape).ToList();

        Assert.Equal(names.Length, escaped.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Escape_LettersAndDigitsOnly_KeepsTheNameAsItIs()
    {
        Assert.Equal("objectiveAcceptance", DocumentPropertyNames.Escape("objectiveAcceptance"));
        Assert.Equal("C_plan", DocumentPropertyNames.Count("plan"));
        Assert.Equal("D3_plan", DocumentPropertyNames.Chunk("plan", 3));
    }

    [Fact]
    public void Escape_NameTooLongOnceEscaped_ThrowsArgument()
    {
        var longest = new string('a', DocumentPropertyNames.MaxEscapedLength);
        var tooLong = new string('-', (DocumentPropertyNames.MaxEscapedLength / 5) + 1);

        var escaped = DocumentPropertyNames.Escape(longest);

        Assert.Equal(255, DocumentPropertyNames.Chunk(escaped, 99).Length);
        var ex = Assert.Throws<ArgumentException>(() => DocumentPropertyNames.Escape(tooLong));
        Assert.Contains("at most 251", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a_")]
    [InlineData("a_00")]
    [InlineData("a_002d")]
    [InlineData("a_00G1")]
    [InlineData("")]
    public void Unescape_TextEscapeNeverWrites_ThrowsFormat(string escaped)
    {
        Assert.Throws<FormatException>(() => DocumentPropertyNames.Unescape(escaped));
    }

    [Theory]
    [InlineData("Chunks")]
    [InlineData("Data0")]
    [InlineData("D0_plan")]
    [InlineData("C_")]
    [InlineData("PartitionKey")]
    [InlineData("odata.etag")]
    public void EscapedNameOfCount_OtherProperty_IsNull(string property)
    {
        Assert.Null(DocumentPropertyNames.EscapedNameOfCount(property));
    }
}

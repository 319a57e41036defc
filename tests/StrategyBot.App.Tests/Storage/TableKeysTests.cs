using System.Text;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.Storage;

public sealed class TableKeysTests
{
    private static readonly char[] s_forbidden = ['/', '\\', '#', '?'];

    [Theory]
    [InlineData("/")]
    [InlineData("\\")]
    [InlineData("#")]
    [InlineData("?")]
    [InlineData("\u0000")]
    [InlineData("\u001F")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    [InlineData("\u009F")]
    [InlineData("a/b\\c#d?e\tf\ng")]
    public void ToKey_ForbiddenCharacters_AreEscapedAndReversible(string value)
    {
        var key = TableKeys.ToKey(value);

        Assert.True(IsValidKey(key), $"'{key}' still holds a character Table Storage forbids");
        Assert.Equal(value, TableKeys.FromKey(key));
    }

    [Theory]
    [InlineData("29:1AbCdEfGhIjKlMnOp")]
    [InlineData("00000000-0000-0000-0000-0000000000001")]
    [InlineData("برنامه بازاریابی ۱۴۰۳")]
    [InlineData("plan 🚀👩‍💻 launch")]
    [InlineData("quotes ' \" and spaces")]
    public void ToKey_TextWithoutForbiddenCharacters_IsKeptAsIs(string value)
    {
        var key = TableKeys.ToKey(value);

        Assert.Equal(value, key);
        Assert.Equal(value, TableKeys.FromKey(key));
    }

    [Fact]
    public void ToKey_Percent_IsEscapedSoEscapesInInputStayDistinct()
    {
        var plain = TableKeys.ToKey("a/b");
        var lookalike = TableKeys.ToKey("a%002Fb");

        Assert.Equal("a%002Fb", plain);
        Assert.Equal("a%0025002Fb", lookalike);
        Assert.Equal("a%002Fb", TableKeys.FromKey(lookalike));
    }

    [Theory]
    [InlineData("x\uD800y")]
    [InlineData("x\uDC00")]
    [InlineData("\uDBFF")]
    public void ToKey_LoneSurrogate_IsEscapedAndReversible(string value)
    {
        var key = TableKeys.ToKey(value);

        Assert.DoesNotContain(key, char.IsSurrogate);
        Assert.Equal(value, TableKeys.FromKey(key));
    }

    [Fact]
    public void ToKey_DistinctInputs_NeverCollide()
    {
        var random = new Random(20261126);
        const string alphabet = "ab%/\\#?|0F2\u0000\u001F\u007F\u0085\u009F سل😀\uD800";
        var inputs = new HashSet<string>(StringComparer.Ordinal) { "%", "%0025", "%25", "%%", "a%002F", "a/" };
        while (inputs.Count < 5_000)
        {
            var length = random.Next(1, 12);
            var builder = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            inputs.Add(builder.ToString());
        }

        var keys = inputs.Select(TableKeys.ToKey).ToList();

        Assert.Equal(inputs.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, key => Assert.True(IsValidKey(key), $"invalid key '{key}'"));
        Assert.Equal(inputs.OrderBy(s => s, StringComparer.Ordinal), keys.Select(TableKeys.FromKey).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void ToKey_AtTheOneKibLimit_IsAccepted()
    {
        var value = new string('k', TableKeys.MaxKeyLength);

        var key = TableKeys.ToKey(value);

        Assert.Equal(1024, Encoding.Unicode.GetByteCount(key));
    }

    [Fact]
    public void ToKey_OverOneKibOnceEscaped_Throws()
    {
        var value = new string('/', TableKeys.MaxKeyLength / 5 + 1);

        var ex = Assert.Throws<ArgumentException>(() => TableKeys.ToKey(value));

        Assert.Contains("1 KiB", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("abc%00")]
    [InlineData("%zzzz")]
    public void FromKey_MalformedEscape_ThrowsFormatException(string key)
    {
        Assert.Throws<FormatException>(() => TableKeys.FromKey(key));
    }

    [Fact]
    public void Partition_UserAndConversationWithTheSameIds_AreDifferentPartitions()
    {
        var user = TableKeys.Partition(StateScope.ForUser("t1", "19:abc@thread.v2"));
        var conversation = TableKeys.Partition(StateScope.ForConversation("t1", "19:abc@thread.v2"));

        Assert.NotEqual(user, conversation);
        Assert.Equal("t1|u|19:abc@thread.v2", user);
        Assert.Equal("t1|c|19:abc@thread.v2", conversation);
    }

    [Fact]
    public void Partition_IdsWithForbiddenCharacters_IsAValidKeyThatReadsBackAsTheScope()
    {
        var scope = StateScope.ForConversation("tenant|1/x", "29:user|#?\\\u0001 سارا 😀");

        var key = TableKeys.Partition(scope);

        Assert.True(IsValidKey(key));
        Assert.Equal(scope, StateScope.Parse(TableKeys.FromKey(key)));
    }

    private static bool IsValidKey(string key) =>
        key.IndexOfAny(s_forbidden) < 0
        && !key.Any(c => c <= '\u001F' || c is >= '\u007F' and <= '\u009F')
        && key.Length <= TableKeys.MaxKeyLength;
}

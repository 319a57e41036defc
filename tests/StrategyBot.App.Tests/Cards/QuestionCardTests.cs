using StrategyBot.App.Cards;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Cards;

public sealed class QuestionCardTests
{
    private static readonly CardChoice[] Families =
    [
        new("Brand awareness", "brandAwareness"),
        new("Sales", "sales"),
        new("ROI", "roi"),
    ];

    public static TheoryData<QuestionInputKind, string> InputTypes => new()
    {
        { QuestionInputKind.Choice, "Input.ChoiceSet" },
        { QuestionInputKind.Number, "Input.Number" },
        { QuestionInputKind.Date, "Input.Date" },
        { QuestionInputKind.Text, "Input.Text" },
    };

    [Theory]
    [InlineData(Language.English, "question-choice.en")]
    [InlineData(Language.Persian, "question-choice.fa")]
    public void Build_ChoiceQuestion_MatchesGoldenFile(Language language, string golden)
    {
        var card = QuestionCard.Build(ChoiceQuestion(language), language);

        GoldenFile.AssertMatches(golden, card);
    }

    [Theory]
    [InlineData(Language.English, "question-number.en")]
    [InlineData(Language.Persian, "question-number.fa")]
    public void Build_NumberQuestion_MatchesGoldenFile(Language language, string golden)
    {
        var content = new QuestionCardContent("situation.presence.instagram.followers", language == Language.Persian ? "چند دنبال‌کننده در اینستاگرام دارید؟" : "How many Instagram followers do you have?", QuestionInputKind.Number)
        {
            Min = 0,
            CurrentValue = "5000",
        };

        var card = QuestionCard.Build(content, language);

        GoldenFile.AssertMatches(golden, card);
    }

    [Theory]
    [MemberData(nameof(InputTypes))]
    public void Build_EachInputKind_OneInputNamedAnswerAndValid(QuestionInputKind kind, string inputType)
    {
        var content = new QuestionCardContent("p1", "Question?", kind) { Choices = Families };

        var card = QuestionCard.Build(content, Language.English);

        var inputs = CardAssert.Elements(card).Where(e => CardAssert.Type(e)?.StartsWith("Input.", StringComparison.Ordinal) == true).ToList();
        var input = Assert.Single(inputs);
        Assert.Equal(inputType, CardAssert.Type(input));
        Assert.Equal(CardActions.AnswerField, (string?)input["id"]);
        Assert.Equal("Your answer", (string?)input["label"]);
        Assert.Equal("پاسخ شما", (string?)CardAssert.Elements(QuestionCard.Build(content, Language.Persian))
            .Single(e => CardAssert.Type(e) == inputType)["label"]);
        CardAssert.ValidForTeams(card);
    }

    [Fact]
    public void Build_Submit_SendsAnswerActionWithPromptId()
    {
        var card = QuestionCard.Build(new QuestionCardContent("objectives.deadline", "By when?", QuestionInputKind.Date), Language.English);

        var submit = CardAssert.OfType(card, "Action.Submit").Single();

        Assert.Equal("answer", (string?)submit["data"]!["action"]);
        Assert.Equal("objectives.deadline", (string?)submit["data"]!["promptId"]);
    }

    [Fact]
    public void Build_ManyChoices_CompactDropdownWithPlaceholder()
    {
        var choices = Enumerable.Range(1, 8).Select(i => new CardChoice($"Option {i}", $"o{i}")).ToList();

        var card = QuestionCard.Build(new QuestionCardContent("p", "Pick", QuestionInputKind.Choice) { Choices = choices }, Language.English);

        var input = CardAssert.OfType(card, "Input.ChoiceSet").Single();
        Assert.Equal("compact", (string?)input["style"]);
        Assert.Equal("Choose one", (string?)input["placeholder"]);
    }

    [Fact]
    public void Build_OptionalQuestionWithoutHelp_NotRequiredAndNoHelpLine()
    {
        var content = new QuestionCardContent("situation.pestel", "Any PESTEL notes?", QuestionInputKind.Text) { IsRequired = false, Multiline = true };

        var card = QuestionCard.Build(content, Language.English);

        var input = CardAssert.OfType(card, "Input.Text").Single();
        Assert.False((bool?)input["isRequired"]);
        Assert.Null(input["errorMessage"]);
        Assert.DoesNotContain(CardAssert.Elements(card), e => (string?)e["id"] == "helpLine");
    }

    [Fact]
    public void Build_DateQuestion_LimitsAndValueInIsoForm()
    {
        var content = new QuestionCardContent("d", "Deadline?", QuestionInputKind.Date)
        {
            EarliestDate = new DateOnly(2027, 1, 1),
            LatestDate = new DateOnly(2028, 12, 31),
            CurrentValue = "2027-06-21",
        };

        var card = QuestionCard.Build(content, Language.Persian);

        var input = CardAssert.OfType(card, "Input.Date").Single();
        Assert.Equal("2027-01-01", (string?)input["min"]);
        Assert.Equal("2028-12-31", (string?)input["max"]);
        Assert.Equal("2027-06-21", (string?)input["value"]);
    }

    [Fact]
    public void Build_PersianChoice_FallbackListsOptionsWithPersianDigits()
    {
        var card = QuestionCard.Build(ChoiceQuestion(Language.Persian), Language.Persian);

        var fallback = (string?)card["fallbackText"];

        Assert.Contains("۱. ", fallback, StringComparison.Ordinal);
        Assert.Contains("۳. ", fallback, StringComparison.Ordinal);
        CardAssert.RightToLeft(card);
    }

    [Fact]
    public void Build_ChoiceQuestionWithoutChoices_Throws()
    {
        var content = new QuestionCardContent("p", "Pick", QuestionInputKind.Choice);

        Assert.Throws<ArgumentException>(() => QuestionCard.Build(content, Language.English));
    }

    private static QuestionCardContent ChoiceQuestion(Language language) =>
        language == Language.Persian
            ? new QuestionCardContent("objectives.family", "این هدف به کدام دسته از اهداف کسب‌وکار کمک می‌کند؟", QuestionInputKind.Choice)
            {
                HelpLine = "هدفی که به یک دستهٔ روشن وصل باشد، معیار «مرتبط» در SMART را پاس می‌کند.",
                Choices = [new("آگاهی از برند", "brandAwareness"), new("فروش", "sales"), new("بازگشت سرمایه (ROI)", "roi")],
            }
            : new QuestionCardContent("objectives.family", "Which business goal does this objective serve?", QuestionInputKind.Choice)
            {
                HelpLine = "Tying it to a goal family is what makes an objective Relevant in SMART.",
                Choices = Families,
            };
}

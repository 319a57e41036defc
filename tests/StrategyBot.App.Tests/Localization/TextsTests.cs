using System.Text.RegularExpressions;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Interview;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.App.PlanDocument;
using StrategyBot.App.Privacy;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Localization;

public sealed class TextsTests
{
    [Fact]
    public void Format_PersianNumber_UsesPersianDigitsAndSeparator()
    {
        var text = Texts.Format(Language.Persian, TextKey.MessageTooLong, 2000);

        Assert.Contains("۲٬۰۰۰", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_EnglishNumber_UsesThousandsSeparator()
    {
        var text = Texts.Format(Language.English, TextKey.MessageTooLong, 2000);

        Assert.Equal("That message is too long (limit 2,000 characters). Please shorten it and send it again.", text);
    }

    [Fact]
    public void Get_HelpText_NamesEveryCommandInBothLanguages()
    {
        string[] english = ["start", "show my plan", "check in now", "help", "language", "status", "back", "skip", "cancel", "restart", "summary", "edit"];

        var persian = Texts.Get(Language.Persian, TextKey.HelpText);
        var englishHelp = Texts.Get(Language.English, TextKey.HelpText);

        Assert.All(english, command => Assert.Contains("**" + command, englishHelp, StringComparison.Ordinal));
        Assert.All(english, command => Assert.Contains(command, persian, StringComparison.Ordinal));
        Assert.Contains("SOSTAC", persian, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Persian)]
    public void HelpText_EveryCommandItShows_IsOneTheBotRecognises(Language language)
    {
        var help = Texts.Get(language, TextKey.HelpText);

        // The commands are the bold words of the last block (before it: the six steps); "goal:" is shown with an
        // example, which is what is sent.
        var commands = help[help.LastIndexOf("\n\n", StringComparison.Ordinal)..];
        var shown = Regex.Matches(commands, @"\*\*(.+?)\*\*").Select(m => m.Groups[1].Value)
            .Where(c => !c.EndsWith(':'))
            .ToList();

        Assert.True(shown.Count >= 20, string.Join(", ", shown));
        Assert.All(shown, command => Assert.True(Recognised(command), $"help shows \"{command}\", which no command reader takes"));
    }

    private static bool Recognised(string command)
    {
        // "edit" and the step names are shown apart ("**edit** and a step"); the reader takes them together.
        var text = command is "edit" or "ویرایش" ? command + (command == "edit" ? " tactics" : " تاکتیک‌ها") : command;
        var activity = Activities.Message(text);
        return InterviewCommands.Parse(activity) is not null
            || CheckInCommand.TryRead(text) is not null
            || PrivacyCommands.Parse(activity) is not null
            || PlanExportCommands.Parse(activity) is not null
            || ObjectiveDialogs.IsQuickCapture(text)
            || command is "start" or "شروع";
    }
}

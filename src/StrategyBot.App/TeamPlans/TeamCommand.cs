using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.TeamPlans;

/// <summary>
/// Reads a team command from a message whose bot mention was already removed. Words, not positions: "start a team
/// plan", "fill situation", "show team plan", "add editor @Sara", "stop", "help", and the same in Persian.
/// </summary>
internal sealed partial record TeamCommand(TeamCommandKind Kind, SostacStep? Step = null)
{
    public static TeamCommand Parse(string? text)
    {
        var words = Spaces().Replace(text?.Trim().ToLowerInvariant() ?? "", " ").Trim(' ', '.', '!', '؟', '?');
        if (words.Length == 0)
        {
            return new(TeamCommandKind.None);
        }

        if (words is "start a team plan" or "start team plan" or "new team plan" or "شروع برنامه تیمی" or "برنامه تیمی جدید")
        {
            return new(TeamCommandKind.Start);
        }

        if (words is "show team plan" or "show the team plan" or "team plan" or "show plan" or "summary" or "نمایش برنامه تیمی" or "برنامه تیمی")
        {
            return new(TeamCommandKind.Show);
        }

        if (words is "help" or "راهنما" or "کمک")
        {
            return new(TeamCommandKind.Help);
        }

        if (words is "stop" or "cancel" or "توقف" or "لغو")
        {
            return new(TeamCommandKind.Stop);
        }

        if (words.StartsWith("add editor", StringComparison.Ordinal) || words.StartsWith("افزودن ویرایشگر", StringComparison.Ordinal))
        {
            return new(TeamCommandKind.AddEditor);
        }

        foreach (var prefix in (string[])["fill ", "answer ", "پر کردن ", "تکمیل "])
        {
            if (words.StartsWith(prefix, StringComparison.Ordinal) && TeamQuestions.ParseStep(words[prefix.Length..]) is { } step)
            {
                return new(TeamCommandKind.Fill, step);
            }
        }

        return new(TeamCommandKind.None);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

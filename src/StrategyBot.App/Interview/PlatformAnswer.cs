using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// Platforms from a multi-select card ("Instagram,Telegram") or typed in either language ("insta و تلگرام"), with
/// any handles or profile links typed beside them ("Instagram @rivalcafe"). A name that is not a platform is
/// reported rather than dropped, so a typo never silently loses a platform.
/// </summary>
internal sealed partial class PlatformAnswer
{
    private PlatformAnswer(IReadOnlyList<Platform> platforms, IReadOnlyList<string> handles)
    {
        Platforms = platforms;
        Handles = handles;
    }

    public IReadOnlyList<Platform> Platforms { get; }

    public IReadOnlyList<string> Handles { get; }

    public static bool TryParse(string text, out PlatformAnswer answer, out AnswerProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var handles = Handle().Matches(text).Select(m => m.Value.TrimEnd('.', ',', '،')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var rest = Handle().Replace(text, " ");
        var platforms = new List<Platform>();
        string? unknown = null;
        foreach (var item in AnswerList.Split(Conjunction().Replace(rest, ",")))
        {
            var found = Domain.Planning.Platforms.TryParse(item, out var single) ? [single] : Domain.Planning.Platforms.FindAll(item);
            if (found.Count == 0)
            {
                unknown ??= item;
            }

            platforms.AddRange(found.Where(p => !platforms.Contains(p)));
        }

        answer = new PlatformAnswer(platforms, handles);
        problem = unknown is null ? (platforms.Count == 0 ? new AnswerProblem(InterviewText.RetryPlatformsNone) : null)
            : Domain.Planning.Platforms.Suggest(unknown) is { } meant
                ? new AnswerProblem(InterviewText.RetryPlatformsDidYouMean, QuestionScope.Quote(unknown, 40), meant)
                : new AnswerProblem(InterviewText.RetryPlatformsUnknown, QuestionScope.Quote(unknown, 40), new PlatformList(Domain.Planning.Platforms.All));
        return problem is null;
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+|\b(?:t\.me|instagram\.com|x\.com|twitter\.com|linkedin\.com|youtube\.com|aparat\.com)/\S+|(?<![\w@])@[\w.]{2,}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Handle();

    [GeneratedRegex(@"\s+(?:and|&|\+|و)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();
}

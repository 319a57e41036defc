using System.Text.RegularExpressions;

namespace StrategyBot.Domain.Smart;

/// <summary>Finds where the objective says what will make it happen: budget, people, rhythm, tools, partners.</summary>
internal static partial class ResourceDetector
{
    /// <summary>The resource clause from the original text (up to the end of its sentence), or null.</summary>
    public static string? Find(string original, string folded)
    {
        var match = Phrases().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var end = folded.IndexOfAny(['.', ';', '!', '?', '؛', '\n'], match.Index);
        var clause = original[match.Index..(end < 0 ? original.Length : end)].Trim();
        return clause.Length == 0 ? null : clause;
    }

    private const string Gerund = @"(?:a/b\s+)?(?:posting|running|publishing|replying|responding|boosting|testing|assigning|partnering|hiring|creating|sharing|sending|using|launching|hosting|collaborating|working|investing|spending|adding|promoting|cross-promoting|optimi[sz]ing|improving|offering|training|answering|scheduling|automating)(?!\p{L})";

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:with\s+(?:a|an|our|the|my|two|three|four|five|six|seven|daily|weekly|monthly|better|more|new|regular|paid|influencer|micro|sponsored|\d|[$€£])"
        + @"|(?:by|and)\s+" + Gerund
        + @"|using\s|(?:through|via)\s(?!\s*(?:our\s+|the\s+)?(?:instagram|insta|facebook|linkedin|twitter|tiktok|youtube|telegram|whatsapp|pinterest|aparat|threads|x)(?![\p{L}\d]))"
        + @"|budget|influencers?|giveaways?|ad\s+spend|\d+\s+times\s+(?:a|per)\s+(?:day|week|month)|(?:we'?ll|we\s+will)\s+(?:post|publish|run|spend|hire|share|send|host))"
        + @"|,\s*" + Gerund
        + @"|(?<!\p{L})(?:با\s+(?!(?:هم|این|آن|ما|نرخ)(?!\p{L}))[\p{L}\d]"
        + @"|از\s+طریق\s(?!\s*(?:اینستاگرام|اینستا|فیس\s?بوک|لینکدین|توییتر|تیک\s?تاک|یوتیوب|تلگرام|واتس\s?اپ|آپارات|پینترست))|بودجه|اینفلوئنسر|اینفلوانسر|بلاگر)",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Phrases();
}

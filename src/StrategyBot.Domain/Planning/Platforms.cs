using System.Text.RegularExpressions;
using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Planning;

/// <summary>Recognises platform names as users type them, in English and Persian.</summary>
public static partial class Platforms
{
    private static readonly Dictionary<string, Platform> Aliases = new(StringComparer.Ordinal)
    {
        ["instagram"] = Platform.Instagram, ["insta"] = Platform.Instagram, ["ig"] = Platform.Instagram,
        ["اینستاگرام"] = Platform.Instagram, ["اینستا"] = Platform.Instagram, ["اینستگرام"] = Platform.Instagram,
        ["facebook"] = Platform.Facebook, ["fb"] = Platform.Facebook, ["فیسبوک"] = Platform.Facebook,
        ["linkedin"] = Platform.LinkedIn, ["لینکدین"] = Platform.LinkedIn, ["لینکداین"] = Platform.LinkedIn,
        ["x"] = Platform.X, ["twitter"] = Platform.X, ["xtwitter"] = Platform.X, ["twitterx"] = Platform.X,
        ["توییتر"] = Platform.X, ["تویتر"] = Platform.X, ["ایکس"] = Platform.X,
        ["tiktok"] = Platform.TikTok, ["تیکتاک"] = Platform.TikTok,
        ["youtube"] = Platform.YouTube, ["yt"] = Platform.YouTube, ["یوتیوب"] = Platform.YouTube, ["یوتوب"] = Platform.YouTube,
        ["telegram"] = Platform.Telegram, ["tg"] = Platform.Telegram, ["تلگرام"] = Platform.Telegram,
        ["whatsapp"] = Platform.WhatsApp, ["wa"] = Platform.WhatsApp, ["واتساپ"] = Platform.WhatsApp, ["واتسآپ"] = Platform.WhatsApp,
        ["pinterest"] = Platform.Pinterest, ["پینترست"] = Platform.Pinterest,
        ["aparat"] = Platform.Aparat, ["آپارات"] = Platform.Aparat, ["اپارات"] = Platform.Aparat,
        ["threads"] = Platform.Threads, ["تردز"] = Platform.Threads,
    };

    public static IReadOnlyList<Platform> All { get; } = Enum.GetValues<Platform>();

    /// <summary>Parses one platform name: "insta", "Instagram", "IG", "اینستاگرام", "X (Twitter)".</summary>
    public static bool TryParse(string? text, out Platform platform)
    {
        platform = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = new string(TextNormalizer.ForMatching(text.Trim()).Where(char.IsLetterOrDigit).ToArray());
        return Aliases.TryGetValue(key, out platform);
    }

    /// <summary>
    /// The platform a mistyped name most likely means ("instagarm", "linkdin", "تلگرم"), for a "did you mean …?";
    /// null when the text is a platform already, is too short to guess from, or is as close to two platforms.
    /// One edit (a letter added, dropped, changed, or two swapped) is allowed up to six letters, two beyond.
    /// </summary>
    public static Platform? Suggest(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TryParse(text, out _))
        {
            return null;
        }

        var key = new string(TextNormalizer.ForMatching(text.Trim()).Where(char.IsLetterOrDigit).ToArray());
        if (key.Length < 4)
        {
            return null;
        }

        var allowed = key.Length <= 6 ? 1 : 2;
        var closest = Aliases
            .Where(a => a.Key.Length >= 4)
            .Select(a => (a.Value, Distance: EditDistance.Between(key, a.Key)))
            .Where(c => c.Distance <= allowed)
            .GroupBy(c => c.Distance)
            .OrderBy(g => g.Key)
            .FirstOrDefault()?
            .Select(c => c.Value)
            .Distinct()
            .ToList();
        return closest is [var only] ? only : null;
    }

    /// <summary>The platforms mentioned in free text, in order of first mention, without repeats.</summary>
    public static IReadOnlyList<Platform> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindMentions(TextNormalizer.ForMatching(text)).Select(m => m.Platform).Distinct().ToList();
    }

    public static string EnglishName(Platform platform) => platform switch
    {
        Platform.LinkedIn => "LinkedIn",
        Platform.X => "X (Twitter)",
        Platform.TikTok => "TikTok",
        Platform.YouTube => "YouTube",
        Platform.WhatsApp => "WhatsApp",
        _ => platform.ToString(),
    };

    /// <summary>Mentions in text already folded by <see cref="TextNormalizer.ForMatching"/>.</summary>
    internal static IReadOnlyList<PlatformMention> FindMentions(string folded)
    {
        var mentions = new List<PlatformMention>();
        foreach (Match match in MentionPattern().Matches(folded))
        {
            var key = new string(match.Value.Where(char.IsLetterOrDigit).ToArray());
            if (Aliases.TryGetValue(key, out var platform))
            {
                mentions.Add(new PlatformMention(platform, match.Index, match.Length));
            }
        }

        return mentions;
    }

    // English aliases need a boundary on both sides ("x" must not match "x2" or "box"); Persian ones only
    // at the start, because Persian attaches suffixes ("اینستاگراممان", "تلگرامی").
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:instagram|insta|ig|facebook|fb|linked\s?in|twitter|x|tik\s?tok|youtube|yt|telegram|whats\s?app|pinterest|aparat|threads)(?![\p{L}\p{N}])"
        + @"|(?<!\p{L})(?:اینستاگرام|اینستگرام|اینستا|فیس\s?بوک|لینکد\s?این|لینکدین|توییتر|تویتر|ایکس|تیک\s?تاک|یوتیوب|یوتوب|تلگرام|واتس\s?آپ|واتس\s?اپ|پینترست|آپارات|اپارات|تردز)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}

namespace StrategyBot.App.Localization;

/// <summary>Chooses the conversation language and names it for cards and cultures.</summary>
public static class Languages
{
    /// <summary>"fa" and "fa-*" (for example "fa-IR") are Persian; anything else, or nothing, is English.</summary>
    public static Language FromLocale(string? locale)
    {
        var primary = locale?.Trim().Split('-', '_')[0];
        return string.Equals(primary, "fa", StringComparison.OrdinalIgnoreCase) ? Language.Persian : Language.English;
    }

    /// <summary>The user's explicit choice (the language command) wins over the client's locale.</summary>
    public static Language Resolve(Language? userChoice, string? locale) => userChoice ?? FromLocale(locale);

    /// <summary>The other language, for the language toggle.</summary>
    public static Language Toggle(Language language) =>
        language == Language.Persian ? Language.English : Language.Persian;

    /// <summary>The two-letter ISO 639-1 code, as the card's <c>lang</c> wants it.</summary>
    public static string Code(Language language) => language == Language.Persian ? "fa" : "en";

    /// <summary>Whether text in this language runs right to left.</summary>
    public static bool IsRightToLeft(Language language) => language == Language.Persian;

    /// <summary>
    /// Reads a language name typed after the language command ("fa", "persian", "farsi", "فارسی", "en",
    /// "english", "انگلیسی"); false when the text names neither.
    /// </summary>
    public static bool TryParse(string? text, out Language language)
    {
        var name = text?.Trim().ToLowerInvariant() ?? string.Empty;
        switch (name)
        {
            case "fa" or "fa-ir" or "persian" or "farsi" or "فارسی" or "پارسی":
                language = Language.Persian;
                return true;
            case "en" or "en-us" or "en-gb" or "english" or "انگلیسی":
                language = Language.English;
                return true;
            default:
                language = Language.English;
                return false;
        }
    }
}

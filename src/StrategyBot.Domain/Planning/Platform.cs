namespace StrategyBot.Domain.Planning;

/// <summary>The social platforms a plan can target.</summary>
public enum Platform
{
    Instagram,
    Facebook,
    LinkedIn,
    X,
    TikTok,
    YouTube,
    Telegram,
    WhatsApp,
    Pinterest,
    Aparat,
    Threads,
}

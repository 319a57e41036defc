namespace StrategyBot.App.Localization;

/// <summary>The languages StrategyBot speaks; every text exists in both.</summary>
public enum Language
{
    English,
    Persian,
}

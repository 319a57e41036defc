using System.Security.Cryptography;
using System.Text;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>Stable version stamps: the same names give the same stamp in every process and on every machine.</summary>
internal static class VersionStamp
{
    public static string From(string kind, IEnumerable<string> parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return $"{kind}-{Convert.ToHexStringLower(hash.AsSpan(0, 6))}";
    }
}

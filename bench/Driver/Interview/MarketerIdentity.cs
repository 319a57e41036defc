using System.Globalization;

namespace StrategyBot.Bench.Interview;

/// <summary>Who one simulated marketer is: their own tenant, user and personal conversation.</summary>
internal sealed record MarketerIdentity(string TenantId, string UserId, string AadObjectId, string ConversationId)
{
    /// <summary>A marketer of run <paramref name="run"/> (a short label) and number <paramref name="index"/>.</summary>
    public static MarketerIdentity Create(string run, int index)
    {
        var number = index.ToString("D6", CultureInfo.InvariantCulture);
        var runHash = (uint)StableHash(run) % 100_000;
        var tenant = $"b0000000-0000-4000-8000-{runHash:D6}{number}";
        var aad = $"a0000000-0000-4000-8000-{runHash:D6}{number}";
        return new MarketerIdentity(tenant, "29:bench-" + run + "-" + number, aad, "a:bench-" + run + "-" + number);
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash & int.MaxValue;
    }
}

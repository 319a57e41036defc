using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.TeamPlans;

/// <summary>
/// The members of a channel or group chat, read through the connector's paged members API and kept briefly: a busy
/// thread asks on every write, and Teams allows a bot about 14 member reads per second per conversation
/// (docs/bot-protocol.md#rate-limits). Entries live <see cref="Lifetime"/>; at most <see cref="MaxConversations"/> are
/// kept (the oldest goes first) and at most <see cref="MaxPages"/> pages are read per conversation, so neither a huge
/// team nor many teams can grow the process without bound.
/// </summary>
internal sealed class ConversationRoster(ConnectorClient connector, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    public const int MaxConversations = 500;
    public const int MaxPages = 20;
    public const int PageSize = 500;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (DateTimeOffset Read, IReadOnlyDictionary<string, TeamMember> Members)> _cache = new(StringComparer.Ordinal);

    /// <summary>The members by <see cref="MemberId"/> and by Teams id; from the cache when read within <see cref="Lifetime"/>.</summary>
    public async Task<IReadOnlyDictionary<string, TeamMember>> GetAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var key = TopLevel(conversationId);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var held) && now - held.Read < Lifetime)
            {
                return held.Members;
            }
        }

        var members = new Dictionary<string, TeamMember>(StringComparer.Ordinal);
        string? token = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await connector.GetPagedMembersAsync(serviceUrl, key, token, PageSize, cancellationToken);
            foreach (var account in result.Members ?? [])
            {
                if (account is not null && MemberId(account) is { } id)
                {
                    // Also under the Teams id, which is all a mention entity carries.
                    var member = new TeamMember(id, string.IsNullOrWhiteSpace(account.Name) ? id : account.Name.Trim());
                    members[id] = member;
                    if (account.Id is { Length: > 0 } teamsId)
                    {
                        members[teamsId] = member;
                    }
                }
            }

            token = result.ContinuationToken;
            if (string.IsNullOrEmpty(token))
            {
                break;
            }
        }

        lock (_lock)
        {
            _cache[key] = (now, members);
            while (_cache.Count > MaxConversations)
            {
                _cache.Remove(_cache.MinBy(pair => pair.Value.Read).Key);
            }
        }

        return members;
    }

    /// <summary>Forgets a conversation's members, after Teams said someone joined or left.</summary>
    public void Forget(string conversationId)
    {
        lock (_lock)
        {
            _cache.Remove(TopLevel(conversationId));
        }
    }

    /// <summary>The id the plan knows a person by: the lower-cased Entra object id, else the Teams id (as <see cref="TurnScope"/>).</summary>
    public static string? MemberId(ChannelAccount account) =>
        account.AadObjectId is { Length: > 0 } aad ? aad.ToLowerInvariant() : (string.IsNullOrWhiteSpace(account.Id) ? null : account.Id);

    /// <summary>A channel thread ("…;messageid=…") has the members of its channel.</summary>
    public static string TopLevel(string conversationId) => conversationId.Split(';', 2)[0];
}

namespace StrategyBot.BotFramework.Protocol;

/// <summary>One page of a conversation's members (<c>GET v3/conversations/{id}/pagedmembers</c>).</summary>
public sealed class PagedMembersResult
{
    /// <summary>The members on this page: id, name, Entra object id.</summary>
    public IList<ChannelAccount>? Members { get; set; }

    /// <summary>Pass it back to read the next page; null or empty on the last page.</summary>
    public string? ContinuationToken { get; set; }
}

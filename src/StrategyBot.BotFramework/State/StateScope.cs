namespace StrategyBot.BotFramework.State;

/// <summary>
/// Whose state a turn reads and writes: a kind (<see cref="StateScopeKind"/>), the tenant and the id of the user or
/// conversation within it. Stores take this, never a string someone built, so a new kind of scope (a channel's shared
/// state next to each user's own) needs no change to any store, and no two kinds can ever meet in one key.
/// </summary>
/// <remarks>
/// <see cref="Key"/> is the stable text a store files the scope under: "tenant|u|user" or "tenant|c|conversation".
/// Inside each id, "%" and "|" are written as "%" plus four hex digits, and so are control characters and lone
/// surrogates (which no text encoding carries intact), so the key splits back into exactly the ids it was made from.
/// Equality is by key. <see cref="ToString"/> names only the kind, because ids are personal data and must not reach
/// a log by accident.
/// </remarks>
public sealed class StateScope : IEquatable<StateScope>
{
    private const char Separator = '|';
    private const string UserMark = "u";
    private const string ConversationMark = "c";

    private StateScope(StateScopeKind kind, string tenantId, string id, string key)
    {
        Kind = kind;
        TenantId = tenantId;
        Id = id;
        Key = key;
    }

    /// <summary>Whose state this is.</summary>
    public StateScopeKind Kind { get; }

    /// <summary>The tenant the user or conversation belongs to.</summary>
    public string TenantId { get; }

    /// <summary>The user's id (<see cref="StateScopeKind.User"/>) or the conversation's (<see cref="StateScopeKind.Conversation"/>).</summary>
    public string Id { get; }

    /// <summary>The stable, reversible text of the scope (see the remarks); what a store keys it by.</summary>
    public string Key { get; }

    /// <summary>The state of one user in one tenant.</summary>
    public static StateScope ForUser(string tenantId, string userId) => Create(StateScopeKind.User, tenantId, userId);

    /// <summary>The state of one conversation (a channel or a group chat) in one tenant.</summary>
    public static StateScope ForConversation(string tenantId, string conversationId) =>
        Create(StateScopeKind.Conversation, tenantId, conversationId);

    /// <summary>The scope whose <see cref="Key"/> is <paramref name="key"/>; throws <see cref="FormatException"/> for anything else.</summary>
    public static StateScope Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split(Separator);
        var kind = parts.Length == 3 ? KindOf(parts[1]) : null;
        if (kind is null || parts[0].Length == 0 || parts[2].Length == 0)
        {
            throw new FormatException("Not a state scope: expected \"<tenant>|u|<user>\" or \"<tenant>|c|<conversation>\".");
        }

        var tenantId = Unescape(parts[0]);
        var id = Unescape(parts[2]);
        if (string.IsNullOrWhiteSpace(tenantId) || string.IsNullOrWhiteSpace(id))
        {
            throw new FormatException("Not a state scope: a scope names a tenant and an id.");
        }

        var scope = Create(kind.Value, tenantId, id);

        // Only the one spelling Create writes is a scope; anything else would be a second key for the same state.
        return string.Equals(scope.Key, key, StringComparison.Ordinal)
            ? scope
            : throw new FormatException("Not a state scope: its ids are not escaped the way a scope writes them.");
    }

    /// <inheritdoc />
    public bool Equals(StateScope? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StateScope);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>The kind only: ids are personal data.</summary>
    public override string ToString() => $"{Kind} scope";

    private static StateScope Create(StateScopeKind kind, string tenantId, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var mark = kind switch
        {
            StateScopeKind.User => UserMark,
            StateScopeKind.Conversation => ConversationMark,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of scope."),
        };
        var key = string.Concat(Escape(tenantId), Separator.ToString(), mark, Separator.ToString(), Escape(id));
        return new StateScope(kind, tenantId, id, key);
    }

    private static StateScopeKind? KindOf(string mark) => mark switch
    {
        UserMark => StateScopeKind.User,
        ConversationMark => StateScopeKind.Conversation,
        _ => null,
    };

    private static string Escape(string value) => KeyEscaping.Escape(value, IsRefused);

    private static string Unescape(string text) => KeyEscaping.Unescape(text, "a state scope");

    // The separator splits the key; control characters have no place in a key a person may read in a log or a table.
    private static bool IsRefused(char c) => c == Separator || char.IsControl(c);
}

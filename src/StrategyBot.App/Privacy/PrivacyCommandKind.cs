namespace StrategyBot.App.Privacy;

/// <summary>What a message asks of the privacy commands.</summary>
internal enum PrivacyCommandKind
{
    Export,
    Delete,
    ConfirmDelete,
    CancelDelete,
}

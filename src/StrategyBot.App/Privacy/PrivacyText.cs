namespace StrategyBot.App.Privacy;

/// <summary>Every user-facing text of the privacy commands; <see cref="PrivacyTexts"/> holds English and Persian side by side.</summary>
internal enum PrivacyText
{
    // The export card.
    ExportTitle,
    ExportIntro,
    ExportNothingStored,
    ExportDocument,
    ExportRows,
    ExportDownloadButton,
    ExportLinkNote,
    ExportNoLink,
    ExportFallback,

    // What each stored item is.
    ItemPlan,
    ItemProfile,
    ItemReference,
    ItemProcessed,
    ItemDialogs,
    ItemCheckIns,
    ItemInterview,
    ItemPrivacy,
    ItemOther,
    ItemUnreadableCopy,
    ItemCheckInHistory,
    ItemCheckInSchedule,

    // Deleting.
    DeleteTitle,
    DeleteWarning,
    DeleteConfirmButton,
    DeleteCancelButton,
    DeleteTypeHint,
    DeleteFallback,
    DeleteDone,
    DeleteCancelled,
    DeleteExpired,
    DeleteNothingPending,
}

namespace StrategyBot.App.Privacy;

/// <summary>
/// The privacy texts, English and Persian side by side so a reviewer reads both at once. Read through
/// <see cref="Localization.Texts"/>; placeholders are plain "{0}".
/// </summary>
internal static class PrivacyTexts
{
    public static IEnumerable<KeyValuePair<PrivacyText, (string English, string Persian)>> Entries() => new Dictionary<PrivacyText, (string, string)>
    {
        { PrivacyText.ExportTitle, ("Your data", "اطلاعات شما") },
        { PrivacyText.ExportIntro, ("This is everything StrategyBot stores about you.", "این همهٔ چیزی است که StrategyBot دربارهٔ شما نگه می‌دارد.") },
        { PrivacyText.ExportNothingStored, ("I don't store anything about you right now.", "در حال حاضر هیچ اطلاعاتی از شما نگه نمی‌دارم.") },
        { PrivacyText.ExportDocument, ("{0} KB", "{0} کیلوبایت") },
        { PrivacyText.ExportRows, ("{0} entries", "{0} مورد") },
        { PrivacyText.ExportDownloadButton, ("Download my data (JSON)", "دریافت اطلاعات من (JSON)") },
        { PrivacyText.ExportLinkNote, ("The download link works for {0} minutes and only for this copy of your data. Don't share it.", "پیوند دریافت فقط {0} دقیقه و فقط برای همین نسخه از اطلاعات شما کار می‌کند. آن را با کسی به اشتراک نگذارید.") },
        { PrivacyText.ExportNoLink, ("Downloads are not set up on this server yet; ask your Teams admin for a copy.", "امکان دریافت فایل هنوز روی این سرور راه‌اندازی نشده است؛ برای دریافت نسخه از مدیر Teams خود بخواهید.") },
        { PrivacyText.ExportFallback, ("Your data: everything StrategyBot stores about you, with a download link.", "اطلاعات شما: همهٔ چیزهایی که StrategyBot دربارهٔ شما نگه می‌دارد، همراه با پیوند دریافت.") },
        { PrivacyText.ItemPlan, ("Your marketing plan", "برنامهٔ بازاریابی شما") },
        { PrivacyText.ItemProfile, ("Language, time zone and settings", "زبان، منطقهٔ زمانی و تنظیمات") },
        { PrivacyText.ItemReference, ("How to reach you in Teams", "نشانی گفتگوی شما در Teams") },
        { PrivacyText.ItemProcessed, ("Recent message ids (to ignore repeats)", "شناسهٔ پیام‌های اخیر (برای نادیده گرفتن تکراری‌ها)") },
        { PrivacyText.ItemDialogs, ("Where you are in the conversation", "جای شما در گفتگو") },
        { PrivacyText.ItemCheckIns, ("Weekly check-in settings", "تنظیمات گزارش هفتگی") },
        { PrivacyText.ItemInterview, ("Interview progress", "پیشرفت مصاحبه") },
        { PrivacyText.ItemPrivacy, ("Privacy requests", "درخواست‌های حریم خصوصی") },
        { PrivacyText.ItemOther, ("Other conversation data", "دیگر اطلاعات گفتگو") },
        { PrivacyText.ItemUnreadableCopy, ("Kept copy of saved data I couldn't read", "نسخهٔ نگه‌داشتهٔ اطلاعاتی که نتوانستم بخوانم") },
        { PrivacyText.ItemCheckInHistory, ("Weekly check-in results", "نتایج گزارش‌های هفتگی") },
        { PrivacyText.ItemCheckInSchedule, ("Scheduled check-ins", "گزارش‌های زمان‌بندی‌شده") },
        { PrivacyText.DeleteTitle, ("Delete all your data?", "همهٔ اطلاعات شما پاک شود؟") },
        { PrivacyText.DeleteWarning, ("This removes your marketing plan, your check-in results and your settings for good, and stops the weekly check-ins. It can't be undone.", "این کار برنامهٔ بازاریابی، نتایج گزارش‌های هفتگی و تنظیمات شما را برای همیشه پاک می‌کند و گزارش‌های هفتگی را متوقف می‌کند. بازگشت‌پذیر نیست.") },
        { PrivacyText.DeleteConfirmButton, ("Yes, delete everything", "بله، همه را پاک کن") },
        { PrivacyText.DeleteCancelButton, ("No, keep my data", "نه، نگه دار") },
        { PrivacyText.DeleteTypeHint, ("You can also type \"yes\" or \"no\".", "می‌توانید «بله» یا «نه» هم بنویسید.") },
        { PrivacyText.DeleteFallback, ("Delete all your data? Type \"yes\" to delete everything or \"no\" to keep it.", "همهٔ اطلاعات شما پاک شود؟ برای پاک کردن «بله» و برای نگه داشتن «نه» بنویسید.") },
        { PrivacyText.DeleteDone, ("Done: everything I stored about you is deleted and the weekly check-ins are stopped. If you write to me again, we'll start fresh.", "انجام شد: همهٔ اطلاعاتی که از شما نگه داشته بودم پاک شد و گزارش‌های هفتگی متوقف شد. اگر دوباره پیام بدهید، از نو شروع می‌کنیم.") },
        { PrivacyText.DeleteCancelled, ("OK, nothing was deleted.", "باشه، چیزی پاک نشد.") },
        { PrivacyText.DeleteExpired, ("That delete request has expired, so nothing was deleted. Send \"delete my data\" to start again.", "آن درخواست حذف منقضی شده و چیزی پاک نشد. برای شروع دوباره «حذف اطلاعات من» را بفرستید.") },
        { PrivacyText.DeleteNothingPending, ("There's no delete request waiting, so nothing was deleted.", "درخواست حذفی در انتظار نیست، پس چیزی پاک نشد.") },
    };
}

using StrategyBot.App.CheckIns;
using StrategyBot.App.Interview;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.MessageExtensions;
using StrategyBot.App.PlanDocument;
using StrategyBot.App.Privacy;

namespace StrategyBot.App.Localization;

/// <summary>
/// Every catalogue of user-facing text, one per feature area. Adding a catalogue is a key enum, its entries and one
/// line here; <see cref="Texts"/> then finds it by key type and the parity test checks it.
/// </summary>
internal static class TextCatalogues
{
    public static TextCatalogue<TextKey> Bot { get; } = new("Bot", BotTexts.Entries());

    public static TextCatalogue<InterviewText> Interview { get; } = new("Interview", InterviewTexts.Entries());

    public static TextCatalogue<FormText> Forms { get; } = new("Forms", FormTexts.Entries());

    public static TextCatalogue<ObjectiveText> Objectives { get; } = new("Objectives", ObjectiveTexts.Entries());

    public static TextCatalogue<NameText> Names { get; } = new("Names", NameTexts.Entries());

    public static TextCatalogue<CheckInText> CheckIns { get; } = new("CheckIns", CheckInTexts.Entries());

    public static TextCatalogue<PrivacyText> Privacy { get; } = new("Privacy", PrivacyTexts.Entries());

    public static TextCatalogue<MessageExtensionText> MessageExtensions { get; } = new("MessageExtensions", MessageExtensionTexts.Entries());

    public static TextCatalogue<DocumentText> Document { get; } = new("Document", DocumentTexts.Entries());

    /// <summary>Every key of every catalogue, for the parity test and for reviewers.</summary>
    public static IEnumerable<TextRow> Rows() =>
        Bot.Rows().Concat(Interview.Rows()).Concat(Forms.Rows()).Concat(Objectives.Rows()).Concat(Names.Rows()).Concat(CheckIns.Rows()).Concat(Privacy.Rows())
            .Concat(MessageExtensions.Rows())
            .Concat(Document.Rows());

    public static TextCatalogue<TKey> Of<TKey>()
        where TKey : struct, Enum => ByKey<TKey>.Catalogue;

    // Resolved once per key type, so a lookup costs one static field read and one frozen-dictionary hit.
    private static class ByKey<TKey>
        where TKey : struct, Enum
    {
        public static readonly TextCatalogue<TKey> Catalogue =
            new object[] { Bot, Interview, Forms, Objectives, Names, CheckIns, Privacy, MessageExtensions, Document }.OfType<TextCatalogue<TKey>>().SingleOrDefault()
            ?? throw new InvalidOperationException($"No text catalogue is keyed by {typeof(TKey).Name}.");
    }
}

using System.Text.Json.Nodes;
using StrategyBot.App.Localization;
using StrategyBot.App.Privacy;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// "export my plan": in the personal chat a file consent card (the Teams way for a bot to hand over a file), and the
/// consent's answer: after Allow the file is made afresh and PUT to the upload URL Teams gave, then shown with a file
/// info card; after Decline, or where no consent card is possible (group chats and channels, see
/// docs/bot-protocol.md#file-consent), or when the upload fails, short-lived download links. Reads the plan only.
/// </summary>
internal sealed class PlanExportTurnHandler(
    PlanDocuments documents,
    PlanFileUploader uploader,
    ExportLinks links,
    ILogger<PlanExportTurnHandler> logger)
{
    private const string ContextMarker = "planDocument";
    private const string ContextLanguage = "language";

    /// <summary>Answers the export command; false when the message is not one.</summary>
    public async Task<bool> TryHandleMessageAsync(TurnContext turn, StateSet state, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (PlanExportCommands.Parse(turn.Activity) is not { } format)
        {
            return false;
        }

        var file = await documents.CreateAsync(state, language, format, cancellationToken);
        if (file is null)
        {
            turn.SendText(Texts.Get(language, DocumentText.NothingToExport));
            return true;
        }

        if (!IsPersonalChat(turn.Activity))
        {
            Log.PlanDocumentOffered(logger, format, file.Bytes.Length, "link");
            SendLinks(turn, state, language, lead: null);
            return true;
        }

        Log.PlanDocumentOffered(logger, format, file.Bytes.Length, "consent");
        var context = new JsonObject { [ContextMarker] = format.ToString(), [ContextLanguage] = Languages.Code(language) };
        var description = Texts.Format(language, DocumentText.ConsentDescription, format == PlanDocumentFormat.Markdown ? "Markdown" : "Word");
        turn.Send(new Activity
        {
            Attachments = [FileConsent.ConsentCard(file.FileName, description, file.Bytes.Length, context)],
        });
        turn.SendText(Texts.Get(language, DocumentText.ConsentSent));
        return true;
    }

    /// <summary>The user's Allow or Decline on a consent card. The invoke is answered with an empty 200.</summary>
    public async Task HandleConsentAsync(TurnContext turn, StateSet state, Language fallbackLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var answer = FileConsent.Read(turn.Activity);
        var context = answer?.Context;
        var language = context?[ContextLanguage] is JsonValue code && Languages.TryParse((string?)code, out var chosen) ? chosen : fallbackLanguage;
        PlanDocumentFormat? format = context?[ContextMarker] is JsonValue marker && Enum.TryParse<PlanDocumentFormat>((string?)marker, out var parsed) ? parsed : null;
        if (answer is null || format is null)
        {
            Log.PlanConsentAnswered(logger, "unreadable");
            turn.SendText(Texts.Get(language, DocumentText.OfferExpired));
            return;
        }

        if (!answer.Accepted)
        {
            Log.PlanConsentAnswered(logger, "declined");
            SendLinks(turn, state, language, Texts.Get(language, DocumentText.Declined));
            return;
        }

        Log.PlanConsentAnswered(logger, "accepted");
        var file = await documents.CreateAsync(state, language, format.Value, cancellationToken);
        if (file is null)
        {
            turn.SendText(Texts.Get(language, DocumentText.NothingToExport));
            return;
        }

        if (answer.UploadUrl is { } uploadUrl && await uploader.UploadAsync(uploadUrl, file, cancellationToken))
        {
            turn.SendText(Texts.Get(language, DocumentText.Uploaded));
            turn.Send(new Activity { Attachments = [FileConsent.InfoCard(answer)] });
            return;
        }

        SendLinks(turn, state, language, Texts.Get(language, DocumentText.UploadFailed));
    }

    // Teams offers file consent cards to bots in personal chats only (docs/bot-protocol.md#file-consent).
    private static bool IsPersonalChat(Activity activity) =>
        activity.Conversation is { } conversation
        && conversation.IsGroup != true
        && (conversation.ConversationType is null || string.Equals(conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase));

    private void SendLinks(TurnContext turn, StateSet state, Language language, string? lead)
    {
        var word = PlanDocumentEndpoint.CreateUrl(links, state.Scope, PlanDocumentFormat.Word, language);
        var markdown = PlanDocumentEndpoint.CreateUrl(links, state.Scope, PlanDocumentFormat.Markdown, language);
        turn.Send(new Activity { Attachments = [Attachment.AdaptiveCard(PlanLinksCard.Build(lead, word, markdown, links.Lifetime, language))] });
    }
}

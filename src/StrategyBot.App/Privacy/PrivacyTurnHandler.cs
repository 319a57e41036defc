using Microsoft.Extensions.Options;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Privacy;

/// <summary>
/// "export my data" and "delete my data" (English and Persian, typed or from a card). It runs before any other
/// routing, so the commands work in the middle of the interview, and it works on the turn's loaded scope: an export
/// costs only the reads of the other tables, and an ordinary message costs nothing. Everything is keyed by the
/// scope the pipeline built from the authenticated activity; nothing in the message can name another user.
/// </summary>
internal sealed class PrivacyTurnHandler(
    UserDataCollector collector,
    UserDataEraser eraser,
    ExportLinks links,
    IOptions<PrivacyOptions> options,
    TimeProvider time,
    ILogger<PrivacyTurnHandler> logger)
{
    public async Task<PrivacyOutcome> HandleAsync(TurnContext turn, StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var activity = turn.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return PrivacyOutcome.NotHandled;
        }

        var pending = PendingDeletion.RequestedAt(state);
        var command = PrivacyCommands.Parse(activity) ?? (pending is null ? null : PrivacyCommands.ParseAnswer(activity));
        if (command is null)
        {
            if (pending is not null)
            {
                // Anything but yes or no withdraws the request, so a "yes" meant for a later question never deletes.
                PendingDeletion.Clear(state);
            }

            return PrivacyOutcome.NotHandled;
        }

        var language = LanguageOf(state, activity);

        // Reading the language sets an unreadable profile aside; the user hears of it on their next ordinary message.
        UnreadableDocumentNotice.Report(state, logger);
        switch (command)
        {
            case PrivacyCommandKind.Export:
                return await ExportAsync(turn, state, language, cancellationToken);
            case PrivacyCommandKind.Delete:
                PendingDeletion.Request(state, time.GetUtcNow());
                Log.DeletionRequested(logger);
                turn.Send(new Activity { Attachments = [Attachment.AdaptiveCard(DeleteConfirmCard.Build(language))] });
                return PrivacyOutcome.Handled;
            case var _ when pending is null:
                // A Confirm or Cancel tapped on an old card: there is nothing to confirm, and nothing to store.
                turn.SendText(Texts.Get(language, PrivacyText.DeleteNothingPending));
                return PrivacyOutcome.HandledSaveNothing;
            case PrivacyCommandKind.CancelDelete:
                PendingDeletion.Clear(state);
                turn.SendText(Texts.Get(language, PrivacyText.DeleteCancelled));
                return PrivacyOutcome.Handled;
            case var _ when time.GetUtcNow() - pending > options.Value.DeleteConfirmationTimeout:
                PendingDeletion.Clear(state);
                turn.SendText(Texts.Get(language, PrivacyText.DeleteExpired));
                return PrivacyOutcome.Handled;
            default:
                await eraser.EraseAsync(state.Scope, cancellationToken);
                Log.UserDataErased(logger);
                turn.SendText(Texts.Get(language, PrivacyText.DeleteDone));
                return PrivacyOutcome.HandledSaveNothing;
        }
    }

    private async Task<PrivacyOutcome> ExportAsync(TurnContext turn, StateSet state, Language language, CancellationToken cancellationToken)
    {
        var data = await collector.CollectAsync(state, cancellationToken);
        var url = data.IsEmpty ? null : links.CreateUrl(state.Scope);
        var rows = data.Tables.Sum(t => t.Rows.Count);
        Log.ExportPrepared(logger, data.Documents.Count, rows, url is not null);
        turn.Send(new Activity { Attachments = [Attachment.AdaptiveCard(ExportCard.Build(data, url, links.Lifetime, language))] });

        // Someone with nothing stored keeps nothing stored by asking.
        return data.IsEmpty ? PrivacyOutcome.HandledSaveNothing : PrivacyOutcome.Handled;
    }

    private static Language LanguageOf(StateSet state, Activity activity)
    {
        var profile = TurnState.Of(state).Profile;
        return Languages.Resolve(profile.LanguageChoice, activity.GetLocale() ?? profile.LastLocale);
    }
}

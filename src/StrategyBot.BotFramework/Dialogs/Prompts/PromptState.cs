using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// What a waiting prompt keeps on the stack. The small options are read on every answer; the question activities
/// (often a whole card, kilobytes of JSON) sit under keys of their own and are only read when the question must be
/// sent again. When the waterfall step that asked can rebuild the question, those keys hold just <c>true</c> and
/// the question is built afresh by that step instead of being stored, read and written back every turn.
/// </summary>
internal static class PromptState
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";
    private const string PromptKey = "prompt";
    private const string RetryPromptKey = "retryPrompt";
    private const string LocaleKey = "locale";

    public static void Begin(DialogContext dc, PromptOptions options)
    {
        var instance = dc.ActiveDialog!;
        var json = DialogJson.ToObject(options, nameof(PromptOptions));
        if (options.Locale is null && (options.Prompt?.Locale ?? options.RetryPrompt?.Locale) is { } locale)
        {
            json[LocaleKey] = locale;
        }

        instance.State[OptionsKey] = json;
        instance.State[AttemptsKey] = 0;
        var rebuild = Owner(dc) is { } owner && owner.Dialog.CanRebuildPrompt(owner.Instance);
        Keep(instance, PromptKey, options.Prompt, rebuild);
        Keep(instance, RetryPromptKey, options.RetryPrompt, rebuild);
    }

    public static PromptOptions LoadOptions(DialogInstance instance)
    {
        if (instance.State[OptionsKey] is not JsonObject json)
        {
            throw new InvalidOperationException($"Prompt '{instance.Id}' has no options on the stack.");
        }

        MoveOutQuestions(instance, json);
        return json.Deserialize<PromptOptions>(DialogJson.Options)
            ?? throw new InvalidOperationException($"Prompt '{instance.Id}' has no options on the stack.");
    }

    public static int NextAttempt(DialogInstance instance)
    {
        var attempts = (instance.State[AttemptsKey] is JsonValue count && count.TryGetValue<int>(out var n) ? n : 0) + 1;
        instance.State[AttemptsKey] = attempts;
        return attempts;
    }

    /// <summary>The question (or, with <paramref name="retry"/>, the retry activity) as kept or rebuilt; null when there is none.</summary>
    public static Activity? Question(DialogContext dc, bool retry)
    {
        var key = retry ? RetryPromptKey : PromptKey;
        return dc.ActiveDialog!.State[key] switch
        {
            JsonObject stored => stored.Deserialize<Activity>(DialogJson.Options),
            JsonValue => Rebuild(dc) is { } rebuilt ? (retry ? rebuilt.RetryPrompt : rebuilt.Prompt) : null,
            _ => null,
        };
    }

    private static void Keep(DialogInstance instance, string key, Activity? activity, bool rebuild)
    {
        if (activity is not null)
        {
            instance.State[key] = rebuild ? true : DialogJson.ToObject(activity, "The question");
        }
    }

    // The asking dialog sits right below the prompt on the same stack (a waterfall step began it).
    private static (Dialog Dialog, DialogInstance Instance)? Owner(DialogContext dc)
    {
        var stack = dc.MutableStack;
        return stack.Count >= 2 && dc.FindDialog(stack[^2].Id) is { } dialog ? (dialog, stack[^2]) : null;
    }

    private static PromptOptions? Rebuild(DialogContext dc) =>
        Owner(dc) is { } owner ? owner.Dialog.RebuildPrompt(dc, owner.Instance) : null;

    // Stacks written before the questions moved out of the options (they may wait in Table Storage for weeks) carry
    // them inside; moving them out once keeps those prompts working and the next save writes the small shape.
    private static void MoveOutQuestions(DialogInstance instance, JsonObject json)
    {
        if (json.TryGetPropertyValue(PromptKey, out var prompt) && json.Remove(PromptKey))
        {
            instance.State[PromptKey] = prompt;
            if (json[LocaleKey] is null && prompt is JsonObject activity && activity[LocaleKey] is JsonValue locale)
            {
                json[LocaleKey] = locale.DeepClone();
            }
        }

        if (json.TryGetPropertyValue(RetryPromptKey, out var retryPrompt) && json.Remove(RetryPromptKey))
        {
            instance.State[RetryPromptKey] = retryPrompt;
        }
    }
}

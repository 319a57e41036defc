namespace StrategyBot.BotFramework.Dialogs;

/// <summary>The dialogs a <see cref="DialogContext"/> can begin, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _byId = new(StringComparer.Ordinal);
    private readonly List<Dialog> _dialogs = [];

    /// <summary>Creates a set holding <paramref name="dialogs"/>.</summary>
    public DialogSet(params IEnumerable<Dialog> dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        foreach (var dialog in dialogs)
        {
            Add(dialog);
        }
    }

    /// <summary>Every dialog in the set, in the order added.</summary>
    public IReadOnlyList<Dialog> Dialogs => _dialogs;

    /// <summary>Adds a dialog; ids must be unique within the set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_byId.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        _dialogs.Add(dialog);

        return this;
    }

    /// <summary>The dialog with <paramref name="id"/>, or null.</summary>
    public Dialog? Find(string id) => _byId.GetValueOrDefault(id);
}

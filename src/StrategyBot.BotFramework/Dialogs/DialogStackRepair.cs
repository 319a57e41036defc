namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// Brings a stack persisted by an older deploy in line with today's dialogs before the turn runs, so nobody is
/// stranded: a changed dialog upgrades its instance (a waterfall resumes at the same-named step or restarts with
/// its values), and a dialog that no longer exists is removed with everything above it, after which the dialog
/// below asks its question again (or, with nothing below, the stack starts over).
/// </summary>
internal static class DialogStackRepair
{
    public static void Repair(DialogContext dc)
    {
        var stack = dc.MutableStack;
        for (var i = 0; i < stack.Count; i++)
        {
            var instance = stack[i];
            if (dc.FindDialog(instance.Id) is not { } dialog)
            {
                FrameworkLog.DialogMissingFromStack(dc.Logger, instance.Id, stack.Count - i - 1);
                Truncate(stack, i);
                if (i > 0 && dc.FindDialog(stack[i - 1].Id) is { } below)
                {
                    below.OnChildLost(stack[i - 1]);
                }

                return;
            }

            if (!string.Equals(instance.Version, dialog.Version, StringComparison.Ordinal) && dialog.Upgrade(instance, dc.Logger))
            {
                Truncate(stack, i + 1);
                instance.Children.Clear();
                return;
            }

            if (dialog.InnerDialogs is { } inner)
            {
                Repair(dc.CreateChild(inner, instance));
            }
        }
    }

    private static void Truncate(IList<DialogInstance> stack, int count)
    {
        while (stack.Count > count)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}

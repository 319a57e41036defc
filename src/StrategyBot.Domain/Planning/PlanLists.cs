namespace StrategyBot.Domain.Planning;

/// <summary>Changes to a plan's read-only lists, each made as a new list: a plan's values are never changed in place.</summary>
public static class PlanLists
{
    /// <summary>The list with <paramref name="item"/> at <paramref name="index"/>, replacing what was there, or added at the end when <paramref name="index"/> is past it.</summary>
    public static IReadOnlyList<T> PutAt<T>(this IReadOnlyList<T> items, int index, T item)
    {
        ArgumentNullException.ThrowIfNull(items);
        return index < items.Count ? [.. items.Take(index), item, .. items.Skip(index + 1)] : [.. items, item];
    }

    /// <summary>The list without the item at <paramref name="index"/>.</summary>
    public static IReadOnlyList<T> WithoutAt<T>(this IReadOnlyList<T> items, int index)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, items.Count);
        return [.. items.Take(index), .. items.Skip(index + 1)];
    }

    /// <summary>The index of the first item that <paramref name="match"/> accepts, or -1.</summary>
    public static int FindIndex<T>(this IReadOnlyList<T> items, Func<T, bool> match)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(match);
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

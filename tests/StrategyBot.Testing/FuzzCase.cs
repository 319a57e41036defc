namespace StrategyBot.Testing;

/// <summary>One generated request body and how it was made, for failure messages that let a case be replayed.</summary>
public sealed record FuzzCase(int Number, string Kind, byte[] Body)
{
    /// <summary>The start of the body as text, for a failure message.</summary>
    public string Preview(int length = 300)
    {
        var text = System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, length * 4));
        return text.Length <= length ? text : text[..length] + "…";
    }
}

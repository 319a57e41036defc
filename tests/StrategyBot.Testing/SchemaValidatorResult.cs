namespace StrategyBot.Testing;

/// <summary>The outcome of a schema check: whether the document is valid, and the first few errors if not.</summary>
/// <param name="IsValid">True when the document passed every check.</param>
/// <param name="Errors">"location: message" lines, at most <see cref="SchemaValidator.MaxErrors"/>.</param>
public sealed record SchemaValidatorResult(bool IsValid, IReadOnlyList<string> Errors)
{
    /// <summary>The errors on one line each, for assertion messages.</summary>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Errors);
}

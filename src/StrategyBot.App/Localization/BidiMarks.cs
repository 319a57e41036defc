namespace StrategyBot.App.Localization;

/// <summary>
/// Invisible direction marks for mixed Persian and Latin text. LRM and RLM are used rather than the newer
/// isolates (U+2066-U+2069) because every Teams client renders them, and CardText strips isolates from user text.
/// </summary>
public static class BidiMarks
{
    /// <summary>U+200E LEFT-TO-RIGHT MARK.</summary>
    public const string LeftToRight = "\u200E";

    /// <summary>U+200F RIGHT-TO-LEFT MARK.</summary>
    public const string RightToLeft = "\u200F";

    /// <summary>
    /// Keeps a Latin run such as "21 June 2027" in its own order inside Persian text: without the marks, the
    /// Unicode bidi algorithm treats its leading digits as Arabic numbers and moves them to the other end.
    /// </summary>
    public static string KeepLeftToRight(string text) => LeftToRight + text + LeftToRight;

    /// <summary>
    /// A Latin run in parentheses inside Persian text: "(21 June 2027)". The brackets are neutral characters that take
    /// their direction from their neighbours, so with only the run marked they can still pair with the wrong side
    /// and show as ")21 June 2027(". A right-to-left mark outside each bracket and a left-to-right mark inside it
    /// pins both: each bracket then sits between one strong Persian and one strong Latin neighbour and follows the
    /// paragraph's direction.
    /// </summary>
    public static string Parenthesised(string text) =>
        RightToLeft + "(" + KeepLeftToRight(text) + ")" + RightToLeft;

    /// <summary>
    /// Makes a plain-text message start right to left in clients that pick the direction from the first strong
    /// character (Teams chat does), so a Persian message that opens with "KPI" or a number still reads right.
    /// </summary>
    public static string StartRightToLeft(Language language, string text) =>
        Languages.IsRightToLeft(language) && !text.StartsWith(RightToLeft, StringComparison.Ordinal)
            ? RightToLeft + text
            : text;
}

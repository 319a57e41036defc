namespace StrategyBot.App.Interview;

/// <summary>What kind of answer a question wants; it picks the prompt, the card input and the parser.</summary>
internal enum QuestionKind
{
    /// <summary>A sentence or two, asked as a plain message.</summary>
    Text,

    /// <summary>Several short items: one per line or separated by commas.</summary>
    List,

    /// <summary>A list whose items are offered as a multi-select card (content formats); other items may be typed.</summary>
    ChoiceList,

    /// <summary>Social platforms, picked on a multi-select card or typed in either language.</summary>
    Platforms,

    /// <summary>Hashtags, normalised to "#tag".</summary>
    Hashtags,

    /// <summary>A number of at least zero.</summary>
    Number,

    /// <summary>One of a few options.</summary>
    Choice,

    /// <summary>Yes or no.</summary>
    Confirm,

    /// <summary>A date, Gregorian or Jalali.</summary>
    Date,

    /// <summary>The content/paid split in percent, "70/30".</summary>
    Split,

    /// <summary>The ad budget split per platform and strategy, totalling 100 %.</summary>
    Budget,

    /// <summary>How often to post, read as posts per week.</summary>
    Frequency,

    /// <summary>How fast to reply, read as hours.</summary>
    Hours,

    /// <summary>A currency name or ISO code.</summary>
    Currency,

    /// <summary>A platform's weekly rhythm: days with a format and a pillar, "Mon reel (recipes), Wed carousel".</summary>
    Rhythm,

    /// <summary>A question that builds its own prompt (see <see cref="InterviewQuestion.Ask"/>).</summary>
    Custom,
}

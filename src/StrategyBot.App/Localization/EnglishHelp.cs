namespace StrategyBot.App.Localization;

/// <summary>The English help message; long enough to read better as its own block than as one table line.</summary>
internal static class EnglishHelp
{
    public const string Text = """
        I'll coach you through a social media marketing plan with the **SOSTAC** model, one step at a time:

        - **Situation**: your business, personas, competitors, SWOT and where your social accounts stand today
        - **Objectives**: what you want to achieve, as SMART objectives
        - **Strategy**: which platforms, the split between content and paid social, and what makes you different
        - **Tactics**: content pillars, posting rhythm, hashtags, calls to action and the budget split
        - **Action**: who does what, and by when
        - **Control**: KPIs with targets and deadlines, and your weekly check-in

        You can type these at any time:

        - **start**: start a plan
        - **show my plan**: see your plan summary
        - **check in now**: report this week's numbers
        - **status**: see how far you are through the six steps
        - **summary**: see what you've told me so far
        - **edit** followed by a step, for example **edit objectives**: change that step
        - **back**: go back to the previous question
        - **skip**: skip an optional question
        - **cancel**: stop what we're doing now (your saved answers stay)
        - **restart**: start the plan again from the beginning
        - **language**: switch between English and Persian
        - **help**: show this message
        """;
}

namespace StrategyBot.App.Interview;

/// <summary>The commands a user can type at any question.</summary>
internal enum InterviewCommandKind
{
    Help,
    Back,
    Skip,
    Keep,
    Cancel,
    Restart,
    Status,
    Summary,
    Edit,
    Language,
    Resume,
    QuickCapture,
}

namespace StrategyBot.App.PlanDocument;

/// <summary>A generated plan document: its bytes, a file name and its content type.</summary>
internal sealed record PlanFile(byte[] Bytes, string FileName, string ContentType);

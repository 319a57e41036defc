namespace StrategyBot.App.PlanDocument;

internal static class PlanDocumentServiceCollectionExtensions
{
    /// <summary>
    /// "export my plan": the document builders, the file consent handling and an HTTP client for the OneDrive upload
    /// that carries no bot token. Needs AddCheckIns and AddPrivacy (the download links) first; map the download with
    /// <c>app.MapPlanDocument()</c>.
    /// </summary>
    public static IServiceCollection AddPlanDocument(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(PlanExportTurnHandler)))
        {
            return services;
        }

        // No auth or resilience handlers on purpose: the upload URL is pre-authorised, and a bot token must never go to it.
        services.AddHttpClient(PlanFileUploader.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<PlanDocuments>();
        services.AddSingleton<PlanFileUploader>();
        services.AddSingleton<PlanExportTurnHandler>();
        return services;
    }
}

using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Azure.Data.Tables;

namespace StrategyBot.App.Storage;

/// <summary>
/// Where the bot keeps its state: Azure Table Storage, the Cosmos DB Table API or a local Azurite, and the names of
/// its tables. Validated at startup so a missing setting fails the host instead of the first Teams message.
/// </summary>
public sealed partial class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>
    /// Account connection string. Deliberately no default: "UseDevelopmentStorage=true" comes from
    /// appsettings.Development.json only, so a production host without storage settings refuses to start.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Table endpoint for a managed identity (DefaultAzureCredential) instead of a connection string.</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>Per-scope bot state: dialog stack, dedupe ids, conversation reference and the user's plan.</summary>
    public string StateTable { get; set; } = "BotState";

    /// <summary>Weekly check-in records (issue 4).</summary>
    public string CheckInsTable { get; set; } = "CheckIns";

    /// <summary>The due-time index the check-in scheduler reads (issue 4).</summary>
    public string ScheduleTable { get; set; } = "CheckInSchedule";

    /// <summary>How often startup tries to reach storage and create the tables before the host gives up.</summary>
    public int StartupAttempts { get; set; } = 5;

    /// <summary>
    /// Memory for the states this instance wrote last (see <see cref="StateCache"/>), in MB as the cache counts it; 0
    /// turns the cache off and every turn reads its state again. A finished plan's state counts about 6.5 KB, so the
    /// default holds about 600 users active in the last 20 minutes. Sized for the 200 MB a bot instance is meant to
    /// stay under (bench/README.md): the process holds two to three times what the cache counts (entries replaced on
    /// every turn leave garbage in the older generations until the next full collection), so a full cache of 8 MB
    /// already took a long C = 64 run to 201 MB, against 180 MB with no cache.
    /// </summary>
    public int StateCacheMegabytes { get; set; } = 4;

    /// <summary>The table names, in the order they are created.</summary>
    public IReadOnlyList<string> TableNames => [StateTable, CheckInsTable, ScheduleTable];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (!hasConnectionString && ServiceUri is null)
        {
            yield return Fail(
                "Storage:ConnectionString is not set. Set it (environment variable Storage__ConnectionString) to an " +
                "Azure Storage or Cosmos DB Table API connection string, or to \"UseDevelopmentStorage=true\" for a " +
                "local Azurite; or set Storage:ServiceUri to use a managed identity.",
                nameof(ConnectionString));
        }
        else if (hasConnectionString && ServiceUri is not null)
        {
            yield return Fail(
                "Set either Storage:ConnectionString or Storage:ServiceUri, not both.",
                nameof(ConnectionString), nameof(ServiceUri));
        }
        else if (hasConnectionString && !IsParsableConnectionString(ConnectionString!))
        {
            // The parser's own message is not repeated: it can quote part of the secret.
            yield return Fail(
                "Storage:ConnectionString is not a valid storage connection string. Copy it from the storage " +
                "account's \"Access keys\" page (or the Cosmos DB account's \"Connection String\" page).",
                nameof(ConnectionString));
        }
        else if (ServiceUri is not null && (!ServiceUri.IsAbsoluteUri || ServiceUri.Scheme != Uri.UriSchemeHttps))
        {
            yield return Fail(
                "Storage:ServiceUri must be an absolute https address such as https://<account>.table.core.windows.net/.",
                nameof(ServiceUri));
        }

        foreach (var (setting, value) in NamedTables())
        {
            if (string.IsNullOrEmpty(value) || !TableNamePattern().IsMatch(value))
            {
                yield return Fail(
                    $"Storage:{setting} \"{value}\" is not a valid table name: use 3 to 63 letters and digits, " +
                    "starting with a letter.",
                    setting);
            }
            else if (string.Equals(value, "tables", StringComparison.OrdinalIgnoreCase))
            {
                yield return Fail($"Storage:{setting} cannot be \"tables\": Table Storage reserves that name.", setting);
            }
        }

        var duplicates = TableNames.Where(n => !string.IsNullOrEmpty(n))
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        foreach (var duplicate in duplicates)
        {
            yield return Fail(
                $"Storage table name \"{duplicate}\" is used for more than one of StateTable, CheckInsTable and " +
                "ScheduleTable (table names ignore case); give each its own name.",
                nameof(StateTable));
        }

        if (StartupAttempts is < 1 or > 20)
        {
            yield return Fail("Storage:StartupAttempts must be between 1 and 20.", nameof(StartupAttempts));
        }

        if (StateCacheMegabytes is < 0 or > 4096)
        {
            yield return Fail(
                "Storage:StateCacheMegabytes must be between 0 (no cache) and 4096.", nameof(StateCacheMegabytes));
        }
    }

    private IEnumerable<(string Setting, string Value)> NamedTables() =>
    [
        (nameof(StateTable), StateTable),
        (nameof(CheckInsTable), CheckInsTable),
        (nameof(ScheduleTable), ScheduleTable),
    ];

    private static bool IsParsableConnectionString(string connectionString)
    {
        try
        {
            _ = new TableServiceClient(connectionString);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    private static ValidationResult Fail(string message, params string[] members) => new(message, members);

    // https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#table-names
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();
}

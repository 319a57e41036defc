using System.Globalization;

namespace StrategyBot.Bench.Seeder;

/// <summary>The seeder's command line (the driver passes every value).</summary>
internal sealed class SeederOptions
{
    public required string Storage { get; init; }

    /// <summary>Tenant and Entra user id of a marketer whose whole interview ran through the bot: their plan is copied.</summary>
    public required string TemplateTenant { get; init; }

    public required string TemplateUser { get; init; }

    public required int Users { get; init; }

    public required int Tenants { get; init; }

    public required Uri ServiceUrl { get; init; }

    /// <summary>How far after the index writes start every user falls due, beyond the time those writes should take.</summary>
    public required TimeSpan DueMargin { get; init; }

    public int Parallelism { get; init; } = 16;

    public static SeederOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string key) => values.TryGetValue(key, out var value) ? value : throw new ArgumentException($"--{key} is required.");
        return new SeederOptions
        {
            Storage = Get("storage"),
            TemplateTenant = Get("template-tenant"),
            TemplateUser = Get("template-user"),
            Users = int.Parse(Get("users"), CultureInfo.InvariantCulture),
            Tenants = int.Parse(Get("tenants"), CultureInfo.InvariantCulture),
            ServiceUrl = new Uri(Get("service-url")),
            DueMargin = TimeSpan.FromSeconds(double.Parse(Get("due-margin-seconds"), CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>The user number <paramref name="index"/>: tenant, Entra id and conversation id (the tenant is in it).</summary>
    public (string Tenant, string User, string Conversation) Identity(int index)
    {
        var tenant = index % Tenants;
        return (
            string.Create(CultureInfo.InvariantCulture, $"c0000000-0000-4000-8000-{tenant:D12}"),
            string.Create(CultureInfo.InvariantCulture, $"d0000000-0000-4000-8000-{index:D12}"),
            string.Create(CultureInfo.InvariantCulture, $"a:fanout-t{tenant:D3}-u{index:D6}"));
    }
}

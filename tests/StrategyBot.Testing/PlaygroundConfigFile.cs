using System.Globalization;
using System.Text;

namespace StrategyBot.Testing;

/// <summary>
/// Writes the Playground's <c>.m365agentsplayground.yml</c> (config schema 0.1.1, which 0.2.28 validates on start: a
/// current user with every field, at least five other users, and fixed chat ids instead of the built-in random one).
/// Values are quoted so that YAML never reads one as a number.
/// </summary>
public static class PlaygroundConfigFile
{
    /// <summary>The tenant and bot ids of the Playground's built-in config, kept so activities look as documented.</summary>
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";

    /// <summary>The bot account id the Playground puts in <c>recipient.id</c>.</summary>
    public const string BotId = "00000000-0000-0000-0000-00000000000011";

    /// <summary>Writes the file and returns its path.</summary>
    public static string Write(string folder, PlaygroundUser user, string personalChatId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var yaml = new StringBuilder()
            .AppendLine("version: \"0.1.1\"")
            .AppendLine(CultureInfo.InvariantCulture, $"tenantId: \"{TenantId}\"")
            .AppendLine("bot:")
            .AppendLine(CultureInfo.InvariantCulture, $"  id: \"{BotId}\"")
            .AppendLine("  name: Test Bot")
            .AppendLine("currentUser:");
        AppendUser(yaml, "  ", user.Id, user.Name, user.AadObjectId);
        yaml.AppendLine("users:");
        for (var i = 1; i <= 5; i++)
        {
            AppendUser(yaml, "  - ", $"user-id-{i}", $"Colleague {i}", $"00000000-0000-0000-0000-00000000002{i}");
        }

        yaml.AppendLine("personalChat:")
            .AppendLine(CultureInfo.InvariantCulture, $"  id: \"{personalChatId}\"")
            .AppendLine("groupChat:")
            .AppendLine(CultureInfo.InvariantCulture, $"  id: group-{personalChatId}")
            .AppendLine("  name: Group Chat")
            .AppendLine("team:")
            .AppendLine("  id: team-id")
            .AppendLine("  name: My Team")
            .AppendLine("  aadGroupId: 00000000-0000-0000-0000-000000000031")
            .AppendLine("  channels:")
            .AppendLine("    - id: channel-announcements-id")
            .AppendLine("      name: Announcements");

        var path = Path.Combine(folder, ".m365agentsplayground.yml");
        File.WriteAllText(path, yaml.ToString());
        return path;
    }

    private static void AppendUser(StringBuilder yaml, string firstIndent, string id, string name, string aadObjectId)
    {
        var indent = new string(' ', firstIndent.Length);
        var mail = $"{id}@example.com";
        yaml.AppendLine(CultureInfo.InvariantCulture, $"{firstIndent}id: \"{id}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"{indent}name: \"{name}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"{indent}userPrincipleName: \"{mail}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"{indent}aadObjectId: \"{aadObjectId}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"{indent}givenName: \"{name.Split(' ')[0]}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"{indent}surname: \"{name.Split(' ')[^1]}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"{indent}email: \"{mail}\"");
    }
}

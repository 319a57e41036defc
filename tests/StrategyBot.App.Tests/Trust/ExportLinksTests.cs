using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.Privacy;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.Trust;

[Trait("Category", "Trust")]
public sealed class ExportLinksTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly EphemeralDataProtectionProvider _keys = new();

    [Fact]
    public void TryReadToken_FreshToken_GivesBackTheScope()
    {
        var links = NewLinks();

        var read = links.TryReadToken(links.CreateToken(TrustUser.Ada.Scope), out var scope);

        Assert.True(read);
        Assert.Equal(TrustUser.Ada.Scope, scope);
    }

    [Fact]
    public void CreateToken_SameScopeTwice_TokensDifferAndNeitherShowsTheScope()
    {
        var links = NewLinks();

        var first = links.CreateToken(TrustUser.Ada.Scope);
        var second = links.CreateToken(TrustUser.Ada.Scope);

        Assert.NotEqual(first, second);
        Assert.DoesNotContain(TrustUser.Ada.AadObjectId, first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("b7a1c2d3", first, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TryReadToken_AtTheEndOfItsLifetime_Refused()
    {
        var links = NewLinks();
        var token = links.CreateToken(TrustUser.Ada.Scope);

        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var justBefore = links.TryReadToken(token, out _);
        _time.Advance(TimeSpan.FromSeconds(1));
        var atExpiry = links.TryReadToken(token, out _);

        Assert.True(justBefore);
        Assert.False(atExpiry);
    }

    [Fact]
    public void TryReadToken_FromAnotherKeyRing_Refused()
    {
        var token = NewLinks().CreateToken(TrustUser.Ada.Scope);

        var read = new ExportLinks(new EphemeralDataProtectionProvider(), _time, Options.Create(new PrivacyOptions())).TryReadToken(token, out _);

        Assert.False(read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64url!")]
    [InlineData("AAAA")]
    [InlineData("%2e%2e%2fetc%2fpasswd")]
    public void TryReadToken_Garbage_RefusedWithoutThrowing(string? token)
    {
        Assert.False(NewLinks().TryReadToken(token, out var scope));
        Assert.Null(scope);
    }

    [Fact]
    public void TryReadToken_OneCharacterChanged_Refused()
    {
        var links = NewLinks();
        var token = links.CreateToken(TrustUser.Ada.Scope);
        var middle = token.Length / 2;
        var altered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        Assert.False(links.TryReadToken(altered, out _));
    }

    [Fact]
    public void TryReadToken_HugeToken_RefusedBeforeDecrypting()
    {
        Assert.False(NewLinks().TryReadToken(new string('A', 1_000_000), out _));
    }

    [Fact]
    public void CreateUrl_ConfiguredPublicAddress_LinkUnderTheExportRoute()
    {
        var links = new ExportLinks(_keys, _time, Options.Create(new PrivacyOptions { PublicBaseUrl = new Uri("https://bot.contoso.example/base") }));

        var url = links.CreateUrl(TrustUser.Ada.Scope);

        Assert.NotNull(url);
        Assert.StartsWith("https://bot.contoso.example/base/api/export/", url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateUrl_NoPublicAddressAndNoServer_NoLink()
    {
        Assert.Null(NewLinks().CreateUrl(TrustUser.Ada.Scope));
    }

    private ExportLinks NewLinks() => new(_keys, _time, Options.Create(new PrivacyOptions()));
}

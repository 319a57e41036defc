using System.Net;
using System.Net.Sockets;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Hosts a service URL must never name outside Development: IP literals that reach this machine, its network or a
/// cloud's metadata service, and <c>localhost</c>. Teams' service URLs are public DNS names, so refusing these costs
/// nothing real and keeps a signed-but-hostile activity from steering the bot's requests (and token) inwards.
/// </summary>
internal static class InternalAddresses
{
    // (network, prefix length) pairs; IPv4 ones also cover their IPv4-mapped, -compatible and NAT64 IPv6 forms.
    private static readonly (IPAddress Network, int PrefixLength)[] s_ranges =
    [
        (IPAddress.Parse("0.0.0.0"), 8),          // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),         // private
        (IPAddress.Parse("100.64.0.0"), 10),      // shared address space (carrier NAT; Alibaba's metadata 100.100.100.200)
        (IPAddress.Parse("127.0.0.0"), 8),        // loopback
        (IPAddress.Parse("169.254.0.0"), 16),     // link-local, incl. the AWS/Azure/GCP metadata 169.254.169.254
        (IPAddress.Parse("168.63.129.16"), 32),   // Azure platform (wireserver)
        (IPAddress.Parse("172.16.0.0"), 12),      // private
        (IPAddress.Parse("192.0.0.0"), 24),       // IETF protocol assignments (Oracle's metadata 192.0.0.192)
        (IPAddress.Parse("192.168.0.0"), 16),     // private
        (IPAddress.Parse("198.18.0.0"), 15),      // benchmarking
        (IPAddress.Parse("224.0.0.0"), 4),        // multicast
        (IPAddress.Parse("240.0.0.0"), 4),        // reserved, incl. broadcast
        (IPAddress.Parse("::"), 128),             // unspecified
        (IPAddress.Parse("::1"), 128),            // loopback
        (IPAddress.Parse("fc00::"), 7),           // unique local, incl. the AWS metadata fd00:ec2::254
        (IPAddress.Parse("fe80::"), 10),          // link-local
        (IPAddress.Parse("fec0::"), 10),          // site-local (deprecated, still routable inside)
        (IPAddress.Parse("ff00::"), 8),           // multicast
    ];

    private static readonly IPAddress s_nat64 = IPAddress.Parse("64:ff9b::");

    /// <summary>True when <paramref name="uri"/>'s host is <c>localhost</c> (or under it) or an internal IP literal.</summary>
    public static bool IsInternalHost(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var host = uri.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Uri has already turned the odd IPv4 spellings (2852039166, 0xA9FEA9FE, 169.254.43518) into dotted quads.
        return uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(host.Trim('[', ']'), out var address)
            && IsInternal(address);
    }

    /// <summary>True for an address in one of the ranges above, in any of its IPv4 or IPv6 spellings.</summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(address) is { } embedded)
        {
            address = embedded;
        }

        return s_ranges.Any(range => InRange(address, range.Network, range.PrefixLength));
    }

    // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, deprecated) and 64:ff9b::a.b.c.d (NAT64) all reach a.b.c.d.
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var compatible = bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0);
        var nat64 = InRange(address, s_nat64, 96);
        return compatible || nat64 ? new IPAddress(bytes.AsSpan(12, 4)) : null;
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefixLength)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        Span<byte> a = stackalloc byte[16];
        Span<byte> n = stackalloc byte[16];
        address.TryWriteBytes(a, out var length);
        network.TryWriteBytes(n, out _);
        for (var bit = 0; bit < prefixLength && bit < length * 8; bit += 8)
        {
            var bits = Math.Min(8, prefixLength - bit);
            var mask = (byte)(0xFF << (8 - bits));
            if ((a[bit / 8] & mask) != (n[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }
}

namespace StrategyBot.Domain.Planning;

/// <summary>A competitor and what works for them on social media.</summary>
public sealed record Competitor
{
    public string Name { get; init; } = "";

    public IReadOnlyList<Platform> Platforms { get; init; } = [];

    /// <summary>Handles or profile links as the user typed them.</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];

    public string? WhatWorks { get; init; }
}

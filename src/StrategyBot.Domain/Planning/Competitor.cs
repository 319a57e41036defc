namespace StrategyBot.Domain.Planning;

/// <summary>A competitor and what works for them on social media.</summary>
public sealed class Competitor
{
    public string Name { get; set; } = "";

    public List<Platform> Platforms { get; set; } = [];

    /// <summary>Handles or profile links as the user typed them.</summary>
    public List<string> Profiles { get; set; } = [];

    public string? WhatWorks { get; set; }
}

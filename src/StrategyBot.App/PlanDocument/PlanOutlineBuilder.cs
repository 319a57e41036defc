using StrategyBot.App.Interview;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// Writes the whole plan, every SOSTAC step in order, as <see cref="PlanBlock"/>s in one language. Unlike the summary
/// card nothing is capped: a document has room. Numbers, dates and names go through the same formatters as the cards
/// (Persian digits, Jalali dates). Pure apart from rendering the chart.
/// </summary>
internal sealed partial class PlanOutlineBuilder
{
    private readonly Language _language;
    private readonly string? _currency;
    private readonly List<PlanBlock> _blocks = [];

    private PlanOutlineBuilder(Language language, string? currency)
    {
        _language = language;
        _currency = currency;
    }

    public static PlanOutline Build(MarketingPlan plan, PlanCheckInStatus? status, Language language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var builder = new PlanOutlineBuilder(language, plan.Tactics.Budget.CurrencyCode);
        var title = builder.Get(DocumentText.Title);
        builder.Add(PlanBlockKind.Title, title);
        builder.Add(PlanBlockKind.Paragraph, builder.Format(DocumentText.Prepared, today));
        builder.Situation(plan.Situation);
        builder.Objectives(plan);
        builder.Strategy(plan.Strategy);
        builder.Tactics(plan.Tactics);
        builder.Actions(plan);
        builder.Control(plan, status);
        return new PlanOutline(language, title, builder._blocks);
    }

    private void Situation(Situation situation)
    {
        var start = Heading(SostacStep.Situation);
        Labelled(Get(TextKey.SummaryBusiness), situation.BusinessDescription);
        Labelled(Get(DocumentText.ProductsAndServices), situation.ProductsAndServices);
        Labelled(Get(DocumentText.CustomerNeeds), situation.CustomerNeeds);
        if (situation.Personas.Count > 0)
        {
            Add(PlanBlockKind.Subheading, Get(TextKey.SummaryPersonas));
            foreach (var persona in situation.Personas)
            {
                var parts = new List<string>();
                if (!string.IsNullOrWhiteSpace(persona.AgeBand))
                {
                    parts.Add(LocalFormat.AgeBand(_language, persona.AgeBand));
                }

                parts.Add(Platforms(persona.Platforms));
                parts.Add(persona.Pains is { Length: > 0 } pains ? Format(DocumentText.PersonaPains, pains) : "");
                parts.Add(persona.ContentWanted is { Length: > 0 } wants ? Format(DocumentText.PersonaWants, wants) : "");
                Bullet(persona.Name, Dotted(parts));
            }
        }

        if (situation.Competitors.Count > 0)
        {
            Add(PlanBlockKind.Subheading, Get(TextKey.SummaryCompetitors));
            foreach (var competitor in situation.Competitors)
            {
                var works = competitor.WhatWorks is { Length: > 0 } text ? Format(DocumentText.CompetitorWhatWorks, text) : "";
                Bullet(competitor.Name, Dotted([Platforms(competitor.Platforms), Join(competitor.Profiles), works]));
            }
        }

        var swot = situation.Swot;
        if (!swot.IsEmpty())
        {
            Add(PlanBlockKind.Subheading, Get(TextKey.SummarySwot));
            Labelled(Get(DocumentText.Strengths), Join(swot.Strengths));
            Labelled(Get(DocumentText.Weaknesses), Join(swot.Weaknesses));
            Labelled(Get(DocumentText.Opportunities), Join(swot.Opportunities));
            Labelled(Get(DocumentText.Threats), Join(swot.Threats));
        }

        var pestel = situation.Pestel;
        string?[] factors = [pestel.Political, pestel.Economic, pestel.Social, pestel.Technological, pestel.Environmental, pestel.Legal];
        if (factors.Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            Add(PlanBlockKind.Subheading, Get(DocumentText.Pestel));
            Labelled(Get(DocumentText.Political), pestel.Political);
            Labelled(Get(DocumentText.Economic), pestel.Economic);
            Labelled(Get(DocumentText.Social), pestel.Social);
            Labelled(Get(DocumentText.Technological), pestel.Technological);
            Labelled(Get(DocumentText.Environmental), pestel.Environmental);
            Labelled(Get(DocumentText.Legal), pestel.Legal);
        }

        if (situation.Presence.Count > 0)
        {
            Add(PlanBlockKind.Subheading, Get(TextKey.SummaryPresence));
            foreach (var presence in situation.Presence)
            {
                var parts = new List<string>();
                if (presence.Followers is { } followers)
                {
                    parts.Add(Format(TextKey.SummaryFollowers, followers));
                }

                if (presence.WeeklyReach is { } reach)
                {
                    parts.Add(Format(TextKey.SummaryWeeklyReach, reach));
                }

                Bullet(PlatformNames.Name(_language, presence.Platform), Dotted(parts));
            }
        }

        NothingYetSince(start);
    }

    private void Objectives(MarketingPlan plan)
    {
        var start = Heading(SostacStep.Objectives);
        foreach (var objective in plan.Objectives)
        {
            Add(PlanBlockKind.Subheading, objective.Text);
            Add(PlanBlockKind.Paragraph, objective.Smart is { } smart ? Badges(smart) : Get(TextKey.SummarySmartNotChecked));
            if (objective.Metric is { } metric)
            {
                Labelled(Get(DocumentText.ObjectiveMetric), ObjectiveNames.Metric(_language, metric));
            }

            if (objective.Platform is { } platform)
            {
                Labelled(Get(DocumentText.ObjectivePlatform), PlatformNames.Name(_language, platform));
            }

            if (objective.Baseline is { } baseline)
            {
                Labelled(Get(DocumentText.ObjectiveBaseline), ObjectiveFormat.Value(_language, objective.Metric, baseline));
            }

            var target = objective.Target is null ? null : ObjectiveFormat.Target(_language, objective);
            var line = (target, objective.Deadline) switch
            {
                ({ } value, { } deadline) => Format(TextKey.SummaryTargetBy, value, deadline),
                ({ } value, null) => Format(TextKey.SummaryTarget, value),
                (null, { } deadline) => Format(TextKey.SummaryDeadline, deadline),
                _ => null,
            };
            if (line is not null)
            {
                Add(PlanBlockKind.Bullet, line);
            }

            Labelled(Get(DocumentText.ObjectiveResources), objective.Resources);
        }

        NothingYetSince(start);
    }

    private void Strategy(Strategy strategy)
    {
        var start = Heading(SostacStep.Strategy);
        if (strategy.Platforms.Count > 0)
        {
            Labelled(Get(TextKey.SummaryPlatforms), Platforms(strategy.Platforms));
        }

        if (strategy.ContentPercent is not null || strategy.PaidPercent is not null)
        {
            Add(PlanBlockKind.Bullet, Format(
                TextKey.SummarySplit,
                LocalFormat.Percent(_language, strategy.ContentPercent ?? 0m),
                LocalFormat.Percent(_language, strategy.PaidPercent ?? 0m)));
        }

        Labelled(Get(TextKey.SummaryDifferentiator), strategy.Differentiator);
        NothingYetSince(start);
    }

    // "S ✓ · M ✓ · A ✗ · R ✓ · T ✓", as on the summary card, followed by each criterion's name.
    private string Badges(SmartAssessment smart)
    {
        SmartCriterion[] criteria = [SmartCriterion.Specific, SmartCriterion.Measurable, SmartCriterion.Attainable, SmartCriterion.Relevant, SmartCriterion.TimeBound];
        var badges = string.Join(" · ", criteria.Select(c => $"{ObjectiveNames.Letter(c)} {(smart.Passes(c) ? "✓" : "✗")}"));
        var names = string.Join(Get(TextKey.ListSeparator), criteria.Select(c => ObjectiveNames.Criterion(_language, c)));
        return "SMART: " + LeftToRight(badges) + " (" + names + ")";
    }

    private string Get(TextKey key) => Texts.Get(_language, key);

    private string Get(DocumentText key) => Texts.Get(_language, key);

    private string Format(TextKey key, params object?[] args) => Texts.Format(_language, key, args);

    private string Format(DocumentText key, params object?[] args) => Texts.Format(_language, key, args);

    private string Platforms(IEnumerable<Platform> platforms) => ObjectiveNames.JoinPlatforms(_language, platforms);

    private string Join(IEnumerable<string?> items) =>
        string.Join(Get(TextKey.ListSeparator), items.Where(i => !string.IsNullOrWhiteSpace(i)));

    private static string Dotted(IEnumerable<string?> parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private string LeftToRight(string text) => Languages.IsRightToLeft(_language) ? BidiMarks.KeepLeftToRight(text) : text;

    private string Money(decimal amount) =>
        string.IsNullOrWhiteSpace(_currency) ? LocalFormat.Number(_language, amount) : LocalFormat.Currency(_language, amount, _currency);

    private int Heading(SostacStep step)
    {
        Add(PlanBlockKind.Heading, InterviewTexts.StepName(_language, step));
        return _blocks.Count;
    }

    // A step the user has not reached yet says so, rather than leaving a bare heading.
    private void NothingYetSince(int start)
    {
        if (_blocks.Count == start)
        {
            Add(PlanBlockKind.Paragraph, Get(TextKey.PlanSummaryNothingYet));
        }
    }

    private void Labelled(string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Bullet(label, text.Trim());
        }
    }

    private void Bullet(string label, string text) => _blocks.Add(new PlanBlock(PlanBlockKind.Bullet, text, label));

    private void Add(PlanBlockKind kind, string text) => _blocks.Add(new PlanBlock(kind, text));
}

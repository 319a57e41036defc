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
internal sealed class PlanOutlineBuilder
{
    private readonly PlanOutlineWriter _w;

    private PlanOutlineBuilder(PlanOutlineWriter writer) => _w = writer;

    public static PlanOutline Build(MarketingPlan plan, PlanCheckInStatus? status, Language language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var w = new PlanOutlineWriter(language, plan.Tactics.Budget.CurrencyCode);
        var builder = new PlanOutlineBuilder(w);
        var title = w.Get(DocumentText.Title);
        w.Add(PlanBlockKind.Title, title);
        w.Add(PlanBlockKind.Paragraph, w.Format(DocumentText.Prepared, today));
        builder.Situation(plan.Situation);
        builder.Objectives(plan);
        builder.Strategy(plan.Strategy);
        new TacticsOutline(w).Write(plan);
        new ControlOutline(w).Write(plan, status);
        return new PlanOutline(language, title, [.. w.Blocks]);
    }

    private void Situation(Situation situation)
    {
        var start = _w.Heading(SostacStep.Situation);
        _w.Labelled(_w.Get(TextKey.SummaryBusiness), situation.BusinessDescription);
        _w.Labelled(_w.Get(DocumentText.ProductsAndServices), situation.ProductsAndServices);
        _w.Labelled(_w.Get(DocumentText.CustomerNeeds), situation.CustomerNeeds);
        if (situation.Personas.Count > 0)
        {
            _w.Add(PlanBlockKind.Subheading, _w.Get(TextKey.SummaryPersonas));
            foreach (var persona in situation.Personas)
            {
                var parts = new List<string>();
                if (!string.IsNullOrWhiteSpace(persona.AgeBand))
                {
                    parts.Add(LocalFormat.AgeBand(_w.Language, persona.AgeBand));
                }

                parts.Add(_w.Platforms(persona.Platforms));
                parts.Add(persona.Pains is { Length: > 0 } pains ? _w.Format(DocumentText.PersonaPains, pains) : "");
                parts.Add(persona.ContentWanted is { Length: > 0 } wants ? _w.Format(DocumentText.PersonaWants, wants) : "");
                _w.Bullet(persona.Name, PlanOutlineWriter.Dotted(parts));
            }
        }

        if (situation.Competitors.Count > 0)
        {
            _w.Add(PlanBlockKind.Subheading, _w.Get(TextKey.SummaryCompetitors));
            foreach (var competitor in situation.Competitors)
            {
                var works = competitor.WhatWorks is { Length: > 0 } text ? _w.Format(DocumentText.CompetitorWhatWorks, text) : "";
                _w.Bullet(competitor.Name, PlanOutlineWriter.Dotted([_w.Platforms(competitor.Platforms), _w.Join(competitor.Profiles), works]));
            }
        }

        var swot = situation.Swot;
        if (!swot.IsEmpty())
        {
            _w.Add(PlanBlockKind.Subheading, _w.Get(TextKey.SummarySwot));
            _w.Labelled(_w.Get(DocumentText.Strengths), _w.Join(swot.Strengths));
            _w.Labelled(_w.Get(DocumentText.Weaknesses), _w.Join(swot.Weaknesses));
            _w.Labelled(_w.Get(DocumentText.Opportunities), _w.Join(swot.Opportunities));
            _w.Labelled(_w.Get(DocumentText.Threats), _w.Join(swot.Threats));
        }

        var pestel = situation.Pestel;
        string?[] factors = [pestel.Political, pestel.Economic, pestel.Social, pestel.Technological, pestel.Environmental, pestel.Legal];
        if (factors.Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            _w.Add(PlanBlockKind.Subheading, _w.Get(DocumentText.Pestel));
            _w.Labelled(_w.Get(DocumentText.Political), pestel.Political);
            _w.Labelled(_w.Get(DocumentText.Economic), pestel.Economic);
            _w.Labelled(_w.Get(DocumentText.Social), pestel.Social);
            _w.Labelled(_w.Get(DocumentText.Technological), pestel.Technological);
            _w.Labelled(_w.Get(DocumentText.Environmental), pestel.Environmental);
            _w.Labelled(_w.Get(DocumentText.Legal), pestel.Legal);
        }

        if (situation.Presence.Count > 0)
        {
            _w.Add(PlanBlockKind.Subheading, _w.Get(TextKey.SummaryPresence));
            foreach (var presence in situation.Presence)
            {
                var parts = new List<string>();
                if (presence.Followers is { } followers)
                {
                    parts.Add(_w.Format(TextKey.SummaryFollowers, followers));
                }

                if (presence.WeeklyReach is { } reach)
                {
                    parts.Add(_w.Format(TextKey.SummaryWeeklyReach, reach));
                }

                _w.Bullet(PlatformNames.Name(_w.Language, presence.Platform), PlanOutlineWriter.Dotted(parts));
            }
        }

        _w.NothingYetSince(start);
    }

    private void Objectives(MarketingPlan plan)
    {
        var start = _w.Heading(SostacStep.Objectives);
        foreach (var objective in plan.Objectives)
        {
            _w.Add(PlanBlockKind.Subheading, objective.Text);
            _w.Add(PlanBlockKind.Paragraph, objective.Smart is { } smart ? Badges(smart) : _w.Get(TextKey.SummarySmartNotChecked));
            if (objective.Metric is { } metric)
            {
                _w.Labelled(_w.Get(DocumentText.ObjectiveMetric), ObjectiveNames.Metric(_w.Language, metric));
            }

            if (objective.Platform is { } platform)
            {
                _w.Labelled(_w.Get(DocumentText.ObjectivePlatform), PlatformNames.Name(_w.Language, platform));
            }

            if (objective.Baseline is { } baseline)
            {
                _w.Labelled(_w.Get(DocumentText.ObjectiveBaseline), ObjectiveFormat.Value(_w.Language, objective.Metric, baseline));
            }

            var target = objective.Target is null ? null : ObjectiveFormat.Target(_w.Language, objective);
            var line = (target, objective.Deadline) switch
            {
                ({ } value, { } deadline) => _w.Format(TextKey.SummaryTargetBy, value, deadline),
                ({ } value, null) => _w.Format(TextKey.SummaryTarget, value),
                (null, { } deadline) => _w.Format(TextKey.SummaryDeadline, deadline),
                _ => null,
            };
            if (line is not null)
            {
                _w.Add(PlanBlockKind.Bullet, line);
            }

            _w.Labelled(_w.Get(DocumentText.ObjectiveResources), objective.Resources);
        }

        _w.NothingYetSince(start);
    }

    private void Strategy(Strategy strategy)
    {
        var start = _w.Heading(SostacStep.Strategy);
        if (strategy.Platforms.Count > 0)
        {
            _w.Labelled(_w.Get(TextKey.SummaryPlatforms), _w.Platforms(strategy.Platforms));
        }

        if (strategy.ContentPercent is not null || strategy.PaidPercent is not null)
        {
            _w.Add(PlanBlockKind.Bullet, _w.Format(
                TextKey.SummarySplit,
                LocalFormat.Percent(_w.Language, strategy.ContentPercent ?? 0m),
                LocalFormat.Percent(_w.Language, strategy.PaidPercent ?? 0m)));
        }

        _w.Labelled(_w.Get(TextKey.SummaryDifferentiator), strategy.Differentiator);
        _w.NothingYetSince(start);
    }

    // "S ✓ · M ✓ · A ✗ · R ✓ · T ✓", as on the summary card, followed by each criterion's name.
    private string Badges(SmartAssessment smart)
    {
        SmartCriterion[] criteria = [SmartCriterion.Specific, SmartCriterion.Measurable, SmartCriterion.Attainable, SmartCriterion.Relevant, SmartCriterion.TimeBound];
        var badges = string.Join(" · ", criteria.Select(c => $"{ObjectiveNames.Letter(c)} {(smart.Passes(c) ? "✓" : "✗")}"));
        var names = string.Join(_w.Get(TextKey.ListSeparator), criteria.Select(c => ObjectiveNames.Criterion(_w.Language, c)));
        return "SMART: " + _w.LeftToRight(badges) + " (" + names + ")";
    }
}

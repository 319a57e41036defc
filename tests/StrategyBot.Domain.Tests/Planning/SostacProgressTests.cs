using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class SostacProgressTests
{
    [Fact]
    public void Evaluate_EmptyPlan_AllStepsNotStartedAndCurrentIsSituation()
    {
        var progress = SostacProgress.Evaluate(new MarketingPlan());

        Assert.All(progress.Steps, s => Assert.Equal(StepState.NotStarted, s.State));
        Assert.Equal(SostacStep.Situation, progress.CurrentStep);
        Assert.Equal(0, progress.CompletedCount);
        Assert.Equal(Enum.GetValues<SostacStep>(), progress.Steps.Select(s => s.Step));
    }

    [Fact]
    public void Evaluate_CompletePlan_AllStepsComplete()
    {
        var progress = SostacProgress.Evaluate(SamplePlans.Complete());

        Assert.True(progress.IsComplete);
        Assert.Null(progress.CurrentStep);
        Assert.Equal(6, progress.CompletedCount);
    }

    [Fact]
    public void Evaluate_SituationWithoutPersonas_InProgressMissingPersonas()
    {
        var plan = SamplePlans.Complete();
        plan = plan with { Situation = plan.Situation with { Personas = [] } };

        var progress = SostacProgress.Evaluate(plan);

        Assert.Equal(StepState.InProgress, progress[SostacStep.Situation].State);
        Assert.Equal([PlanGap.Personas], progress[SostacStep.Situation].Missing);
        Assert.Equal(SostacStep.Situation, progress.CurrentStep);
    }

    [Fact]
    public void Evaluate_FourPersonas_ReportsTooMany()
    {
        var plan = SamplePlans.Complete();
        plan = plan with { Situation = plan.Situation with { Personas = [.. plan.Situation.Personas, new Persona { Name = "B" }, new Persona { Name = "C" }, new Persona { Name = "D" }] } };

        var progress = SostacProgress.Evaluate(plan);

        Assert.Equal([PlanGap.TooManyPersonas], progress[SostacStep.Situation].Missing);
    }

    [Fact]
    public void Evaluate_SixObjectives_ReportsTooMany()
    {
        var plan = SamplePlans.Complete();
        for (var i = 2; i <= 6; i++)
        {
            plan = plan with
            {
                Objectives = [.. plan.Objectives, new Objective { Id = $"o{i}", Metric = ObjectiveMetric.Reach, Target = 1m, Deadline = new DateOnly(2027, 1, 1) }],
                Control = plan.Control.WithKpiTarget(new KpiTarget { ObjectiveId = $"o{i}", KpiId = "reach", Target = 1m }),
            };
        }

        var progress = SostacProgress.Evaluate(plan);

        Assert.Equal([PlanGap.TooManyObjectives], progress[SostacStep.Objectives].Missing);
    }

    [Fact]
    public void Evaluate_ObjectiveWithoutDeadline_ObjectivesIncomplete()
    {
        var plan = SamplePlans.Complete();
        plan = plan with { Objectives = [plan.Objectives[0] with { Deadline = null }, .. plan.Objectives.Skip(1)] };

        var progress = SostacProgress.Evaluate(plan);

        Assert.Equal([PlanGap.ObjectiveIncomplete], progress[SostacStep.Objectives].Missing);
        Assert.Equal(SostacStep.Objectives, progress.CurrentStep);
    }

    [Fact]
    public void Evaluate_SplitNotSummingToHundred_StrategyIncomplete()
    {
        var plan = SamplePlans.Complete();
        plan = plan with { Strategy = plan.Strategy with { PaidPercent = 40m } };

        var progress = SostacProgress.Evaluate(plan);

        Assert.Equal([PlanGap.ContentPaidSplit], progress[SostacStep.Strategy].Missing);
    }

    [Fact]
    public void Evaluate_PaidShareWithInvalidBudget_TacticsIncomplete()
    {
        var plan = SamplePlans.Complete();
        var budget = plan.Tactics.Budget;
        plan = plan with { Tactics = plan.Tactics with { Budget = budget with { Lines = budget.Lines.PutAt(0, budget.Lines[0] with { Percent = 50m }) } } };

        var progress = SostacProgress.Evaluate(plan);

        Assert.Equal([PlanGap.BudgetSplit], progress[SostacStep.Tactics].Missing);
    }

    [Fact]
    public void Evaluate_OrganicOnlyWithoutBudget_TacticsComplete()
    {
        var plan = SamplePlans.Complete();
        plan = plan with
        {
            Strategy = plan.Strategy with { ContentPercent = 100m, PaidPercent = 0m },
            Tactics = plan.Tactics with { Budget = new BudgetSplit() },
        };

        var progress = SostacProgress.Evaluate(plan);

        Assert.Equal(StepState.Complete, progress[SostacStep.Tactics].State);
    }

    [Fact]
    public void Evaluate_ActionWithoutOwner_ActionIncomplete()
    {
        var plan = SamplePlans.Complete();
        plan = plan with { Actions = [.. plan.Actions, new ActionItem { What = "Book a photographer", Due = new DateOnly(2027, 1, 5) }] };

        var progress = SostacProgress.Evaluate(plan);

        Assert.Equal([PlanGap.ActionItemIncomplete], progress[SostacStep.Action].Missing);
    }

    [Fact]
    public void Evaluate_ObjectiveWithoutKpiAndNoSlot_ControlReportsBoth()
    {
        var plan = SamplePlans.Complete();
        plan = plan with
        {
            Objectives = [.. plan.Objectives, new Objective { Id = "o2", Metric = ObjectiveMetric.Sales, Target = 10m, Deadline = new DateOnly(2027, 6, 1) }],
            Control = plan.Control with { CheckInDay = null },
        };

        var progress = SostacProgress.Evaluate(plan);

        Assert.Equal([PlanGap.ObjectiveWithoutKpi, PlanGap.CheckInSlot], progress[SostacStep.Control].Missing);
        Assert.Equal(StepState.InProgress, progress[SostacStep.Control].State);
    }
}

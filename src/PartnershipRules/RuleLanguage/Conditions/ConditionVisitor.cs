namespace PartnershipRules.RuleLanguage.Conditions;

/// <summary>
/// One method per kind of condition, all abstract: adding a kind breaks the build of every visitor until it handles
/// it, instead of falling silently through a <c>switch</c>.
/// </summary>
/// <typeparam name="TArgument">What the visitor passes down (a scope, a path prefix, a depth...).</typeparam>
/// <typeparam name="TResult">What each node gives back.</typeparam>
internal abstract class ConditionVisitor<TArgument, TResult>
{
    public TResult Visit(Condition condition, TArgument argument) => condition.Accept(this, argument);

    public abstract TResult VisitLogical(LogicalCondition condition, TArgument argument);

    public abstract TResult VisitNot(NotCondition condition, TArgument argument);

    public abstract TResult VisitComparison(ComparisonCondition condition, TArgument argument);

    public abstract TResult VisitQuantified(QuantifiedCondition condition, TArgument argument);

    public abstract TResult VisitCount(CountCondition condition, TArgument argument);

    public abstract TResult VisitDistinct(DistinctCondition condition, TArgument argument);

    public abstract TResult VisitShare(ShareCondition condition, TArgument argument);

    public abstract TResult VisitFinding(FindingCondition condition, TArgument argument);

    public abstract TResult VisitFindingCount(FindingCountCondition condition, TArgument argument);

    public abstract TResult VisitBalance(BalanceCondition condition, TArgument argument);

    public abstract TResult VisitCode(CodeCondition condition, TArgument argument);
}

using System.Collections.Generic;

namespace PartnershipRules.Facts;

/// <summary>Summary of community involvement in the partnership.</summary>
public sealed class CommunityInvolvement
{
    /// <summary>Highest level at which community partners/members take part in each stage.</summary>
    public StageLevels StageLevels { get; init; } = new();

    /// <summary>Stages in which community workers are involved.</summary>
    [Question("In which stages of the work are community workers involved?")]
    public IReadOnlyList<InvolvementStage>? CommunityWorkerStages { get; init; }

    /// <summary>Number of distinct community groups involved.</summary>
    [Question("How many distinct community groups are involved?")]
    [NumberRange(0, 100_000, WholeNumber = true)]
    public Fact<double> CommunityGroupsInvolved { get; init; }

    /// <summary>Number of community groups known to be active in the area.</summary>
    [Question("How many community groups are known to be active in the area?")]
    [NumberRange(0, 100_000, WholeNumber = true)]
    public Fact<double> CommunityGroupsKnown { get; init; }

    /// <summary>Whether the least powerful groups in the community are deliberately included.</summary>
    [Question("Are the least powerful groups in the community deliberately included?")]
    public Fact<bool> LeastPowerfulIncluded { get; init; }

    /// <summary>Representation of black and minority ethnic communities.</summary>
    [Question("How are black and minority ethnic communities represented: as distinct groups that are represented and resourced, as a single group, not at all, or is this not applicable?")]
    public Fact<BmeRepresentation> BmeRepresentation { get; init; }

    /// <summary>Whether links/alliances between community groups are supported.</summary>
    [Question("Are links and alliances between community groups supported?")]
    public Fact<bool> AlliancesSupported { get; init; }

    /// <summary>Whether community workers' professional judgement is valued by community and other professionals.</summary>
    [Question("Is community workers' professional judgement valued by the community and by other professionals?")]
    public Fact<bool> CommunityWorkersJudgementValued { get; init; }

    /// <summary>Whether remedies are aimed only at the community/families or also at socio-economic structures.</summary>
    [Question("Are remedies aimed only at individuals, families and the community, or also at socio-economic structures?")]
    public Fact<RemedyTarget> RemedyTarget { get; init; }
}

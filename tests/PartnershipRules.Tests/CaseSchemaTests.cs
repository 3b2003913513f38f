using PartnershipRules.Facts;
using PartnershipRules.Reporting.Schemas;

namespace PartnershipRules.Tests;

public class CaseSchemaTests
{
    /// <summary>The committed schema must equal the one generated from the fact model. Set PARTNERSHIPRULES_UPDATE_SCHEMA=1 to rewrite it.</summary>
    [Fact]
    public void Committed_case_schema_is_current() =>
        RepoFiles.AssertCurrent(Path.Combine(RepoFiles.Rules, "schemas", "case.schema.json"), CaseJsonSchema.Generate(), "PARTNERSHIPRULES_UPDATE_SCHEMA");
}

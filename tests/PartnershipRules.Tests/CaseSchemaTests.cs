using PartnershipRules.Schema;

namespace PartnershipRules.Tests;

public class CaseSchemaTests
{
    /// <summary>The committed schema must equal the one generated from the fact model. Set PARTNERSHIPRULES_UPDATE_SCHEMA=1 to rewrite it.</summary>
    [Fact]
    public void Committed_case_schema_is_current()
    {
        var repoFile = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "rules", "schemas", "case.schema.json"));
        var generated = CaseJsonSchema.Generate();
        if (Environment.GetEnvironmentVariable("PARTNERSHIPRULES_UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(repoFile)!);
            File.WriteAllText(repoFile, generated);
        }

        Assert.True(File.Exists(repoFile), $"{repoFile} is missing; run the tests with PARTNERSHIPRULES_UPDATE_SCHEMA=1 to write it.");
        Assert.True(File.ReadAllText(repoFile).Replace("\r\n", "\n") == generated, "rules/schemas/case.schema.json is out of date; run the tests with PARTNERSHIPRULES_UPDATE_SCHEMA=1 and commit the result.");
    }
}

using PartnershipRules.Cases;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Reporting.Schemas;

namespace PartnershipRules.Tests;

/// <summary><c>partnership-rules init</c> (issue 16): a case worker with only the tool gets a case file to fill in that loads as it is.</summary>
public sealed class CaseTemplateTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pr-init-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_template_loads_as_it_is_with_the_partners_asked_for()
    {
        var read = CaseFile.Parse("case.yaml", CaseTemplate.Generate(3));

        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        Assert.Equal(3, read.Case!.Partnership.Partners!.Count);
    }

    [Fact]
    public void Every_fact_of_every_record_is_in_the_template_with_its_question()
    {
        var template = CaseTemplate.Generate();
        foreach (var record in FactSchema.Default.Records.Where(r => r != FactSchema.Default.Observation))
        {
            foreach (var field in record.Fields)
            {
                Assert.Contains(field.Name + ":", template, StringComparison.Ordinal);
                Assert.Contains(field.Question, template, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Init_writes_the_template_and_the_schema_and_never_overwrites()
    {
        var path = Path.Combine(_folder.FullName, "new-case.yaml");

        Assert.Equal(0, ToolRunner.Run("init", "--partners", "1", "--output", path).Exit);
        Assert.True(File.Exists(Path.Combine(_folder.FullName, "case.schema.json")));
        Assert.Equal(0, ToolRunner.Run("check", path, "--fail-on", "never").Exit);

        File.WriteAllText(path, "partnership:\n  name: Filled in\n");
        var again = ToolRunner.Run("init", "--output", path);
        Assert.Equal(2, again.Exit);
        Assert.Equal("partnership:\n  name: Filled in\n", File.ReadAllText(path));
    }
}

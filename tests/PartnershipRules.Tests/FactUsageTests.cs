using PartnershipRules.Facts.Schema;
using PartnershipRules.RuleLanguage;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.Tests;

/// <summary>
/// Every fact of the questionnaire is read by a rule of the default catalogue. A question a case worker is asked
/// and no rule reads wastes their time and suggests the library judges something it does not, so a new fact comes
/// with a rule, or stays out of the model.
/// </summary>
public class FactUsageTests
{
    [Fact]
    public void Every_questionnaire_fact_is_read_by_a_rule_of_the_default_catalogue()
    {
        var read = FactsRead(RuleCatalogue.LoadDefault());

        var unread = Questionnaire(FactSchema.Default.Root, string.Empty)
            .Where(path => !read.Contains(path) && !read.Any(r => r.StartsWith(path + "[].", StringComparison.Ordinal)))
            .ToList();

        Assert.True(unread.Count == 0, "Asked for in the questionnaire and read by no rule: " + string.Join(", ", unread));
    }

    [Fact]
    public void The_check_names_a_fact_that_no_rule_reads()
    {
        // The same walk over a catalogue of one rule: everything but what that rule reads comes out unread.
        var catalogue = RuleCatalogue.Load(new[] { RuleSource.FromText("t.yaml", RuleText.Rule("PR9001", "fact: alternativesConsidered\nis: false")) });
        Assert.Empty(catalogue.Diagnostics);
        var read = FactsRead(catalogue);

        var unread = Questionnaire(FactSchema.Default.Root, string.Empty).Where(p => !read.Contains(p)).ToList();

        Assert.DoesNotContain("alternativesConsidered", unread);
        Assert.Contains("plannedEndDate", unread);
        Assert.Contains("partners[].representatives[].hoursPerMonth", unread);
    }

    /// <summary>
    /// What the rules read: the facts of their conditions and appliesWhen (as the rule pages list them), the facts
    /// their messages print, the field each record is named by in messages, and the ids that name records.
    /// </summary>
    private static HashSet<string> FactsRead(RuleCatalogue catalogue)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in catalogue.Definitions)
        {
            foreach (var condition in new[] { definition.AppliesWhen, definition.Condition }.OfType<Condition>())
            {
                var describer = new ConditionDescriber();
                describer.Describe(condition);
                read.UnionWith(describer.Facts.Keys);
            }

            read.UnionWith(definition.Message.Parts.Where(p => p.Fact is not null).Select(p => p.Fact!.Path));
        }

        read.UnionWith(Labels(FactSchema.Default.Root, string.Empty));
        return read;
    }

    /// <summary>The label of each record, and its id, which other facts and reports use to name it.</summary>
    private static IEnumerable<string> Labels(RecordSchema record, string prefix)
    {
        if (record.LabelField is { } label)
        {
            yield return prefix + label.Name;
        }

        if (record.Find("id") is { } id)
        {
            yield return prefix + id.Name;
        }

        foreach (var field in record.Fields.Where(f => f.Record is not null))
        {
            foreach (var path in Labels(field.Record!, prefix + field.Name + (field.Shape == FieldShape.RecordList ? "[]." : ".")))
            {
                yield return path;
            }
        }
    }

    /// <summary>Every question of the fact model, by path; nested records without a question of their own are walked through.</summary>
    private static IEnumerable<string> Questionnaire(RecordSchema record, string prefix)
    {
        foreach (var field in record.Fields)
        {
            var path = prefix + field.Name;
            if (field.Shape != FieldShape.Record)
            {
                yield return path;
            }

            if (field.Record is not null)
            {
                foreach (var inner in Questionnaire(field.Record, path + (field.Shape == FieldShape.RecordList ? "[]." : ".")))
                {
                    yield return inner;
                }
            }
        }
    }
}

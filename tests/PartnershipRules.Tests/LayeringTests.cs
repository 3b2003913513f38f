using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Engine;
using PartnershipRules.Facts;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.Tests;

/// <summary>
/// A site layer over the embedded catalogue: switching a rule off, changing its severity, message and advice, and
/// adding a rule, without copying the catalogue; the effective rule set says where each setting came from.
/// </summary>
public sealed class LayeringTests : IDisposable
{
    private const string Site =
        "overrides:\n" +
        "  - rule: PR9001\n" +
        "    enabled: false\n" +
        "    reason: Only one partnership works in our area.\n" +
        "  - rule: PR9002\n" +
        "    severity: warning\n" +
        "    message: \"{name} keeps no record of what helped or hindered it.\"\n" +
        "    advice: Keep a log of lessons at every quarterly review.\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("partnership-layer-").FullName;

    private static readonly PartnershipCase Case =
        CaseFile.Load(Path.Combine(RepoFiles.Root, "rules", "examples", "community-regeneration.yaml")).Case!;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private RuleCatalogue Layered(params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(_directory, name), text);
        }

        return RuleCatalogue.LoadLayered(new[] { _directory }, RuleCatalogueOptions.Default);
    }

    [Fact]
    public void Without_layers_the_shipped_rules_fire_as_written()
    {
        var result = new PartnershipAnalyzer(RuleCatalogue.LoadDefault()).Analyze(Case);
        Assert.Contains(result.Findings, f => f.RuleId == "PR9001");
        Assert.Equal(Severity.Suggestion, result.Findings.Single(f => f.RuleId == "PR9002").Severity);
    }

    [Fact]
    public void A_layer_disables_a_rule_and_changes_another_ones_severity_message_and_advice()
    {
        var catalogue = Layered(("site.yaml", Site));
        Assert.False(catalogue.HasErrors, string.Join("\n", catalogue.Diagnostics));

        var result = new PartnershipAnalyzer(catalogue).Analyze(Case);
        Assert.DoesNotContain(result.Results, r => r.RuleId == "PR9001");
        var changed = result.Findings.Single(f => f.RuleId == "PR9002");
        Assert.Equal(Severity.Warning, changed.Severity);
        Assert.Equal("Braeside Renewal Partnership keeps no record of what helped or hindered it.", changed.Message);
        Assert.Equal("Keep a log of lessons at every quarterly review.", changed.Advice);

        // Citations and everything else stay the shipped rule's.
        Assert.Equal(RuleCatalogue.LoadDefault().Rules.Single(r => r.Id == "PR9002").Citations.Count, changed.Citations.Count);
    }

    [Fact]
    public void The_effective_rule_set_says_which_layer_defined_each_rule_and_changed_each_setting()
    {
        var catalogue = Layered(("site.yaml", Site), ("local-rules.yaml", RuleText.Rule("SITE001", "fact: overlappingPartnerships\nis: true")));
        var shipped = catalogue.Rules.Single(r => r.Id == "PR1001");
        Assert.Equal(RuleSource.DefaultLayer, shipped.Layer);
        Assert.Empty(shipped.Overrides);

        var added = catalogue.Rules.Single(r => r.Id == "SITE001");
        Assert.Equal(_directory, added.Layer);
        Assert.EndsWith("local-rules.yaml", added.Location!.FilePath, StringComparison.Ordinal);

        var disabled = catalogue.Rules.Single(r => r.Id == "PR9001");
        Assert.False(disabled.IsEnabledByDefault);
        var off = Assert.Single(disabled.Overrides);
        Assert.Equal(("enabled", "false", "true"), (off.Setting, off.Value, off.PreviousValue));
        Assert.Equal(_directory, off.Layer);
        Assert.Equal((3, 14), (off.Location.Line, off.Location.Column));
        Assert.Equal("Only one partnership works in our area.", off.Reason);

        var reworded = catalogue.Rules.Single(r => r.Id == "PR9002");
        Assert.Equal(new[] { "severity", "message", "advice" }, reworded.Overrides.Select(o => o.Setting));
        Assert.Equal(("warning", "suggestion"), (reworded.Overrides[0].Value, reworded.Overrides[0].PreviousValue));
        Assert.Equal((7, 14), (reworded.Overrides[1].Location.Line, reworded.Overrides[1].Location.Column));

        var result = new PartnershipAnalyzer(catalogue).Analyze(Case);
        Assert.Contains(result.Findings, f => f.RuleId == "SITE001");
    }

    [Fact]
    public void Overriding_a_rule_no_layer_defines_is_an_error_at_the_override()
    {
        var catalogue = Layered(("site.yaml", "overrides:\n  - rule: PR90001\n    enabled: false\n"));
        var diagnostic = Assert.Single(catalogue.Diagnostics, d => d.Id == "PRL021");
        Assert.Equal((2, 11), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("Did you mean 'PR9001'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_that_changes_nothing_or_a_message_with_an_unknown_placeholder_is_an_error()
    {
        var empty = Layered(("site.yaml", "overrides:\n  - rule: PR9001\n    reason: nothing else\n"));
        Assert.Contains(empty.Diagnostics, d => d.Id == "PRL005" && d.Location!.Line == 2);

        File.Delete(Path.Combine(_directory, "site.yaml"));
        var placeholder = Layered(("site.yaml", "overrides:\n  - rule: PR9002\n    message: \"{nmae} keeps no record.\"\n"));
        var diagnostic = Assert.Single(placeholder.Diagnostics, d => d.Id == "PRL016");
        Assert.EndsWith("site.yaml", diagnostic.Location!.FilePath, StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Location.Line);
    }

    [Fact]
    public void Disabling_a_rule_a_composite_reads_is_a_warning_naming_both()
    {
        var catalogue = Layered(("site.yaml", "overrides:\n  - rule: PR3002\n    enabled: false\n"));
        Assert.Contains(catalogue.Diagnostics, d => d.Id == "PRL022" && d.Message.Contains("'PR3002'", StringComparison.Ordinal));
        Assert.False(catalogue.HasErrors);
    }
}

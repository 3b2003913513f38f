using System.Collections.Generic;
using System.Text.RegularExpressions;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;

namespace PartnershipRules.Cases;

/// <summary>
/// Reads a <c>suppressions:</c> list, in a case file or a configuration file:
/// <c>- {rule: PR5011, path: partners[0], justification: "..."}</c>. The justification is required.
/// </summary>
internal static class SuppressionReader
{
    private static readonly string[] Keys = { "rule", "path", "justification" };
    private static readonly Regex RuleId = new("^[A-Z][A-Z0-9]*[0-9]$", RegexOptions.CultureInvariant);

    public static List<Suppression> Read(DocNode node, DiagnosticBag diagnostics)
    {
        var suppressions = new List<Suppression>();
        if (node is not DocSequence list)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WrongType, node.Location, "suppressions", "a list of {rule, path, justification}"));
            return suppressions;
        }

        foreach (var item in list.Items)
        {
            if (item is not DocMapping mapping)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WrongType, item.Location, "a suppression", "a mapping with rule, justification and (optionally) path"));
                continue;
            }

            var reader = new MappingReader(mapping, "a suppression", Keys, diagnostics);
            var rule = reader.String("rule", required: true);
            var path = reader.String("path", required: false);
            var justification = reader.String("justification", required: true);
            if (rule is not null && !RuleId.IsMatch(rule))
            {
                reader.Fail(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, mapping.Find("rule")!.Value.Location, rule, "rule id", "Rule ids are capital letters followed by digits, e.g. PR5011."));
            }

            if (justification is not null && justification.Trim().Length == 0)
            {
                reader.Fail(Diagnostic.Create(DiagnosticDescriptors.InvalidValue, mapping.Find("justification")!.Value.Location, justification, "justification", "Say why the finding does not apply, so the decision can be reviewed."));
            }

            if (!reader.HasErrors && rule is not null && justification is not null)
            {
                suppressions.Add(new Suppression(rule, justification.Trim(), path, mapping.Location));
            }
        }

        return suppressions;
    }
}

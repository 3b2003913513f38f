using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PartnershipRules.Diagnostics;
using PartnershipRules.Facts;
using PartnershipRules.Facts.Schema;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage.Conditions;

namespace PartnershipRules.RuleLanguage;

/// <summary>
/// A rule's message with its placeholders checked: <c>{path}</c> names a fact of the partnership, <c>{matches}</c>
/// the items that made the rule fire (e.g. the partners concerned), <c>{because}</c> the labels of the conditions
/// that decided it (see <see cref="BranchLabel"/>), <c>{parameter.NAME}</c> the value in effect of one of the rule's
/// parameters (so a host's threshold and the sentence agree). <c>{{</c> and <c>}}</c> write braces.
/// </summary>
internal sealed class MessageTemplate
{
    public const string Matches = "matches";

    /// <summary>The signals a balance weighed: how many were left unrecorded (only in rules whose condition is one).</summary>
    public const string Signals = "signals";
    public const string Because = "because";

    public const string ParameterPrefix = "parameter.";

    private MessageTemplate(string text, IReadOnlyList<Part> parts)
    {
        Text = text;
        Parts = parts;
    }

    public string Text { get; }

    public IReadOnlyList<Part> Parts { get; }

    /// <summary>Whether the message prints <c>{because}</c>.</summary>
    public bool UsesBecause => Parts.Any(p => p.IsBecause);

    public static MessageTemplate? Parse(string text, SourceLocation location, RecordSchema root, DiagnosticBag diagnostics, IReadOnlyList<RuleParameter>? parameters = null)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        var ok = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownPlaceholder, location, text.Substring(i + 1)));
                return null;
            }

            var name = text.Substring(i + 1, end - i - 1).Trim();
            if (literal.Length > 0)
            {
                parts.Add(new Part(literal.ToString(), null));
                literal.Clear();
            }

            if (name == Matches)
            {
                parts.Add(new Part(null, null));
            }
            else if (name == Signals)
            {
                parts.Add(new Part(null, null) { IsSignals = true });
            }
            else if (name == Because)
            {
                parts.Add(new Part(null, null) { IsBecause = true });
            }
            else if (name.StartsWith(ParameterPrefix, System.StringComparison.Ordinal))
            {
                // Known when the rule loads, with any override applied: printed as literal text.
                var parameter = parameters?.FirstOrDefault(p => p.Name == name.Substring(ParameterPrefix.Length));
                if (parameter is null)
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownPlaceholder, location, name));
                    ok = false;
                }
                else
                {
                    parts.Add(new Part(parameter.Value.ToString(CultureInfo.InvariantCulture), null));
                }
            }
            else if (Resolve(name, root) is { } access)
            {
                parts.Add(new Part(null, access));
            }
            else
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownPlaceholder, location, name));
                ok = false;
            }

            i = end;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(literal.ToString(), null));
        }

        return ok ? new MessageTemplate(text, parts) : null;
    }

    private static FactAccess? Resolve(string path, RecordSchema root)
    {
        var steps = new List<FactField>();
        var record = root;
        var names = path.Split('.');
        for (var i = 0; i < names.Length; i++)
        {
            var field = record.Find(names[i]);
            if (field is null)
            {
                return null;
            }

            steps.Add(field);
            if (i < names.Length - 1)
            {
                if (field.Shape != FieldShape.Record)
                {
                    return null;
                }

                record = field.Record!;
            }
            else if (field.Shape is not (FieldShape.Value or FieldShape.Observation or FieldShape.ValueList))
            {
                return null;
            }
        }

        return new FactAccess(root, steps);
    }

    /// <summary>Whether the message names the signals of a balance.</summary>
    public bool UsesSignals => Parts.Any(p => p.IsSignals);

    /// <summary>Either literal text, a fact, or (both null) the matches, the labels that decided the finding, or the signals of a balance.</summary>
    internal sealed class Part
    {
        public Part(string? literal, FactAccess? fact)
        {
            Literal = literal;
            Fact = fact;
        }

        public string? Literal { get; }

        public FactAccess? Fact { get; }

        /// <summary>With both null: the signals of a balance (<c>{signals}</c>) rather than the matches.</summary>
        public bool IsSignals { get; init; }

        /// <summary>With both null: the labels (<c>{because}</c>) rather than the matches.</summary>
        public bool IsBecause { get; init; }
    }
}

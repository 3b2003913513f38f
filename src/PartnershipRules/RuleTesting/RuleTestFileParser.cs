using System;
using System.Collections.Generic;
using System.Linq;
using PartnershipRules.Cases;
using PartnershipRules.Diagnostics;
using PartnershipRules.Documents;
using PartnershipRules.Model;
using PartnershipRules.RuleLanguage;

namespace PartnershipRules.RuleTesting;

/// <summary>
/// Reads one rule-test file: <c>tests:</c>, a list of <c>{name, description?, expect, partnership}</c>. The
/// <c>partnership</c> mapping is read exactly as in a case file, so a case can be pasted into a test and back.
/// </summary>
internal static class RuleTestFileParser
{
    private static readonly string[] TestKeys = { "name", "description", "expect", "partnership" };

    public static void Read(RuleSource source, List<RuleTestCase> cases, DiagnosticBag diagnostics)
    {
        var read = source.ReadDocument();
        diagnostics.AddRange(read.Diagnostics);
        if (read.Root is not DocMapping root || root.Find("tests") is null)
        {
            if (read.Root is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NotARuleTestFile, read.Root.Location, read.Root is DocMapping ? "This file has no 'tests' key." : "This file is " + read.Root.KindName + "."));
            }

            return;
        }

        var file = new MappingReader(root, "a rule-test file", new[] { "tests" }, diagnostics);
        var names = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var test in file.MappingList("tests", required: true))
        {
            var testCase = ReadTest(test, names, diagnostics);
            if (testCase is not null)
            {
                cases.Add(testCase);
            }
        }
    }

    private static RuleTestCase? ReadTest(DocMapping test, Dictionary<string, SourceLocation> names, DiagnosticBag diagnostics)
    {
        var reader = new MappingReader(test, "a rule test", TestKeys, diagnostics);
        var name = reader.String("name", required: true);
        reader.String("description", required: false);
        var expectations = ReadExpectations(reader, test, diagnostics);
        var partnership = ReadPartnership(test, diagnostics);
        if (name is not null)
        {
            var nameLocation = test.Find("name")!.Value.Location;
            if (names.TryGetValue(name, out var first))
            {
                reader.Fail(Diagnostic.Create(DiagnosticDescriptors.DuplicateTestName, nameLocation, new[] { first }, name));
            }
            else
            {
                names.Add(name, nameLocation);
            }
        }

        if (test.Find("partnership") is null)
        {
            reader.Fail(Diagnostic.Create(DiagnosticDescriptors.MissingKey, test.Location, "a rule test", "partnership"));
        }

        return reader.HasErrors || name is null || expectations is null || partnership is null
            ? null
            : new RuleTestCase(name, test.Location, partnership, expectations);
    }

    private static List<RuleExpectation>? ReadExpectations(MappingReader reader, DocMapping test, DiagnosticBag diagnostics)
    {
        switch (reader.Node("expect"))
        {
            case null:
                reader.Fail(Diagnostic.Create(DiagnosticDescriptors.MissingKey, test.Location, "a rule test", "expect"));
                return null;
            case DocMapping { Entries.Count: > 0 } expect:
                var expectations = new List<RuleExpectation>();
                foreach (var entry in expect.Entries)
                {
                    if (entry.Value is DocScalar scalar && OutcomeNames.TryParse(scalar.Value, out var outcome))
                    {
                        expectations.Add(new RuleExpectation(entry.Key.Value, outcome, entry.Key.Location));
                        continue;
                    }

                    var given = (entry.Value as DocScalar)?.Value ?? entry.Value.KindName;
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownOutcome, entry.Value.Location, given, Spelling.DidYouMean(given, OutcomeNames.Names.ToList())));
                    reader.MarkFailed();
                }

                return expectations;
            case var other:
                reader.Fail(Diagnostic.Create(DiagnosticDescriptors.WrongType, other.Location, "expect", "a mapping from rule ids to outcomes, e.g. 'PR3002: fired'"));
                return null;
        }
    }

    private static PartnershipCase? ReadPartnership(DocMapping test, DiagnosticBag diagnostics)
    {
        if (test.Find("partnership") is not { } entry)
        {
            return null;
        }

        // Bind through the case-file binder, on a mapping that holds only this entry, so the rules for case files
        // (unknown, observation shorthand, every diagnostic) are the same here, with lines in the test file.
        var errorsBefore = diagnostics.ErrorCount;
        var binder = new CaseBinder(diagnostics);
        var partnership = binder.BindRoot(new DocMapping(test.Location, new[] { entry }));
        return partnership is null || diagnostics.ErrorCount > errorsBefore
            ? null
            : new PartnershipCase(partnership, new CaseSourceMap(test.Location.FilePath, binder.Locations));
    }
}

using System.Collections.Generic;

namespace PartnershipRules.Diagnostics;

/// <summary>
/// Every diagnostic the library reports, one descriptor per kind of problem. Families by prefix: <c>PR0xxx</c> reading
/// a YAML or JSON file; <c>PRLxxx</c> rule files and bibliography; <c>PRCxxx</c> case files; <c>PRTxxx</c> rule tests;
/// <c>PRGxxx</c> configuration files; <c>PRSxxx</c> suppressions; <c>PRExxx</c> evaluation; <c>PRHxxx</c> hosting;
/// <c>PROxxx</c> options given in code, by a host's configuration or on the command line. Ids are stable and never
/// reused for another meaning.
/// </summary>
public static class DiagnosticDescriptors
{
    // Reading documents.

    /// <summary>The file could not be read.</summary>
    public static readonly DiagnosticDescriptor FileUnreadable = new("PR0001", Severity.Error, "File cannot be read", "The file cannot be read: {0}. Check that it exists and that you may read it.");

    /// <summary>The file is larger than the configured limit.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = new("PR0002", Severity.Error, "File too large", "The file has {0} bytes; the limit is {1:N0}. Split it into smaller files or raise the limit.");

    /// <summary>The file is not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidEncoding = new("PR0003", Severity.Error, "Not UTF-8", "The file is not valid UTF-8 (byte 0x{0:X2} at offset {1}). Save it as UTF-8.");

    /// <summary>YAML or JSON syntax error.</summary>
    public static readonly DiagnosticDescriptor SyntaxError = new("PR0004", Severity.Error, "Syntax error", "The file is not valid YAML: {0}");

    /// <summary>Anchors and aliases are refused.</summary>
    public static readonly DiagnosticDescriptor AliasNotAllowed = new("PR0005", Severity.Error, "Anchors and aliases not allowed", "YAML anchors and aliases ('{0}') are not allowed here; write the value out in full.");

    /// <summary>Custom tags are refused.</summary>
    public static readonly DiagnosticDescriptor TagNotAllowed = new("PR0006", Severity.Error, "Tags not allowed", "YAML tags ('{0}') are not allowed; remove the tag.");

    /// <summary>A key appears twice in one mapping; the first place is the additional location.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new("PR0007", Severity.Error, "Duplicate key", "The key '{0}' appears more than once in this mapping; keep one.", "first written at");

    /// <summary>Nesting deeper than the limit.</summary>
    public static readonly DiagnosticDescriptor TooDeep = new("PR0008", Severity.Error, "Nesting too deep", "Nesting is deeper than {0} levels; flatten the structure.");

    /// <summary>A scalar longer than the limit.</summary>
    public static readonly DiagnosticDescriptor ScalarTooLong = new("PR0009", Severity.Error, "Value too long", "A value has {0:N0} characters; the limit is {1:N0}.");

    /// <summary>More nodes than the limit.</summary>
    public static readonly DiagnosticDescriptor TooManyNodes = new("PR0010", Severity.Error, "Too many values", "The file has more than {0:N0} values; split it into smaller files.");

    /// <summary>The file holds no document, or more than one.</summary>
    public static readonly DiagnosticDescriptor DocumentCount = new("PR0011", Severity.Error, "One document expected", "The file must hold exactly one YAML or JSON document; it holds {0}.");

    /// <summary>A mapping key that is not a plain value.</summary>
    public static readonly DiagnosticDescriptor ComplexKey = new("PR0012", Severity.Error, "Complex key", "Mapping keys must be plain names, not lists or mappings.");

    /// <summary>The file starts with a byte-order mark, which is skipped.</summary>
    public static readonly DiagnosticDescriptor ByteOrderMark = new("PR0013", Severity.Suggestion, "Byte-order mark skipped", "The file starts with a UTF-8 byte-order mark; it was skipped. Saving the file as UTF-8 without a BOM avoids this note.");

    /// <summary>A tab in indentation.</summary>
    public static readonly DiagnosticDescriptor TabIndentation = new("PR0014", Severity.Error, "Tab in indentation", "YAML does not allow tabs in indentation; indent with spaces.");

    /// <summary>One load reported more diagnostics than its limit and stopped.</summary>
    public static readonly DiagnosticDescriptor TooManyDiagnostics = new("PR0015", Severity.Error, "Too many errors", "Reading stopped after {0:N0} diagnostics; fix those above and read the file again.");

    /// <summary>A list with more items than the limit.</summary>
    public static readonly DiagnosticDescriptor ListTooLong = new("PR0016", Severity.Error, "List too long", "The list has more than {0:N0} items, the limit; shorten it or split the file.");

    /// <summary>A line of a JSON Lines input longer than a case file may be.</summary>
    public static readonly DiagnosticDescriptor LineTooLong = new("PR0017", Severity.Error, "Line too long", "The line has {0:N0} bytes; the limit for one case is {1:N0}. Split the case or raise the case-file limit.");

    /// <summary>A JSON Lines input whose first case is not a JSON object: most often a YAML case file given as --input.</summary>
    public static readonly DiagnosticDescriptor NotJsonLines = new("PR0018", Severity.Error, "Not JSON Lines", "The input is not JSON Lines: its first case does not start with '{{'. Give one JSON case document per line; a YAML or JSON case file is checked as a case argument ('partnership-rules check FILE'), not with --input.");

    // Rule files.

    /// <summary>The file's top level is not a rule file or bibliography.</summary>
    public static readonly DiagnosticDescriptor NotARuleFile = new("PRL001", Severity.Error, "Not a rule file", "A rule file is a mapping with a 'rules' or 'overrides' list, a bibliography one with a 'works' list, a criteria file one with a 'criteria' list; this file has {0}.");

    /// <summary>A key the format does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new("PRL002", Severity.Error, "Unknown key", "Unknown key '{0}' in {1}.{2} Allowed keys: {3}.");

    /// <summary>A required key is missing.</summary>
    public static readonly DiagnosticDescriptor MissingKey = new("PRL003", Severity.Error, "Missing key", "{0} needs '{1}'.");

    /// <summary>A value of the wrong shape or type.</summary>
    public static readonly DiagnosticDescriptor WrongType = new("PRL004", Severity.Error, "Wrong type", "'{0}' must be {1}.");

    /// <summary>A value outside its allowed set or format.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = new("PRL005", Severity.Error, "Invalid value", "'{0}' is not a valid {1}. {2}");

    /// <summary>Two rules with one id; the first rule's place is the additional location.</summary>
    public static readonly DiagnosticDescriptor DuplicateRuleId = new("PRL006", Severity.Error, "Duplicate rule id", "Rule id '{0}' is already used; rule ids must be unique. The second rule is not loaded.", "first used at");

    /// <summary>A fact path the fact model does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownFactPath = new("PRL007", Severity.Error, "Unknown fact", "'{0}' is not a fact of {1}.{2} Known facts here: {3}.");

    /// <summary>An operator or quantifier that does not suit the fact's type or shape.</summary>
    public static readonly DiagnosticDescriptor OperatorMismatch = new("PRL008", Severity.Error, "Operator does not fit the fact", "'{0}' cannot be used on '{1}', which is {2}. {3}");

    /// <summary>A value that is not one of an enumeration's values.</summary>
    public static readonly DiagnosticDescriptor UnknownEnumValue = new("PRL009", Severity.Error, "Unknown value", "'{0}' is not a value of '{1}'.{2} Allowed: {3}.");

    /// <summary>A rule that does not cite either paper.</summary>
    public static readonly DiagnosticDescriptor MissingCitation = new("PRL010", Severity.Error, "Missing citation", "Rule '{0}' must cite at least one of the source papers ({1}) with a section and a verbatim quote.");

    /// <summary>A citation of a work not in the bibliography.</summary>
    public static readonly DiagnosticDescriptor UnknownWork = new("PRL011", Severity.Error, "Unknown work", "'{0}' is not in the bibliography.{1} Add it to a bibliography file ('works:') or fix the key.");

    /// <summary>A criterion key that is not in the catalogue of criteria.</summary>
    public static readonly DiagnosticDescriptor UnknownCriterion = new("PRL012", Severity.Error, "Unknown criterion", "'{0}' is not a criterion key of the catalogue (e.g. PTN-FAC-001).{1}");

    /// <summary>A quote longer than 25 words.</summary>
    public static readonly DiagnosticDescriptor QuoteTooLong = new("PRL013", Severity.Error, "Quote too long", "The quote has {0} words; quotes are at most {1} words. Shorten it with '[…]'.");

    /// <summary>A file names a rule that is not loaded (a composite's input, a configuration setting).</summary>
    public static readonly DiagnosticDescriptor UnknownRuleReference = new("PRL014", Severity.Error, "Unknown rule", "'{0}' is not the id of a loaded rule.{1}");

    /// <summary>Composite rules that depend on each other in a circle.</summary>
    public static readonly DiagnosticDescriptor RuleCycle = new("PRL015", Severity.Error, "Circular rule references", "Rule '{0}' depends on itself through: {1}. Break the circle.");

    /// <summary>A message placeholder that names nothing.</summary>
    public static readonly DiagnosticDescriptor UnknownPlaceholder = new("PRL016", Severity.Error, "Unknown placeholder", "The message placeholder '{{{0}}}' names no fact of the partnership and no parameter of the rule. Use a fact path such as {{name}}, {{matches}}, {{because}} or {{parameter.NAME}}, or {{signals}} in a rule whose condition is a balance.");

    /// <summary>Something written where a condition belongs that is not one.</summary>
    public static readonly DiagnosticDescriptor NotACondition = new("PRL017", Severity.Error, "Not a condition", "A condition is a mapping with exactly one of: {0}; {1}");

    /// <summary>Two bibliography entries with one key; the first entry's place is the additional location.</summary>
    public static readonly DiagnosticDescriptor DuplicateWork = new("PRL018", Severity.Error, "Duplicate work", "Bibliography key '{0}' is already defined.", "first defined at");

    /// <summary>A rule was not loaded because of earlier errors.</summary>
    public static readonly DiagnosticDescriptor RuleSkipped = new("PRL019", Severity.Suggestion, "Rule not loaded", "Rule '{0}' was not loaded because of the errors above; the other rules are unaffected.");

    /// <summary>A name that names no parameter: in a condition, of its rule; in configuration, of any rule.</summary>
    public static readonly DiagnosticDescriptor UnknownParameter = new("PRL020", Severity.Error, "Unknown parameter", "'{0}' is not a parameter {1}.{2}");

    /// <summary>A layer overrides a rule that no layer defines.</summary>
    public static readonly DiagnosticDescriptor UnknownOverriddenRule = new("PRL021", Severity.Error, "Override of an unknown rule", "No layer defines rule '{0}', so it cannot be overridden.{1} Check the id, or define the rule under 'rules:' instead.");

    /// <summary>A composite rule reads a rule that a layer has disabled.</summary>
    public static readonly DiagnosticDescriptor DisabledInput = new("PRL022", Severity.Warning, "Composite reads a disabled rule", "Rule '{0}' reads the outcome of '{1}', which is disabled: '{1}' will count as not fired. Disable '{0}' too, or keep '{1}' and set its severity to none to hide its findings.");

    /// <summary>A condition with more parts than the limit.</summary>
    public static readonly DiagnosticDescriptor ConditionTooLarge = new("PRL024", Severity.Error, "Condition too large", "The condition has more than {0:N0} parts; split the rule or simplify the condition.");

    /// <summary>A condition nested deeper than the limit.</summary>
    public static readonly DiagnosticDescriptor ConditionTooDeep = new("PRL025", Severity.Error, "Condition too deep", "The condition is nested more than {0} levels deep; simplify it.");

    /// <summary>An operator that takes a list was given an empty list or something else.</summary>
    public static readonly DiagnosticDescriptor ListExpected = new("PRL026", Severity.Error, "List expected", "'{0}' takes a non-empty list of {1}.");

    /// <summary>A comparison, count or share with no comparison operator, or more than one.</summary>
    public static readonly DiagnosticDescriptor OneComparisonExpected = new("PRL027", Severity.Error, "One comparison expected", "{0} needs exactly one comparison; use one of: {1}.");

    /// <summary>A number that is not the kind of number the operator takes.</summary>
    public static readonly DiagnosticDescriptor InvalidNumber = new("PRL028", Severity.Error, "Invalid number", "'{0}' takes {1}{2}.");

    /// <summary>A claim's words are not in the text they are said to come from.</summary>
    public static readonly DiagnosticDescriptor ClaimWordsNotFound = new("PRL029", Severity.Error, "Claim words not found", "The claim's words '{0}' are not in {1}. Copy them exactly (they show how firmly the paper makes the point), or correct the strength.");

    /// <summary>A rule's severity exceeds what the strength of its claim allows.</summary>
    public static readonly DiagnosticDescriptor SeverityBeyondClaim = new("PRL030", Severity.Error, "Severity beyond the claim", "Rule '{0}' is {1}, but its claim is {2}: at most {3}. Only a claim the paper states without hedging may be an error; lower the severity, or show the unhedged words.");

    /// <summary>A message prints <c>{because}</c>, but the rule can fire with no labelled condition deciding it.</summary>
    public static readonly DiagnosticDescriptor BecauseWithoutLabel = new("PRL031", Severity.Error, "Reason placeholder without a label", "The message prints {{because}}, but {0}. Write 'because: \"...\"' on every branch that can make the rule fire, or leave {{because}} out of the message.", "unlabelled branch at");

    /// <summary>A label sits where its condition is never true and deciding when the rule fires.</summary>
    public static readonly DiagnosticDescriptor UnreachableLabel = new("PRL032", Severity.Error, "Label never shown", "The label '{0}' can never be shown: {1}. Label a condition that is true when the rule fires.");

    /// <summary>A branch names a criterion its rule does not implement.</summary>
    public static readonly DiagnosticDescriptor BranchCriterionNotOfRule = new("PRL033", Severity.Error, "Branch criterion not of the rule", "The branch names '{0}', which is not among the rule's criteria.{1} The rule's criteria: {2}.");

    // Case files.

    /// <summary>The case file's top level is wrong.</summary>
    public static readonly DiagnosticDescriptor NotACaseFile = new("PRC001", Severity.Error, "Not a case file", "A case file is a mapping with a 'partnership' key. {0}");

    /// <summary>A field the fact model does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new("PRC002", Severity.Error, "Unknown field", "'{0}' is not a field of {1}.{2} Fields: {3}.");

    /// <summary>A value of the wrong shape.</summary>
    public static readonly DiagnosticDescriptor WrongShape = new("PRC003", Severity.Error, "Wrong shape", "'{0}' must be {1}.");

    /// <summary>A value that does not parse as its type.</summary>
    public static readonly DiagnosticDescriptor BadValue = new("PRC004", Severity.Error, "Invalid value", "'{0}' is not a valid value for '{1}': expected {2}. Write 'unknown' if nobody knows, or leave the field out if it was not recorded.");

    /// <summary>A value that is not in the field's list.</summary>
    public static readonly DiagnosticDescriptor BadEnumValue = new("PRC005", Severity.Error, "Value not allowed", "'{0}' is not allowed for '{1}'.{2} Allowed: {3}, or 'unknown'.");

    /// <summary>A reference that names no record of the list it refers to (e.g. a funding controller that is no partner).</summary>
    public static readonly DiagnosticDescriptor UnresolvedReference = new("PRC006", Severity.Error, "Reference names no record", "'{0}' for '{1}' names no {2} of the partnership: a reference is matched to a {2}'s id, then to its name.{3} Write one of: {4}.{5}");

    // Rule tests.

    /// <summary>The top level of a rule-test file is wrong.</summary>
    public static readonly DiagnosticDescriptor NotARuleTestFile = new("PRT001", Severity.Error, "Not a rule-test file", "A rule-test file is a mapping with a 'tests' list. {0}");

    /// <summary>Two tests in one file share a name; the first test's place is the additional location.</summary>
    public static readonly DiagnosticDescriptor DuplicateTestName = new("PRT002", Severity.Error, "Duplicate test name", "A test named '{0}' is already defined in this file; give each test in a file its own name.", "first defined at");

    /// <summary>An expected outcome that is not one of the four.</summary>
    public static readonly DiagnosticDescriptor UnknownOutcome = new("PRT003", Severity.Error, "Unknown outcome", "'{0}' is not an outcome.{1} Expect one of: fired, not_fired, insufficient, not_applicable.");

    // Configuration files and suppressions.

    /// <summary>The top level of a configuration file is wrong.</summary>
    public static readonly DiagnosticDescriptor NotAConfigurationFile = new("PRG001", Severity.Error, "Not a configuration file", "A configuration file is a mapping with 'severity', 'parameters' and/or 'suppressions'. {0}");

    /// <summary>A suppression that matched no finding.</summary>
    public static readonly DiagnosticDescriptor UnnecessarySuppression = new("PRS001", Severity.Warning, "Unnecessary suppression", "The suppression of {0} matches no finding here; remove it, or check the rule id and path.");

    // Evaluation.

    /// <summary>A rule's condition threw.</summary>
    public static readonly DiagnosticDescriptor ConditionFailed = new("PRE001", Severity.Error, "Rule condition failed", "Rule '{0}' failed while evaluating its condition on partnership {1}: {2}. Its outcome is unknown; the other rules ran.");

    /// <summary>A rule's action threw.</summary>
    public static readonly DiagnosticDescriptor ActionFailed = new("PRE002", Severity.Error, "Rule action failed", "Rule '{0}' failed while producing its finding for partnership {1}: {2}. The other rules ran.");

    /// <summary>The chaining budget ran out.</summary>
    public static readonly DiagnosticDescriptor FiringBudgetExceeded = new("PRE003", Severity.Error, "Evaluation stopped", "Evaluation stopped after {0} rule firings; the result is incomplete.");

    /// <summary>The host's time budget for one evaluation ran out.</summary>
    public static readonly DiagnosticDescriptor EvaluationTimedOut = new("PRE004", Severity.Error, "Evaluation timed out", "Evaluation stopped after the time budget of {0} ms; the result is incomplete.");

    /// <summary>Evaluating one case of a batch failed outside any rule (a bug); the other cases are unaffected.</summary>
    public static readonly DiagnosticDescriptor EvaluationFailed = new("PRE005", Severity.Error, "Evaluation failed", "Evaluating this case failed: {0}. This is a bug in PartnershipRules; the other cases of the batch are unaffected.");

    // Hosting.

    /// <summary>A host's analyzer builder threw instead of reporting.</summary>
    public static readonly DiagnosticDescriptor AnalyzerBuildFailed = new("PRH001", Severity.Error, "Analyzer could not be built", "The analyzer could not be built: {0}. The last good analyzer keeps serving.");

    // Options.

    /// <summary>An option names a rule that is not loaded.</summary>
    public static readonly DiagnosticDescriptor UnknownRuleOption = new("PRO001", Severity.Error, "Option names an unknown rule", "The {0} names '{1}', which is not the id of a loaded rule.{2}");

    /// <summary>An option names a rules directory that does not exist.</summary>
    public static readonly DiagnosticDescriptor DirectoryNotFound = new("PRO002", Severity.Error, "Rules directory not found", "The rules directory '{0}' does not exist. Check the path, which is relative to the current directory.");

    /// <summary>A rules directory with no rule file in it: evaluating no rules would be a silent "all clear".</summary>
    public static readonly DiagnosticDescriptor EmptyRulesDirectory = new("PRO007", Severity.Error, "Rules directory holds no rule files", "The rules directory '{0}' holds no rule files (*.yaml or *.yml, outside examples/ and tests/). Check the path; to use the built-in catalogue, leave the directory out.");

    /// <summary>The sources given hold no rule at all: evaluating nothing would look like an "all clear".</summary>
    public static readonly DiagnosticDescriptor NoRulesLoaded = new("PRO008", Severity.Error, "No rules to evaluate", "The rule sources given define no rules ({0}), so every case would pass unchecked. Add rule files, or include the built-in catalogue.");

    /// <summary>A baseline (<c>check --baseline</c>) that is not a JSON or SARIF report of this tool with finding fingerprints.</summary>
    public static readonly DiagnosticDescriptor NotABaseline = new("PRO009", Severity.Error, "Not a report to compare with", "The baseline is not a report this tool can compare with: {0}. Give the JSON or SARIF report of the earlier check (check --format json --output FILE), written by this version or later.");

    /// <summary>A parameter value given as text that is not <c>RULEID.name=NUMBER</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidParameterAssignment = new("PRO003", Severity.Error, "Invalid parameter value", "'{0}' is not RULEID.name=NUMBER with a finite number, e.g. PR4007.minimumBarriers=5.");

    /// <summary>A document limit given as text that is not <c>KIND.NAME=NUMBER</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidLimitAssignment = new("PRO004", Severity.Error, "Invalid document limit", "'{0}' is not a document limit: write KIND.NAME=NUMBER with KIND one of {1} and NAME one of {2}, and a whole number of at least 1.");

    /// <summary>A severity given as text that is not <c>KEY=SEVERITY</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidSeverityAssignment = new("PRO005", Severity.Error, "Invalid severity setting", "'{0}' is not KEY=SEVERITY: KEY is a rule id (e.g. PR3002) or a category ({1}), SEVERITY one of {2}.");

    /// <summary>An assessment threshold that is not <c>NAME=VALUE</c> or is out of its range.</summary>
    public static readonly DiagnosticDescriptor InvalidAssessmentSetting = new("PRO006", Severity.Error, "Invalid assessment setting", "'{0}' is not an assessment setting: write NAME=VALUE with NAME one of {1}; reconsiderAt and conditionsAt take a severity ({2}), the shares a number above 0 and at most 1, the counts a whole number of at least 1.");

    /// <summary>All descriptors, for documentation and tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        FileUnreadable, FileTooLarge, InvalidEncoding, LineTooLong, NotJsonLines, SyntaxError, AliasNotAllowed, TagNotAllowed, DuplicateKey, TooDeep,
        ScalarTooLong, TooManyNodes, DocumentCount, ComplexKey, ByteOrderMark, TabIndentation, TooManyDiagnostics, ListTooLong,
        NotARuleFile, UnknownKey, MissingKey, WrongType, InvalidValue, DuplicateRuleId, UnknownFactPath, OperatorMismatch,
        UnknownEnumValue, MissingCitation, UnknownWork, UnknownCriterion, QuoteTooLong, UnknownRuleReference, RuleCycle,
        UnknownPlaceholder, NotACondition, DuplicateWork, RuleSkipped, UnknownParameter, UnknownOverriddenRule, DisabledInput,
        ConditionTooLarge, ConditionTooDeep, ListExpected, OneComparisonExpected, InvalidNumber, ClaimWordsNotFound, SeverityBeyondClaim,
        BecauseWithoutLabel, UnreachableLabel, BranchCriterionNotOfRule,
        NotACaseFile, UnknownField, WrongShape, BadValue, BadEnumValue, UnresolvedReference,
        NotARuleTestFile, DuplicateTestName, UnknownOutcome,
        NotAConfigurationFile, UnnecessarySuppression,
        ConditionFailed, ActionFailed, FiringBudgetExceeded, EvaluationTimedOut, EvaluationFailed,
        AnalyzerBuildFailed,
        UnknownRuleOption, DirectoryNotFound, InvalidParameterAssignment, InvalidLimitAssignment, InvalidSeverityAssignment, InvalidAssessmentSetting,
        EmptyRulesDirectory, NoRulesLoaded, NotABaseline,
    };
}

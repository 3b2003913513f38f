using System.Collections.Generic;
using System.Threading;
using PartnershipRules.Cases;
using PartnershipRules.Engine;
using PartnershipRules.Model;

namespace PartnershipRules.Hosting;

/// <summary>
/// The advice service a long-running host calls: evaluate one partnership, stream a batch, explain a rule, and see
/// which rule set is serving. Implementations are thread-safe; an interface so that hosts can substitute it in tests.
/// </summary>
public interface IPartnershipAdvisor
{
    /// <summary>The analyzer serving now. A call that started on an earlier one finishes on it.</summary>
    PartnershipAnalyzer Analyzer { get; }

    /// <summary>The latest attempt to build the analyzer (successful or not), with its diagnostics.</summary>
    AnalyzerBuild LastBuild { get; }

    /// <summary>
    /// Reads a case (YAML or JSON, e.g. a request body) within the case-file limits the options set
    /// (<see cref="PartnershipRulesOptions.CaseFileLimits"/>). The stream is not closed.
    /// </summary>
    /// <param name="name">The name to use in diagnostics.</param>
    /// <param name="content">The stream.</param>
    /// <returns>The case, or the diagnostics (with line and column) that explain why there is none.</returns>
    CaseLoadResult ReadCase(string name, System.IO.Stream content);

    /// <summary>Evaluates one partnership on the analyzer serving now.</summary>
    /// <param name="partnershipCase">The case.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The result, stamped with the hash of the analyzer's rule set.</returns>
    AnalysisResult Analyze(PartnershipCase partnershipCase, CancellationToken cancellationToken = default);

    /// <summary>Evaluates a stream of partnerships in parallel, results in input order, memory bounded.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="options">Parallelism and in-flight bound.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>The results.</returns>
    IAsyncEnumerable<AnalysisResult> AnalyzeManyAsync(IAsyncEnumerable<PartnershipCase> cases, BatchEvaluationOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The assessment of a result (verdict, profile, issues, priorities, next questions) with the thresholds of the
    /// analyzer serving now (<see cref="PartnershipAnalyzer.Assess(AnalysisResult)"/>).
    /// </summary>
    /// <param name="result">A result, e.g. of <see cref="Analyze"/>.</param>
    /// <returns>The assessment.</returns>
    Assessment.PartnershipAssessment Assess(AnalysisResult result);

    /// <summary>Explains one rule's outcome on a partnership.</summary>
    /// <param name="partnershipCase">The case.</param>
    /// <param name="ruleId">The rule.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The explanation.</returns>
    Explanation Explain(PartnershipCase partnershipCase, string ruleId, CancellationToken cancellationToken = default);

    /// <summary>What would change if some facts of a partnership were otherwise (see <see cref="PartnershipAnalyzer.WhatIf"/>).</summary>
    /// <param name="partnershipCase">The case as recorded.</param>
    /// <param name="changes">The facts to set.</param>
    /// <param name="cancellationToken">Cancels the evaluations.</param>
    /// <returns>Both results and what differs.</returns>
    Reviews.WhatIf WhatIf(PartnershipCase partnershipCase, IReadOnlyList<Facts.FactChange> changes, CancellationToken cancellationToken = default);
}

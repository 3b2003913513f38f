using System.Collections.Generic;

namespace PartnershipRules.Assessment;

/// <summary>The next questions about one record (the partnership, a partner, a forum...), most telling first.</summary>
public sealed class QuestionGroup
{
    internal QuestionGroup(RecordReference record, IReadOnlyList<NextQuestion> questions)
    {
        Record = record;
        Questions = questions;
    }

    /// <summary>The record the questions are about.</summary>
    public RecordReference Record { get; }

    /// <summary>Its questions, ranked.</summary>
    public IReadOnlyList<NextQuestion> Questions { get; }
}

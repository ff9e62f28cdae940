namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Where a case stands. Numbers as in the API's <c>CaseStatus</c>.</summary>
public enum CaseStatus
{
    /// <summary>
    /// Opened; the sanction waits for the entitled official. The hearing (summons and examination, PP 94/2021) will
    /// sit here, between opening and the decision.
    /// </summary>
    Open = 1,
    /// <summary>A sanction is issued; the objection window runs.</summary>
    Sanctioned = 2,
    /// <summary>The employee objected (keberatan); an official decides.</summary>
    ObjectionPending = 3,
    /// <summary>The sanction is final or annulled; a transfer is still under way.</summary>
    Final = 4,
    Closed = 5,
}

public enum SanctionStatus
{
    /// <summary>Issued; the objection window is open.</summary>
    Issued = 1,
    Final = 2,
    /// <summary>Annulled on objection.</summary>
    Annulled = 3,
}

/// <summary>The transfer (mutasi) linked to a case. Not a sanction: a personnel decision of the PPK.</summary>
public enum TransferStatus
{
    None = 1,
    /// <summary>The policy recommends one; it waits for an official's approval.</summary>
    Recommended = 2,
    /// <summary>Approved or ordered; Personnel is asked to carry it out.</summary>
    Requested = 3,
    Completed = 4,
    Rejected = 5,
    /// <summary>The sanction it came with was annulled: for the PPK to review, not undone silently.</summary>
    FlaggedForReview = 6,
}

public enum ObjectionOutcome
{
    Upheld = 1,
    Lightened = 2,
    Annulled = 3,
}

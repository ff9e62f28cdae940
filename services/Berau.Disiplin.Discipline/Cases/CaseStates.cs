namespace Berau.Disiplin.Discipline.Cases;

/// <summary>Where a case stands. Numbers as in the API's <c>CaseStatus</c>.</summary>
public enum CaseStatus
{
    /// <summary>Heard (examined and proven, or both summonses missed): the entitled official decides the sanction.</summary>
    Open = 1,
    /// <summary>A sanction is decided; once delivered, the objection window runs.</summary>
    Sanctioned = 2,
    /// <summary>The employee objected (keberatan); the deciding official's superior decides.</summary>
    ObjectionPending = 3,
    /// <summary>The sanction is final or annulled; a transfer is still under way.</summary>
    Final = 4,
    Closed = 5,
    /// <summary>Opened: the atasan langsung must summon the employee (summons I, or summons II after a missed one).</summary>
    AwaitingSummons = 6,
    /// <summary>A summons is out: the employee is to come to the examination.</summary>
    Summoned = 7,
}

public enum SanctionStatus
{
    /// <summary>Decided; its objection window opens when the letter is delivered.</summary>
    Issued = 1,
    Final = 2,
    /// <summary>Annulled on objection.</summary>
    Annulled = 3,
}

/// <summary>How the decision letter reached the employee.</summary>
public enum DeliveryMethod
{
    /// <summary>Handed over; the employee received it on the day recorded.</summary>
    InPerson = 1,
    /// <summary>Sent to the employee's address because he did not come to collect it.</summary>
    Sent = 2,
}

/// <summary>The transfer (mutasi) linked to a case. Not a sanction: a personnel decision of the PPK.</summary>
public enum TransferStatus
{
    None = 1,
    /// <summary>The policy recommends one; it waits for the PPK's decision.</summary>
    Recommended = 2,
    /// <summary>Approved or ordered; Personnel is asked to carry it out.</summary>
    Requested = 3,
    Completed = 4,
    Rejected = 5,
    /// <summary>The sanction it came with was annulled: for the PPK to review, not undone silently.</summary>
    FlaggedForReview = 6,
}

/// <summary>
/// The grounds of a mutasi (PP 11/2017 Pasal 190): competence, job requirements, career pattern, organisational need,
/// avoiding conflict of interest. The offence is never a ground; the case only links to the SK Mutasi.
/// </summary>
public enum TransferGround
{
    OrganisationalNeed = 1,
    CareerDevelopment = 2,
    Competence = 3,
    JobRequirements = 4,
    ConflictOfInterest = 5,
}

public enum ObjectionOutcome
{
    Upheld = 1,
    Lightened = 2,
    Annulled = 3,
}

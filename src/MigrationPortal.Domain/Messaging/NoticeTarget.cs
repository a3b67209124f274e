namespace MigrationPortal.Domain.Messaging;

/// <summary>The kind of thing a notice leads to; the web layer turns it into a page, so a renamed page cannot break a stored notice.</summary>
public enum NoticeTargetKind
{
    /// <summary>The citizen's own worker profile.</summary>
    WorkerProfile,

    /// <summary>One of the citizen's job applications.</summary>
    JobApplication,

    /// <summary>One of the employer's job orders.</summary>
    JobOrder,

    /// <summary>The candidates put forward for one of the employer's job orders (the id is the order's).</summary>
    JobOrderCandidates,

    /// <summary>The user's own notices, for a notice about the account itself (the id is the user's).</summary>
    Notices,
}

/// <summary>What a notice points at: a kind and the id of the row of that kind.</summary>
public readonly record struct NoticeTarget(NoticeTargetKind Kind, Guid Id)
{
    public static NoticeTarget WorkerProfile(Guid profileId) => new(NoticeTargetKind.WorkerProfile, profileId);

    public static NoticeTarget JobApplication(Guid applicationId) => new(NoticeTargetKind.JobApplication, applicationId);

    public static NoticeTarget JobOrder(Guid jobOrderId) => new(NoticeTargetKind.JobOrder, jobOrderId);

    public static NoticeTarget JobOrderCandidates(Guid jobOrderId) => new(NoticeTargetKind.JobOrderCandidates, jobOrderId);

    public static NoticeTarget Notices(Guid userId) => new(NoticeTargetKind.Notices, userId);
}

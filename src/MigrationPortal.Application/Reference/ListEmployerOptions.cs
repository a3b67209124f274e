using Mediator;
using Microsoft.EntityFrameworkCore;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Application.Reference;

/// <summary>The partner employers an administrator can attach an account to (about 480).</summary>
public sealed record ListEmployerOptionsQuery : IQuery<IReadOnlyList<Option>>;

public sealed class ListEmployerOptionsHandler(IPortalDbContext db, ICurrentUser currentUser) : IQueryHandler<ListEmployerOptionsQuery, IReadOnlyList<Option>>
{
    public async ValueTask<IReadOnlyList<Option>> Handle(ListEmployerOptionsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireKind(UserKind.Administrator, UserKind.Supervisor);
        return await db.Employers.AsNoTracking()
            .OrderBy(e => e.LegalName)
            .Select(e => new Option(e.Id.ToString(), e.LegalName))
            .ToListAsync(cancellationToken);
    }
}

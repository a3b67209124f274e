using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef` build the model without starting the portal.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__" + PortalDatabase.OwnerConnectionName)
            ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres;Database=migrationportal";
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePortalDatabase(connectionString);
        return new PortalDbContext(options.Options, new NobodySignedIn());
    }

    private sealed class NobodySignedIn : ICurrentUser
    {
        public bool IsAuthenticated => false;

        public Guid? UserId => null;

        public UserKind? Kind => null;

        public Guid? OrganizationId => null;

        public Guid? UnitId => null;

        public Guid? CitizenId => null;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MigrationPortal.Application.Accounts;
using MigrationPortal.Domain.Identity;

namespace MigrationPortal.Infrastructure.Persistence.Configurations.Accounts;

public sealed class PortalRoleConfiguration : IEntityTypeConfiguration<PortalRole>
{
    public void Configure(EntityTypeBuilder<PortalRole> builder)
    {
        builder.HasData(Enum.GetValues<UserKind>().Select((kind, index) => new PortalRole(kind.ToString())
        {
            Id = new Guid($"00000000-0000-0000-0009-{index + 1:D12}"),
            NormalizedName = kind.ToString().ToUpperInvariant(),
            ConcurrencyStamp = $"role-{kind}",
        }));
    }
}

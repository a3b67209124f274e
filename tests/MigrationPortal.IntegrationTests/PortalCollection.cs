using MigrationPortal.Testing;

namespace MigrationPortal.IntegrationTests;

[CollectionDefinition(nameof(PortalCollection))]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>;

/// <summary>Every integration test starts from an empty database (reference data kept).</summary>
[Collection(nameof(PortalCollection))]
public abstract class PortalTest(PortalFixture fixture) : IAsyncLifetime
{
    protected PortalFixture Fixture { get; } = fixture;

    public Task InitializeAsync() => Fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}

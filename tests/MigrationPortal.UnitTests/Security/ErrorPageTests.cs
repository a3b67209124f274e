using System.Net.Sockets;
using MigrationPortal.Web.Pages.Error;
using Npgsql;

namespace MigrationPortal.UnitTests.Security;

public sealed class ErrorPageTests
{
    [Fact]
    public void A_database_out_of_reach_is_an_outage() =>
        ErrorDescription.IsOutage(new InvalidOperationException("wrapped", new NpgsqlException("Failed to connect", new SocketException()))).ShouldBeTrue();

    [Fact]
    public void A_database_shutting_down_is_an_outage() =>
        ErrorDescription.IsOutage(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")).ShouldBeTrue();

    [Fact]
    public void A_timeout_is_an_outage() =>
        ErrorDescription.IsOutage(new TimeoutException()).ShouldBeTrue();

    [Theory]
    [InlineData("22021")] // invalid byte sequence, e.g. a NUL in text
    [InlineData("23505")] // a unique index refused the row
    public void A_statement_the_database_refused_is_no_outage(string sqlState) =>
        ErrorDescription.IsOutage(new PostgresException("refused", "ERROR", "ERROR", sqlState)).ShouldBeFalse();

    [Fact]
    public void A_bug_of_ours_is_no_outage() =>
        ErrorDescription.IsOutage(new NullReferenceException()).ShouldBeFalse();
}

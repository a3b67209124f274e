using System.Net;

namespace MigrationPortal.Application.Audit;

/// <summary>The address the current request comes from, for the personal-data audit; none outside a request.</summary>
public interface IClientAddress
{
    IPAddress? Current { get; }
}

namespace MigrationPortal.Domain.Common;

/// <summary>
/// A business rule refused an operation. <see cref="MessageKey"/> names a localized message
/// in the Web resources, so the rule stays free of any UI language.
/// </summary>
public sealed class DomainRuleException(string messageKey, params object[] arguments)
    : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}

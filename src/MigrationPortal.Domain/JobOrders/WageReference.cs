using MigrationPortal.Domain.Common;

namespace MigrationPortal.Domain.JobOrders;

/// <summary>A destination's legal minimum wage from a date on, as administrators record it (per month, in its currency).</summary>
public sealed class MinimumWage
{
    private MinimumWage()
    {
    }

    public MinimumWage(string countryCode, DateOnly validFrom, decimal monthlyAmount, string currencyCode, string source)
    {
        CountryCode = countryCode;
        ValidFrom = validFrom;
        MonthlyAmount = monthlyAmount;
        CurrencyCode = currencyCode;
        Source = source;
    }

    public long Id { get; private set; }

    public string CountryCode { get; private set; } = "";

    public DateOnly ValidFrom { get; private set; }

    public decimal MonthlyAmount { get; private set; }

    public string CurrencyCode { get; private set; } = "";

    /// <summary>The law or decree the figure comes from.</summary>
    public string Source { get; private set; } = "";

    /// <summary>When an administrator retired the figure; a retired figure no longer counts for approval.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Puts a corrected amount in place of the recorded one; the change keeps the old figure.</summary>
    public WageReferenceChange Correct(decimal monthlyAmount, string currencyCode, string reason, Guid by, DateTimeOffset at)
    {
        WageReferenceChange.EnsureInForce(RetiredAt);
        if (monthlyAmount == MonthlyAmount && currencyCode == CurrencyCode)
        {
            throw new DomainRuleException("Rule.WageReference.Unchanged");
        }

        var change = new WageReferenceChange(WageReferenceKind.MinimumWage, Id, MonthlyAmount, CurrencyCode, monthlyAmount, currencyCode, reason, by, at);
        MonthlyAmount = monthlyAmount;
        CurrencyCode = currencyCode;
        return change;
    }

    public WageReferenceChange Retire(string reason, Guid by, DateTimeOffset at)
    {
        WageReferenceChange.EnsureInForce(RetiredAt);
        RetiredAt = at;
        return new WageReferenceChange(WageReferenceKind.MinimumWage, Id, MonthlyAmount, CurrencyCode, null, null, reason, by, at);
    }
}

/// <summary>How many US dollars one unit of a currency was worth on a date, as the agency recorded it.</summary>
public sealed class ExchangeRate
{
    private ExchangeRate()
    {
    }

    public ExchangeRate(string currencyCode, DateOnly date, decimal usdPerUnit)
    {
        CurrencyCode = currencyCode;
        Date = date;
        UsdPerUnit = usdPerUnit;
    }

    public long Id { get; private set; }

    public string CurrencyCode { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public decimal UsdPerUnit { get; private set; }

    /// <summary>When an administrator retired the rate; a retired rate converts no wage.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    public uint Version { get; private set; }

    public WageReferenceChange Correct(decimal usdPerUnit, string reason, Guid by, DateTimeOffset at)
    {
        WageReferenceChange.EnsureInForce(RetiredAt);
        if (usdPerUnit == UsdPerUnit)
        {
            throw new DomainRuleException("Rule.WageReference.Unchanged");
        }

        var change = new WageReferenceChange(WageReferenceKind.ExchangeRate, Id, UsdPerUnit, CurrencyCode, usdPerUnit, CurrencyCode, reason, by, at);
        UsdPerUnit = usdPerUnit;
        return change;
    }

    public WageReferenceChange Retire(string reason, Guid by, DateTimeOffset at)
    {
        WageReferenceChange.EnsureInForce(RetiredAt);
        RetiredAt = at;
        return new WageReferenceChange(WageReferenceKind.ExchangeRate, Id, UsdPerUnit, CurrencyCode, null, null, reason, by, at);
    }
}

public enum WageReferenceKind
{
    MinimumWage,
    ExchangeRate,
}

/// <summary>
/// One correction or retirement of a minimum wage or an exchange rate: the figure before, the figure after (none
/// when the entry was retired), why, who and when. One table for both kinds, since both hold one amount in one
/// currency (a rate's amount is US dollars per unit of its currency).
/// </summary>
public sealed class WageReferenceChange
{
    private WageReferenceChange()
    {
    }

    public WageReferenceChange(
        WageReferenceKind kind,
        long referenceId,
        decimal oldAmount,
        string oldCurrencyCode,
        decimal? newAmount,
        string? newCurrencyCode,
        string reason,
        Guid changedBy,
        DateTimeOffset changedAt)
    {
        Kind = kind;
        ReferenceId = referenceId;
        OldAmount = oldAmount;
        OldCurrencyCode = oldCurrencyCode;
        NewAmount = newAmount;
        NewCurrencyCode = newCurrencyCode;
        Reason = reason;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public long Id { get; private set; }

    public WageReferenceKind Kind { get; private set; }

    public long ReferenceId { get; private set; }

    public decimal OldAmount { get; private set; }

    public string OldCurrencyCode { get; private set; } = "";

    /// <summary>Null when the change retired the entry.</summary>
    public decimal? NewAmount { get; private set; }

    public string? NewCurrencyCode { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    internal static void EnsureInForce(DateTimeOffset? retiredAt)
    {
        if (retiredAt is not null)
        {
            throw new DomainRuleException("Rule.WageReference.Retired");
        }
    }
}

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
}

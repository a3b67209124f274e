using FluentValidation;
using MigrationPortal.Domain.JobOrders;

namespace MigrationPortal.Application.JobApplications;

/// <summary>A signed contract's terms as the employer's and the supervisor's forms enter them.</summary>
public interface IContractTermsInput
{
    decimal? MonthlyWage { get; }

    int? HoursPerWeek { get; }

    int? ContractMonths { get; }

    DateOnly? StartDate { get; }
}

/// <summary>The rules both contract forms share; each form's validator includes them.</summary>
internal sealed class ContractTermsValidator : AbstractValidator<IContractTermsInput>
{
    public ContractTermsValidator()
    {
        RuleFor(x => x.MonthlyWage).NotNull().GreaterThan(0);
        RuleFor(x => x.HoursPerWeek).NotNull().InclusiveBetween(1, 60);
        RuleFor(x => x.ContractMonths).NotNull().InclusiveBetween(1, 60);
        RuleFor(x => x.StartDate).NotNull();
    }
}

public static class ContractTermsInputExtensions
{
    /// <summary>The validated terms as the domain's contract, in the order's currency.</summary>
    public static SignedContract ToContract(this IContractTermsInput input, string currencyCode)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new SignedContract(input.MonthlyWage!.Value, currencyCode, input.HoursPerWeek!.Value, input.ContractMonths!.Value, input.StartDate!.Value);
    }
}

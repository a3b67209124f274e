using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Common;
using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Infrastructure.Tenancy;
using MigrationPortal.Web.Localization;

namespace MigrationPortal.Web.Composition;

/// <summary>A page with a form that must reload its lists (drop-downs, context) before it is shown again.</summary>
public interface IFormPage
{
    Task LoadFormAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The one place that turns what a use case refuses into what the user sees (docs/design/architecture.md, Errors reaching the page):
/// invalid binding and validation failures redisplay the form with messages by its fields, a broken
/// business rule or a lost concurrency race goes to the summary, not found is 404, not allowed is 403.
/// </summary>
public sealed class PortalPageFilter(IStringLocalizer<SharedResource> text) : IAsyncPageFilter
{
    private const string InputPrefix = "Input";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var cancellationToken = context.HttpContext.RequestAborted;
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !context.ModelState.IsValid)
        {
            context.Result = await RedisplayAsync(context.HandlerInstance, cancellationToken);
            return;
        }

        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            return;
        }

        var modelState = executed.ModelState;
        switch (executed.Exception)
        {
            case ValidationException validation:
                foreach (var failure in validation.Errors)
                {
                    var key = string.IsNullOrEmpty(failure.PropertyName) ? string.Empty : $"{InputPrefix}.{failure.PropertyName}";
                    modelState.AddModelError(key, MessageFor(failure));
                }

                executed.Result = await RedisplayAsync(executed.HandlerInstance, cancellationToken);
                break;
            case DomainRuleException rule:
                modelState.AddModelError(string.Empty, text[rule.MessageKey, [.. rule.Arguments.Select(LocalizeArgument)]]);
                executed.Result = await RedisplayAsync(executed.HandlerInstance, cancellationToken);
                break;
            case DbUpdateConcurrencyException:
                modelState.AddModelError(string.Empty, text["Rule.ConcurrencyConflict"]);
                executed.Result = await RedisplayAsync(executed.HandlerInstance, cancellationToken);
                break;
            case var refused when RefusalFor(refused) is { } refusal:
                executed.Result = refusal;
                break;
            default:
                return;
        }

        executed.ExceptionHandled = true;
    }

    private static IActionResult? RefusalFor(Exception exception) => exception switch
    {
        NotFoundException => new NotFoundResult(),
        AccessDeniedException or TenantViolationException => new StatusCodeResult(StatusCodes.Status403Forbidden),
        _ => null,
    };

    private static async Task<IActionResult> RedisplayAsync(object handlerInstance, CancellationToken cancellationToken)
    {
        if (handlerInstance is IFormPage form)
        {
            try
            {
                await form.LoadFormAsync(cancellationToken);
            }
            catch (Exception exception) when (RefusalFor(exception) is not null)
            {
                // The form's context is read again in the user's scope: a foreign id is as absent here as in the handler.
                return RefusalFor(exception)!;
            }
        }

        return handlerInstance is PageModel page ? page.Page() : new BadRequestResult();
    }

    // A rule may name a status ("ProfileStatus.Submitted"): a text of its own, shown in the user's language; money
    // reads as on every page.
    private object LocalizeArgument(object argument) => argument switch
    {
        Money money => MoneyText.Of(money.Amount, money.CurrencyCode),
        string key when text[key] is { ResourceNotFound: false } localized => localized.Value,
        _ => argument,
    };

    private string MessageFor(FluentValidation.Results.ValidationFailure failure)
    {
        // The portal's own rules carry an error code; FluentValidation's built-in rules are already localized.
        if (failure.ErrorCode?.StartsWith("Validation.", StringComparison.Ordinal) == true)
        {
            var field = text[$"Field.{failure.PropertyName}"];
            return text[failure.ErrorCode, field.Value];
        }

        return failure.ErrorMessage;
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MigrationPortal.Web.Composition;

/// <summary>
/// Reads posted forms with the invariant culture. Browsers send number and date inputs as "1500.50" and
/// "2026-11-24" whatever the page's language, while Uzbek and Russian write decimals with a comma: binding with the
/// page's culture would refuse every wage with cents.
/// </summary>
public sealed class InvariantFormValueProviderFactory : IValueProviderFactory
{
    public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.ActionContext.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.ActionContext.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new ValueProviderException(ex.Message, ex);
        }

        context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture));
    }
}

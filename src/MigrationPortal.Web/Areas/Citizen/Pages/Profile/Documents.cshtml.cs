using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Reference;
using MigrationPortal.Application.Workers.Profiles;
using MigrationPortal.Domain.Workers;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Areas.Citizen.Pages.Profile;

[UploadPage]
[RequestFormLimits(MultipartBodyLengthLimit = UploadPageAttribute.MaximumRequestBytes)]
public sealed class DocumentsModel(ISender sender, IStringLocalizer<SharedResource> text) : ProfileStepPage(sender)
{
    public override ProfileSection Section => ProfileSection.Documents;

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public IReadOnlyList<Option> Kinds => [.. Enum.GetValues<DocumentKind>().Select(k => new Option(k.ToString(), text[$"DocumentKind.{k}"]))];

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        using var content = new MemoryStream();
        if (Input.File is { } file)
        {
            await file.CopyToAsync(content, HttpContext.RequestAborted);
        }

        await Sender.Send(
            new UploadProfileDocumentCommand { DocumentKind = Input.DocumentKind, FileName = Input.File?.FileName, Content = content.ToArray() },
            HttpContext.RequestAborted);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid documentId)
    {
        ModelState.Clear();
        await Sender.Send(new DeleteProfileDocumentCommand(documentId), HttpContext.RequestAborted);
        return RedirectToPage();
    }

    /// <summary>The upload form: the command's Content and FileName come from the file, so their messages show by it.</summary>
    public sealed class UploadInput
    {
        public DocumentKind? DocumentKind { get; set; }

        public IFormFile? File { get; set; }
    }
}

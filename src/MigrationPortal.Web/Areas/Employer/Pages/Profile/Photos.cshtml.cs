using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MigrationPortal.Application.Organizations.Employers;
using MigrationPortal.Application.Reference;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Web.Composition;
using MigrationPortal.Web.Security;

namespace MigrationPortal.Web.Areas.Employer.Pages.Profile;

/// <summary>The employer's photos of its workplace and housing: what citizens see on its vacancies.</summary>
[UploadPage]
[RequestFormLimits(MultipartBodyLengthLimit = UploadPageAttribute.MaximumRequestBytes)]
public sealed class PhotosModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel, IFormPage
{
    [BindProperty]
    public UploadInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Uploaded { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    public IReadOnlyList<EmployerPhotoItem> Photos { get; private set; } = [];

    public bool IsFull => Photos.Count >= UploadEmployerPhotoCommand.MaximumPhotos;

    public IReadOnlyList<Option> Subjects => [.. Enum.GetValues<PhotoSubject>().Select(s => new Option(s.ToString(), text[$"PhotoSubject.{s}"]))];

    public Task OnGetAsync() => LoadFormAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        using var content = new MemoryStream();
        if (Input.File is { } file)
        {
            await file.CopyToAsync(content, HttpContext.RequestAborted);
        }

        await sender.Send(
            new UploadEmployerPhotoCommand { Subject = Input.Subject, Caption = Input.Caption, FileName = Input.File?.FileName, Content = content.ToArray() },
            HttpContext.RequestAborted);
        return RedirectToPage(new { uploaded = "true" });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid photoId)
    {
        ModelState.Clear();
        await sender.Send(new DeleteEmployerPhotoCommand(photoId), HttpContext.RequestAborted);
        return RedirectToPage(new { deleted = "true" });
    }

    public async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Photos = await sender.Send(new ListMyEmployerPhotosQuery(), cancellationToken);

    /// <summary>The upload form: the command's Content and FileName come from the file, so their messages show by it.</summary>
    public sealed class UploadInput
    {
        public PhotoSubject? Subject { get; set; }

        public string? Caption { get; set; }

        public IFormFile? File { get; set; }
    }
}

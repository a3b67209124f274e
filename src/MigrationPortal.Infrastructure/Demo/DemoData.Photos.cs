using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Application.Files;
using MigrationPortal.Domain.JobOrders;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Demo;

public static partial class DemoData
{
    /// <summary>Workplace and housing pictures for the demo employers, so their vacancy pages show the photos section.</summary>
    private static async Task SeedEmployerPhotosAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        if (await db.EmployerPhotos.AnyAsync())
        {
            return;
        }

        var files = services.GetRequiredService<IFileStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        (Guid Employer, PhotoSubject Subject, string Caption, byte[] Picture)[] photos =
        [
            (DaesungId, PhotoSubject.Workplace, "Ulsan tersanasi: payvandlash sexi va kran", DemoPictures.Workplace(120, 130, 140)),
            (DaesungId, PhotoSubject.Housing, "Ikki kishilik yotoqxona xonasi, ishdan 10 daqiqa", DemoPictures.Housing(60, 110, 170)),
            (VolgaStroyId, PhotoSubject.Workplace, "Nijniy Novgorod: turar joy majmuasi qurilishi", DemoPictures.Workplace(170, 120, 100)),
            (VolgaStroyId, PhotoSubject.Housing, "Quruvchilar shaharchasi: to‘rt kishilik xona", DemoPictures.Housing(140, 70, 70)),
            (KentFarmsId, PhotoSubject.Housing, "Fermadagi karvon-uy, ikki kishiga", DemoPictures.Housing(70, 130, 80)),
        ];
        foreach (var (employer, subject, caption, picture) in photos)
        {
            db.EmployerPhotos.Add(new EmployerPhoto(Guid.CreateVersion7(), files.Add(picture), subject, caption, "image/png", now) { OrganizationId = employer });
        }

        await db.SaveChangesAsync();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigrationPortal.Infrastructure.Persistence;

namespace MigrationPortal.Infrastructure.Demo;

/// <summary>Contact details of the seeded units for the public contact page; a unit an administrator already gave a phone keeps it.</summary>
public static partial class DemoData
{
    private const string BranchHours = "Du–Ju 9:00–18:00, tushlik 13:00–14:00";
    private const string CenterHours = "Du–Sh 8:30–17:30";

    private static readonly Dictionary<Guid, (string Address, string Phone, string Hours)> UnitContacts = new()
    {
        [Unit(1, 1)] = ("Nukus sh., Do‘stlik guzari, 12", "+998 61 222 14 05", BranchHours),
        [Unit(1, 2)] = ("Andijon sh., Navoiy shoh ko‘chasi, 47", "+998 74 223 31 10", BranchHours),
        [Unit(1, 3)] = ("Buxoro sh., Mustaqillik ko‘chasi, 9", "+998 65 221 47 26", BranchHours),
        [Unit(1, 4)] = ("Farg‘ona sh., Al-Farg‘oniy ko‘chasi, 25", "+998 73 244 18 62", BranchHours),
        [Unit(1, 5)] = ("Jizzax sh., Sharof Rashidov ko‘chasi, 61", "+998 72 226 05 34", BranchHours),
        [Unit(1, 6)] = ("Qarshi sh., Islom Karimov ko‘chasi, 318", "+998 75 221 62 90", BranchHours),
        [Unit(1, 7)] = ("Urganch sh., Al-Xorazmiy ko‘chasi, 28", "+998 62 224 73 15", BranchHours),
        [Unit(1, 8)] = ("Namangan sh., Uychi ko‘chasi, 10", "+998 69 227 40 81", BranchHours),
        [Unit(1, 9)] = ("Navoiy sh., Galaba shoh ko‘chasi, 77", "+998 79 223 12 48", BranchHours),
        [Unit(1, 10)] = ("Samarqand sh., Registon ko‘chasi, 52", "+998 66 233 45 67", BranchHours),
        [Unit(1, 11)] = ("Termiz sh., At-Termiziy ko‘chasi, 14", "+998 76 227 38 02", BranchHours),
        [Unit(1, 12)] = ("Guliston sh., O‘zbekiston ko‘chasi, 3", "+998 67 225 19 73", BranchHours),
        [Unit(1, 13)] = ("Nurafshon sh., Toshkent yo‘li, 40", "+998 70 715 20 36", BranchHours),
        [Unit(1, 14)] = ("Toshkent sh., Mirobod tumani, Avliyo ota ko‘chasi, 8", "+998 71 202 00 16", BranchHours),
        [Unit(2, 1)] = ("Moskva, Pogodinskaya ko‘chasi, 12", "+7 495 230 00 76", "Mon–Fri 9:00–18:00 (Moscow time)"),
        [Unit(2, 2)] = ("Seoul, Yongsan-gu, Itaewon-ro 110", "+82 2 574 65 54", "Mon–Fri 9:00–17:00 (KST)"),
        [Unit(2, 3)] = ("Astana, Kabanbay Batyr avenue 47", "+7 7172 79 23 60", "Mon–Fri 9:00–18:00 (Astana time)"),
        [Unit(2, 4)] = ("Istanbul, Şişli, Büyükdere Caddesi 59", "+90 212 236 48 70", "Mon–Fri 9:30–17:30 (TRT)"),
        [Unit(3, 1)] = ("Nukus sh., Qaraqalpaqstan ko‘chasi, 5", "+998 61 224 60 11", CenterHours),
        [Unit(3, 2)] = ("Andijon sh., Bobur shoh ko‘chasi, 120", "+998 74 225 81 03", CenterHours),
        [Unit(3, 10)] = ("Samarqand sh., Universitet xiyoboni, 18", "+998 66 239 12 20", CenterHours),
        [Unit(3, 14)] = ("Toshkent sh., Chilonzor tumani, Bunyodkor shoh ko‘chasi, 27", "+998 71 276 40 55", CenterHours),
    };

    private static async Task SeedUnitContactsAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var ids = UnitContacts.Keys.ToList();
        var units = await db.AgencyUnits.Where(u => ids.Contains(u.Id) && u.Phone == null).ToListAsync();
        foreach (var unit in units)
        {
            var (address, phone, hours) = UnitContacts[unit.Id];
            unit.SetContact(address, phone, hours);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A seeded unit's id: its kind's group (1 branches, 2 offices, 3 training centers) and its number.</summary>
    private static Guid Unit(int group, int number) => new($"00000000-0000-0000-{group:D4}-{number:D12}");
}

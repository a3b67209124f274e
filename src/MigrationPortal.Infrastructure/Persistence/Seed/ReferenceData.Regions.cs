using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Seed;

// Territorial units of Uzbekistan; codes per ISO 3166-2:UZ.
public static partial class ReferenceData
{
    private static readonly Region[] RegionItems =
    [
        new() { Id = 1, Code = "UZ-QR", NameUzLatn = "Qoraqalpog‘iston Respublikasi", NameUzCyrl = "Қорақалпоғистон Республикаси", NameRu = "Республика Каракалпакстан", NameEn = "Republic of Karakalpakstan" },
        new() { Id = 2, Code = "UZ-AN", NameUzLatn = "Andijon viloyati", NameUzCyrl = "Андижон вилояти", NameRu = "Андижанская область", NameEn = "Andijan Region" },
        new() { Id = 3, Code = "UZ-BU", NameUzLatn = "Buxoro viloyati", NameUzCyrl = "Бухоро вилояти", NameRu = "Бухарская область", NameEn = "Bukhara Region" },
        new() { Id = 4, Code = "UZ-FA", NameUzLatn = "Farg‘ona viloyati", NameUzCyrl = "Фарғона вилояти", NameRu = "Ферганская область", NameEn = "Fergana Region" },
        new() { Id = 5, Code = "UZ-JI", NameUzLatn = "Jizzax viloyati", NameUzCyrl = "Жиззах вилояти", NameRu = "Джизакская область", NameEn = "Jizzakh Region" },
        new() { Id = 6, Code = "UZ-QA", NameUzLatn = "Qashqadaryo viloyati", NameUzCyrl = "Қашқадарё вилояти", NameRu = "Кашкадарьинская область", NameEn = "Kashkadarya Region" },
        new() { Id = 7, Code = "UZ-XO", NameUzLatn = "Xorazm viloyati", NameUzCyrl = "Хоразм вилояти", NameRu = "Хорезмская область", NameEn = "Khorezm Region" },
        new() { Id = 8, Code = "UZ-NG", NameUzLatn = "Namangan viloyati", NameUzCyrl = "Наманган вилояти", NameRu = "Наманганская область", NameEn = "Namangan Region" },
        new() { Id = 9, Code = "UZ-NW", NameUzLatn = "Navoiy viloyati", NameUzCyrl = "Навоий вилояти", NameRu = "Навоийская область", NameEn = "Navoi Region" },
        new() { Id = 10, Code = "UZ-SA", NameUzLatn = "Samarqand viloyati", NameUzCyrl = "Самарқанд вилояти", NameRu = "Самаркандская область", NameEn = "Samarkand Region" },
        new() { Id = 11, Code = "UZ-SU", NameUzLatn = "Surxondaryo viloyati", NameUzCyrl = "Сурхондарё вилояти", NameRu = "Сурхандарьинская область", NameEn = "Surkhandarya Region" },
        new() { Id = 12, Code = "UZ-SI", NameUzLatn = "Sirdaryo viloyati", NameUzCyrl = "Сирдарё вилояти", NameRu = "Сырдарьинская область", NameEn = "Syrdarya Region" },
        new() { Id = 13, Code = "UZ-TO", NameUzLatn = "Toshkent viloyati", NameUzCyrl = "Тошкент вилояти", NameRu = "Ташкентская область", NameEn = "Tashkent Region" },
        new() { Id = 14, Code = "UZ-TK", NameUzLatn = "Toshkent shahri", NameUzCyrl = "Тошкент шаҳри", NameRu = "город Ташкент", NameEn = "Tashkent City" },
    ];

    public static IReadOnlyList<Region> Regions { get; } = Array.AsReadOnly(RegionItems);
}

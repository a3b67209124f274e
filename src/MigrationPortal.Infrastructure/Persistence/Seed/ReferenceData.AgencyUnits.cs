using MigrationPortal.Domain.Common;
using MigrationPortal.Domain.Organizations;

namespace MigrationPortal.Infrastructure.Persistence.Seed;

// Agency units (docs/design/domain.md, Territorial units); the Guids are seeded by an EF migration and must never change.
public static partial class ReferenceData
{
    private static readonly AgencyUnit[] AgencyUnitItems =
    [
        new(new Guid("00000000-0000-0000-0001-000000000001"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Qoraqalpog‘iston Respublikasi hududiy boshqarmasi", "Қорақалпоғистон Республикаси ҳудудий бошқармаси", "Территориальное управление Республики Каракалпакстан", "Republic of Karakalpakstan Branch"), regionId: 1, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000002"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Andijon viloyati hududiy boshqarmasi", "Андижон вилояти ҳудудий бошқармаси", "Территориальное управление Андижанской области", "Andijan Regional Branch"), regionId: 2, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000003"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Buxoro viloyati hududiy boshqarmasi", "Бухоро вилояти ҳудудий бошқармаси", "Территориальное управление Бухарской области", "Bukhara Regional Branch"), regionId: 3, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000004"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Farg‘ona viloyati hududiy boshqarmasi", "Фарғона вилояти ҳудудий бошқармаси", "Территориальное управление Ферганской области", "Fergana Regional Branch"), regionId: 4, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000005"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Jizzax viloyati hududiy boshqarmasi", "Жиззах вилояти ҳудудий бошқармаси", "Территориальное управление Джизакской области", "Jizzakh Regional Branch"), regionId: 5, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000006"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Qashqadaryo viloyati hududiy boshqarmasi", "Қашқадарё вилояти ҳудудий бошқармаси", "Территориальное управление Кашкадарьинской области", "Kashkadarya Regional Branch"), regionId: 6, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000007"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Xorazm viloyati hududiy boshqarmasi", "Хоразм вилояти ҳудудий бошқармаси", "Территориальное управление Хорезмской области", "Khorezm Regional Branch"), regionId: 7, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000008"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Namangan viloyati hududiy boshqarmasi", "Наманган вилояти ҳудудий бошқармаси", "Территориальное управление Наманганской области", "Namangan Regional Branch"), regionId: 8, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000009"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Navoiy viloyati hududiy boshqarmasi", "Навоий вилояти ҳудудий бошқармаси", "Территориальное управление Навоийской области", "Navoi Regional Branch"), regionId: 9, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000010"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Samarqand viloyati hududiy boshqarmasi", "Самарқанд вилояти ҳудудий бошқармаси", "Территориальное управление Самаркандской области", "Samarkand Regional Branch"), regionId: 10, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000011"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Surxondaryo viloyati hududiy boshqarmasi", "Сурхондарё вилояти ҳудудий бошқармаси", "Территориальное управление Сурхандарьинской области", "Surkhandarya Regional Branch"), regionId: 11, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000012"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Sirdaryo viloyati hududiy boshqarmasi", "Сирдарё вилояти ҳудудий бошқармаси", "Территориальное управление Сырдарьинской области", "Syrdarya Regional Branch"), regionId: 12, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000013"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Toshkent viloyati hududiy boshqarmasi", "Тошкент вилояти ҳудудий бошқармаси", "Территориальное управление Ташкентской области", "Tashkent Regional Branch"), regionId: 13, countryCode: null),
        new(new Guid("00000000-0000-0000-0001-000000000014"), AgencyUnitKind.TerritorialBranch, new LocalizedText("Toshkent shahri hududiy boshqarmasi", "Тошкент шаҳри ҳудудий бошқармаси", "Территориальное управление города Ташкента", "Tashkent City Branch"), regionId: 14, countryCode: null),
        new(new Guid("00000000-0000-0000-0002-000000000001"), AgencyUnitKind.RepresentativeOffice, new LocalizedText("Rossiya Federatsiyasidagi vakolatxona", "Россия Федерациясидаги ваколатхона", "Представительство в Российской Федерации", "Representative Office in the Russian Federation"), regionId: null, countryCode: "RU"),
        new(new Guid("00000000-0000-0000-0002-000000000002"), AgencyUnitKind.RepresentativeOffice, new LocalizedText("Koreya Respublikasidagi vakolatxona", "Корея Республикасидаги ваколатхона", "Представительство в Республике Корея", "Representative Office in the Republic of Korea"), regionId: null, countryCode: "KR"),
        new(new Guid("00000000-0000-0000-0002-000000000003"), AgencyUnitKind.RepresentativeOffice, new LocalizedText("Qozog‘iston Respublikasidagi vakolatxona", "Қозоғистон Республикасидаги ваколатхона", "Представительство в Республике Казахстан", "Representative Office in the Republic of Kazakhstan"), regionId: null, countryCode: "KZ"),
        new(new Guid("00000000-0000-0000-0002-000000000004"), AgencyUnitKind.RepresentativeOffice, new LocalizedText("Turkiya Respublikasidagi vakolatxona", "Туркия Республикасидаги ваколатхона", "Представительство в Турецкой Республике", "Representative Office in the Republic of Türkiye"), regionId: null, countryCode: "TR"),
        new(new Guid("00000000-0000-0000-0003-000000000001"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Nukus", "«Ишга марҳамат» мономаркази — Нукус", "Моноцентр «Ишга мархамат» — Нукус", "“Ishga Marhamat” Monocenter — Nukus"), regionId: 1, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000002"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Andijon", "«Ишга марҳамат» мономаркази — Андижон", "Моноцентр «Ишга мархамат» — Андижан", "“Ishga Marhamat” Monocenter — Andijan"), regionId: 2, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000003"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Buxoro", "«Ишга марҳамат» мономаркази — Бухоро", "Моноцентр «Ишга мархамат» — Бухара", "“Ishga Marhamat” Monocenter — Bukhara"), regionId: 3, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000004"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Farg‘ona", "«Ишга марҳамат» мономаркази — Фарғона", "Моноцентр «Ишга мархамат» — Фергана", "“Ishga Marhamat” Monocenter — Fergana"), regionId: 4, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000005"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Jizzax", "«Ишга марҳамат» мономаркази — Жиззах", "Моноцентр «Ишга мархамат» — Джизак", "“Ishga Marhamat” Monocenter — Jizzakh"), regionId: 5, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000006"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Qarshi", "«Ишга марҳамат» мономаркази — Қарши", "Моноцентр «Ишга мархамат» — Карши", "“Ishga Marhamat” Monocenter — Karshi"), regionId: 6, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000007"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Urganch", "«Ишга марҳамат» мономаркази — Урганч", "Моноцентр «Ишга мархамат» — Ургенч", "“Ishga Marhamat” Monocenter — Urgench"), regionId: 7, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000008"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Namangan", "«Ишга марҳамат» мономаркази — Наманган", "Моноцентр «Ишга мархамат» — Наманган", "“Ishga Marhamat” Monocenter — Namangan"), regionId: 8, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000009"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Navoiy", "«Ишга марҳамат» мономаркази — Навоий", "Моноцентр «Ишга мархамат» — Навои", "“Ishga Marhamat” Monocenter — Navoi"), regionId: 9, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000010"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Samarqand", "«Ишга марҳамат» мономаркази — Самарқанд", "Моноцентр «Ишга мархамат» — Самарканд", "“Ishga Marhamat” Monocenter — Samarkand"), regionId: 10, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000011"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Termiz", "«Ишга марҳамат» мономаркази — Термиз", "Моноцентр «Ишга мархамат» — Термез", "“Ishga Marhamat” Monocenter — Termez"), regionId: 11, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000012"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Guliston", "«Ишга марҳамат» мономаркази — Гулистон", "Моноцентр «Ишга мархамат» — Гулистан", "“Ishga Marhamat” Monocenter — Gulistan"), regionId: 12, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000013"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Nurafshon", "«Ишга марҳамат» мономаркази — Нурафшон", "Моноцентр «Ишга мархамат» — Нурафшан", "“Ishga Marhamat” Monocenter — Nurafshon"), regionId: 13, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000014"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Toshkent, Chilonzor", "«Ишга марҳамат» мономаркази — Тошкент, Чилонзор", "Моноцентр «Ишга мархамат» — Ташкент, Чиланзар", "“Ishga Marhamat” Monocenter — Tashkent, Chilanzar"), regionId: 14, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000015"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Kattaqo‘rg‘on", "«Ишга марҳамат» мономаркази — Каттақўрғон", "Моноцентр «Ишга мархамат» — Каттакурган", "“Ishga Marhamat” Monocenter — Kattakurgan"), regionId: 10, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000016"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Qo‘qon", "«Ишга марҳамат» мономаркази — Қўқон", "Моноцентр «Ишга мархамат» — Коканд", "“Ishga Marhamat” Monocenter — Kokand"), regionId: 4, countryCode: null),
        new(new Guid("00000000-0000-0000-0003-000000000017"), AgencyUnitKind.TrainingCenter, new LocalizedText("“Ishga marhamat” monomarkazi — Toshkent, Yunusobod", "«Ишга марҳамат» мономаркази — Тошкент, Юнусобод", "Моноцентр «Ишга мархамат» — Ташкент, Юнусабад", "“Ishga Marhamat” Monocenter — Tashkent, Yunusabad"), regionId: 14, countryCode: null),
    ];

    public static IReadOnlyList<AgencyUnit> AgencyUnits { get; } = Array.AsReadOnly(AgencyUnitItems);

    public static Guid TerritorialBranchId(int regionId)
    {
        foreach (var unit in AgencyUnitItems)
        {
            if (unit.Kind == AgencyUnitKind.TerritorialBranch && unit.RegionId == regionId)
            {
                return unit.Id;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(regionId), regionId, "No territorial branch exists for this region.");
    }
}

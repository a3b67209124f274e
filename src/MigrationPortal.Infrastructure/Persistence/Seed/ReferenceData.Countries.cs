using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Seed;

// Country codes per ISO 3166-1 alpha-2.
public static partial class ReferenceData
{
    private static readonly Country[] CountryItems =
    [
        new() { Code = "UZ", NameUzLatn = "O‘zbekiston", NameUzCyrl = "Ўзбекистон", NameRu = "Узбекистан", NameEn = "Uzbekistan" },
        new() { Code = "RU", NameUzLatn = "Rossiya", NameUzCyrl = "Россия", NameRu = "Россия", NameEn = "Russia" },
        new() { Code = "KR", NameUzLatn = "Koreya Respublikasi", NameUzCyrl = "Корея Республикаси", NameRu = "Республика Корея", NameEn = "Republic of Korea" },
        new() { Code = "KZ", NameUzLatn = "Qozog‘iston", NameUzCyrl = "Қозоғистон", NameRu = "Казахстан", NameEn = "Kazakhstan" },
        new() { Code = "TR", NameUzLatn = "Turkiya", NameUzCyrl = "Туркия", NameRu = "Турция", NameEn = "Türkiye" },
        new() { Code = "GB", NameUzLatn = "Buyuk Britaniya", NameUzCyrl = "Буюк Британия", NameRu = "Великобритания", NameEn = "United Kingdom" },
        new() { Code = "DE", NameUzLatn = "Germaniya", NameUzCyrl = "Германия", NameRu = "Германия", NameEn = "Germany" },
        new() { Code = "JP", NameUzLatn = "Yaponiya", NameUzCyrl = "Япония", NameRu = "Япония", NameEn = "Japan" },
        new() { Code = "PL", NameUzLatn = "Polsha", NameUzCyrl = "Польша", NameRu = "Польша", NameEn = "Poland" },
        new() { Code = "AE", NameUzLatn = "Birlashgan Arab Amirliklari", NameUzCyrl = "Бирлашган Араб Амирликлари", NameRu = "Объединённые Арабские Эмираты", NameEn = "United Arab Emirates" },
        new() { Code = "SA", NameUzLatn = "Saudiya Arabistoni", NameUzCyrl = "Саудия Арабистони", NameRu = "Саудовская Аравия", NameEn = "Saudi Arabia" },
        new() { Code = "QA", NameUzLatn = "Qatar", NameUzCyrl = "Қатар", NameRu = "Катар", NameEn = "Qatar" },
        new() { Code = "KW", NameUzLatn = "Quvayt", NameUzCyrl = "Қувайт", NameRu = "Кувейт", NameEn = "Kuwait" },
        new() { Code = "OM", NameUzLatn = "Ummon", NameUzCyrl = "Уммон", NameRu = "Оман", NameEn = "Oman" },
        new() { Code = "BH", NameUzLatn = "Bahrayn", NameUzCyrl = "Баҳрайн", NameRu = "Бахрейн", NameEn = "Bahrain" },
        new() { Code = "IL", NameUzLatn = "Isroil", NameUzCyrl = "Исроил", NameRu = "Израиль", NameEn = "Israel" },
        new() { Code = "CY", NameUzLatn = "Kipr", NameUzCyrl = "Кипр", NameRu = "Кипр", NameEn = "Cyprus" },
        new() { Code = "GR", NameUzLatn = "Gretsiya", NameUzCyrl = "Греция", NameRu = "Греция", NameEn = "Greece" },
        new() { Code = "BG", NameUzLatn = "Bolgariya", NameUzCyrl = "Болгария", NameRu = "Болгария", NameEn = "Bulgaria" },
        new() { Code = "RO", NameUzLatn = "Ruminiya", NameUzCyrl = "Руминия", NameRu = "Румыния", NameEn = "Romania" },
        new() { Code = "HU", NameUzLatn = "Vengriya", NameUzCyrl = "Венгрия", NameRu = "Венгрия", NameEn = "Hungary" },
        new() { Code = "SK", NameUzLatn = "Slovakiya", NameUzCyrl = "Словакия", NameRu = "Словакия", NameEn = "Slovakia" },
        new() { Code = "CZ", NameUzLatn = "Chexiya", NameUzCyrl = "Чехия", NameRu = "Чехия", NameEn = "Czechia" },
        new() { Code = "HR", NameUzLatn = "Xorvatiya", NameUzCyrl = "Хорватия", NameRu = "Хорватия", NameEn = "Croatia" },
        new() { Code = "SI", NameUzLatn = "Sloveniya", NameUzCyrl = "Словения", NameRu = "Словения", NameEn = "Slovenia" },
        new() { Code = "AT", NameUzLatn = "Avstriya", NameUzCyrl = "Австрия", NameRu = "Австрия", NameEn = "Austria" },
        new() { Code = "LT", NameUzLatn = "Litva", NameUzCyrl = "Литва", NameRu = "Литва", NameEn = "Lithuania" },
        new() { Code = "LV", NameUzLatn = "Latviya", NameUzCyrl = "Латвия", NameRu = "Латвия", NameEn = "Latvia" },
        new() { Code = "EE", NameUzLatn = "Estoniya", NameUzCyrl = "Эстония", NameRu = "Эстония", NameEn = "Estonia" },
        new() { Code = "FI", NameUzLatn = "Finlandiya", NameUzCyrl = "Финляндия", NameRu = "Финляндия", NameEn = "Finland" },
        new() { Code = "SE", NameUzLatn = "Shvetsiya", NameUzCyrl = "Швеция", NameRu = "Швеция", NameEn = "Sweden" },
        new() { Code = "NO", NameUzLatn = "Norvegiya", NameUzCyrl = "Норвегия", NameRu = "Норвегия", NameEn = "Norway" },
        new() { Code = "DK", NameUzLatn = "Daniya", NameUzCyrl = "Дания", NameRu = "Дания", NameEn = "Denmark" },
        new() { Code = "NL", NameUzLatn = "Niderlandiya", NameUzCyrl = "Нидерландия", NameRu = "Нидерланды", NameEn = "Netherlands" },
        new() { Code = "BE", NameUzLatn = "Belgiya", NameUzCyrl = "Бельгия", NameRu = "Бельгия", NameEn = "Belgium" },
        new() { Code = "FR", NameUzLatn = "Fransiya", NameUzCyrl = "Франция", NameRu = "Франция", NameEn = "France" },
        new() { Code = "IT", NameUzLatn = "Italiya", NameUzCyrl = "Италия", NameRu = "Италия", NameEn = "Italy" },
        new() { Code = "ES", NameUzLatn = "Ispaniya", NameUzCyrl = "Испания", NameRu = "Испания", NameEn = "Spain" },
        new() { Code = "PT", NameUzLatn = "Portugaliya", NameUzCyrl = "Португалия", NameRu = "Португалия", NameEn = "Portugal" },
        new() { Code = "IE", NameUzLatn = "Irlandiya", NameUzCyrl = "Ирландия", NameRu = "Ирландия", NameEn = "Ireland" },
        new() { Code = "BY", NameUzLatn = "Belarus", NameUzCyrl = "Беларусь", NameRu = "Беларусь", NameEn = "Belarus" },
        new() { Code = "KG", NameUzLatn = "Qirg‘iziston", NameUzCyrl = "Қирғизистон", NameRu = "Кыргызстан", NameEn = "Kyrgyzstan" },
        new() { Code = "CN", NameUzLatn = "Xitoy", NameUzCyrl = "Хитой", NameRu = "Китай", NameEn = "China" },
        new() { Code = "MY", NameUzLatn = "Malayziya", NameUzCyrl = "Малайзия", NameRu = "Малайзия", NameEn = "Malaysia" },
        new() { Code = "CA", NameUzLatn = "Kanada", NameUzCyrl = "Канада", NameRu = "Канада", NameEn = "Canada" },
        new() { Code = "US", NameUzLatn = "Amerika Qo‘shma Shtatlari", NameUzCyrl = "Америка Қўшма Штатлари", NameRu = "Соединённые Штаты Америки", NameEn = "United States" },
        new() { Code = "AU", NameUzLatn = "Avstraliya", NameUzCyrl = "Австралия", NameRu = "Австралия", NameEn = "Australia" },
        new() { Code = "NZ", NameUzLatn = "Yangi Zelandiya", NameUzCyrl = "Янги Зеландия", NameRu = "Новая Зеландия", NameEn = "New Zealand" },
    ];

    public static IReadOnlyList<Country> Countries { get; } = Array.AsReadOnly(CountryItems);
}

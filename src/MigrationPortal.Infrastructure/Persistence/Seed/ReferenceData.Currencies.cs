using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Seed;

// Currency codes and minor units per ISO 4217.
public static partial class ReferenceData
{
    private static readonly Currency[] CurrencyItems =
    [
        new() { Code = "UZS", MinorUnits = 2, NameUzLatn = "O‘zbek so‘mi", NameUzCyrl = "Ўзбек сўми", NameRu = "Узбекский сум", NameEn = "Uzbekistani som" },
        new() { Code = "USD", MinorUnits = 2, NameUzLatn = "AQSH dollari", NameUzCyrl = "АҚШ доллари", NameRu = "Доллар США", NameEn = "US dollar" },
        new() { Code = "EUR", MinorUnits = 2, NameUzLatn = "Yevro", NameUzCyrl = "Евро", NameRu = "Евро", NameEn = "Euro" },
        new() { Code = "RUB", MinorUnits = 2, NameUzLatn = "Rossiya rubli", NameUzCyrl = "Россия рубли", NameRu = "Российский рубль", NameEn = "Russian ruble" },
        new() { Code = "KRW", MinorUnits = 0, NameUzLatn = "Koreya voni", NameUzCyrl = "Корея вони", NameRu = "Южнокорейская вона", NameEn = "South Korean won" },
        new() { Code = "KZT", MinorUnits = 2, NameUzLatn = "Qozog‘iston tengesi", NameUzCyrl = "Қозоғистон тенгеси", NameRu = "Казахстанский тенге", NameEn = "Kazakhstani tenge" },
        new() { Code = "TRY", MinorUnits = 2, NameUzLatn = "Turk lirasi", NameUzCyrl = "Турк лираси", NameRu = "Турецкая лира", NameEn = "Turkish lira" },
        new() { Code = "GBP", MinorUnits = 2, NameUzLatn = "Britaniya funt sterlingi", NameUzCyrl = "Британия фунт стерлинги", NameRu = "Фунт стерлингов", NameEn = "Pound sterling" },
        new() { Code = "JPY", MinorUnits = 0, NameUzLatn = "Yaponiya iyenasi", NameUzCyrl = "Япония иенаси", NameRu = "Японская иена", NameEn = "Japanese yen" },
        new() { Code = "PLN", MinorUnits = 2, NameUzLatn = "Polsha zlotiysi", NameUzCyrl = "Польша злотийси", NameRu = "Польский злотый", NameEn = "Polish zloty" },
        new() { Code = "AED", MinorUnits = 2, NameUzLatn = "BAA dirhami", NameUzCyrl = "БАА дирҳами", NameRu = "Дирхам ОАЭ", NameEn = "UAE dirham" },
        new() { Code = "SAR", MinorUnits = 2, NameUzLatn = "Saudiya riyoli", NameUzCyrl = "Саудия риёли", NameRu = "Саудовский риял", NameEn = "Saudi riyal" },
        new() { Code = "QAR", MinorUnits = 2, NameUzLatn = "Qatar riyoli", NameUzCyrl = "Қатар риёли", NameRu = "Катарский риал", NameEn = "Qatari riyal" },
        new() { Code = "KWD", MinorUnits = 3, NameUzLatn = "Quvayt dinori", NameUzCyrl = "Қувайт динори", NameRu = "Кувейтский динар", NameEn = "Kuwaiti dinar" },
        new() { Code = "BHD", MinorUnits = 3, NameUzLatn = "Bahrayn dinori", NameUzCyrl = "Баҳрайн динори", NameRu = "Бахрейнский динар", NameEn = "Bahraini dinar" },
        new() { Code = "OMR", MinorUnits = 3, NameUzLatn = "Ummon riyoli", NameUzCyrl = "Уммон риёли", NameRu = "Оманский риал", NameEn = "Omani rial" },
        new() { Code = "ILS", MinorUnits = 2, NameUzLatn = "Isroil yangi shekeli", NameUzCyrl = "Исроил янги шекели", NameRu = "Новый израильский шекель", NameEn = "Israeli new shekel" },
        new() { Code = "CZK", MinorUnits = 2, NameUzLatn = "Chexiya kronasi", NameUzCyrl = "Чехия кронаси", NameRu = "Чешская крона", NameEn = "Czech koruna" },
        new() { Code = "HUF", MinorUnits = 2, NameUzLatn = "Vengriya forinti", NameUzCyrl = "Венгрия форинти", NameRu = "Венгерский форинт", NameEn = "Hungarian forint" },
        new() { Code = "RON", MinorUnits = 2, NameUzLatn = "Ruminiya leyi", NameUzCyrl = "Руминия лейи", NameRu = "Румынский лей", NameEn = "Romanian leu" },
        new() { Code = "CHF", MinorUnits = 2, NameUzLatn = "Shveytsariya franki", NameUzCyrl = "Швейцария франки", NameRu = "Швейцарский франк", NameEn = "Swiss franc" },
        new() { Code = "SEK", MinorUnits = 2, NameUzLatn = "Shvetsiya kronasi", NameUzCyrl = "Швеция кронаси", NameRu = "Шведская крона", NameEn = "Swedish krona" },
        new() { Code = "NOK", MinorUnits = 2, NameUzLatn = "Norvegiya kronasi", NameUzCyrl = "Норвегия кронаси", NameRu = "Норвежская крона", NameEn = "Norwegian krone" },
        new() { Code = "DKK", MinorUnits = 2, NameUzLatn = "Daniya kronasi", NameUzCyrl = "Дания кронаси", NameRu = "Датская крона", NameEn = "Danish krone" },
        new() { Code = "BYN", MinorUnits = 2, NameUzLatn = "Belarus rubli", NameUzCyrl = "Беларусь рубли", NameRu = "Белорусский рубль", NameEn = "Belarusian ruble" },
        new() { Code = "KGS", MinorUnits = 2, NameUzLatn = "Qirg‘iziston somi", NameUzCyrl = "Қирғизистон соми", NameRu = "Киргизский сом", NameEn = "Kyrgyzstani som" },
        new() { Code = "CNY", MinorUnits = 2, NameUzLatn = "Xitoy yuani", NameUzCyrl = "Хитой юани", NameRu = "Китайский юань", NameEn = "Chinese yuan" },
        new() { Code = "MYR", MinorUnits = 2, NameUzLatn = "Malayziya ringgiti", NameUzCyrl = "Малайзия ринггити", NameRu = "Малайзийский ринггит", NameEn = "Malaysian ringgit" },
        new() { Code = "CAD", MinorUnits = 2, NameUzLatn = "Kanada dollari", NameUzCyrl = "Канада доллари", NameRu = "Канадский доллар", NameEn = "Canadian dollar" },
        new() { Code = "AUD", MinorUnits = 2, NameUzLatn = "Avstraliya dollari", NameUzCyrl = "Австралия доллари", NameRu = "Австралийский доллар", NameEn = "Australian dollar" },
        new() { Code = "NZD", MinorUnits = 2, NameUzLatn = "Yangi Zelandiya dollari", NameUzCyrl = "Янги Зеландия доллари", NameRu = "Новозеландский доллар", NameEn = "New Zealand dollar" },
    ];

    public static IReadOnlyList<Currency> Currencies { get; } = Array.AsReadOnly(CurrencyItems);
}

using MigrationPortal.Domain.Reference;

namespace MigrationPortal.Infrastructure.Persistence.Seed;

// Language codes per ISO 639-1; levels per CEFR, TOPIK and JLPT.
public static partial class ReferenceData
{
    private static readonly LanguageScale[] LanguageScaleItems =
    [
        new() { Code = "CEFR", NameUzLatn = "Umumevropa kompetensiyalari (CEFR)", NameUzCyrl = "Умумевропа компетенциялари (CEFR)", NameRu = "Общеевропейские компетенции владения иностранным языком (CEFR)", NameEn = "Common European Framework of Reference for Languages (CEFR)" },
        new() { Code = "TOPIK", NameUzLatn = "Koreys tilini bilish darajasi testi (TOPIK)", NameUzCyrl = "Корейс тилини билиш даражаси тести (TOPIK)", NameRu = "Тест на знание корейского языка (TOPIK)", NameEn = "Test of Proficiency in Korean (TOPIK)" },
        new() { Code = "JLPT", NameUzLatn = "Yapon tilini bilish darajasi imtihoni (JLPT)", NameUzCyrl = "Япон тилини билиш даражаси имтиҳони (JLPT)", NameRu = "Экзамен на знание японского языка (JLPT)", NameEn = "Japanese-Language Proficiency Test (JLPT)" },
    ];

    public static IReadOnlyList<LanguageScale> LanguageScales { get; } = Array.AsReadOnly(LanguageScaleItems);

    private static readonly LanguageLevel[] LanguageLevelItems =
    [
        new() { Id = 1, ScaleCode = "CEFR", Code = "A1", Rank = 1 },
        new() { Id = 2, ScaleCode = "CEFR", Code = "A2", Rank = 2 },
        new() { Id = 3, ScaleCode = "CEFR", Code = "B1", Rank = 3 },
        new() { Id = 4, ScaleCode = "CEFR", Code = "B2", Rank = 4 },
        new() { Id = 5, ScaleCode = "CEFR", Code = "C1", Rank = 5 },
        new() { Id = 6, ScaleCode = "CEFR", Code = "C2", Rank = 6 },
        new() { Id = 7, ScaleCode = "TOPIK", Code = "TOPIK 1", Rank = 1 },
        new() { Id = 8, ScaleCode = "TOPIK", Code = "TOPIK 2", Rank = 2 },
        new() { Id = 9, ScaleCode = "TOPIK", Code = "TOPIK 3", Rank = 3 },
        new() { Id = 10, ScaleCode = "TOPIK", Code = "TOPIK 4", Rank = 4 },
        new() { Id = 11, ScaleCode = "TOPIK", Code = "TOPIK 5", Rank = 5 },
        new() { Id = 12, ScaleCode = "TOPIK", Code = "TOPIK 6", Rank = 6 },
        new() { Id = 13, ScaleCode = "JLPT", Code = "N5", Rank = 1 },
        new() { Id = 14, ScaleCode = "JLPT", Code = "N4", Rank = 2 },
        new() { Id = 15, ScaleCode = "JLPT", Code = "N3", Rank = 3 },
        new() { Id = 16, ScaleCode = "JLPT", Code = "N2", Rank = 4 },
        new() { Id = 17, ScaleCode = "JLPT", Code = "N1", Rank = 5 },
    ];

    public static IReadOnlyList<LanguageLevel> LanguageLevels { get; } = Array.AsReadOnly(LanguageLevelItems);

    private static readonly Language[] LanguageItems =
    [
        new() { Code = "ko", ScaleCode = "TOPIK", NameUzLatn = "Koreys tili", NameUzCyrl = "Корейс тили", NameRu = "Корейский язык", NameEn = "Korean" },
        new() { Code = "ja", ScaleCode = "JLPT", NameUzLatn = "Yapon tili", NameUzCyrl = "Япон тили", NameRu = "Японский язык", NameEn = "Japanese" },
        new() { Code = "en", ScaleCode = "CEFR", NameUzLatn = "Ingliz tili", NameUzCyrl = "Инглиз тили", NameRu = "Английский язык", NameEn = "English" },
        new() { Code = "ru", ScaleCode = "CEFR", NameUzLatn = "Rus tili", NameUzCyrl = "Рус тили", NameRu = "Русский язык", NameEn = "Russian" },
        new() { Code = "de", ScaleCode = "CEFR", NameUzLatn = "Nemis tili", NameUzCyrl = "Немис тили", NameRu = "Немецкий язык", NameEn = "German" },
        new() { Code = "tr", ScaleCode = "CEFR", NameUzLatn = "Turk tili", NameUzCyrl = "Турк тили", NameRu = "Турецкий язык", NameEn = "Turkish" },
        new() { Code = "pl", ScaleCode = "CEFR", NameUzLatn = "Polyak tili", NameUzCyrl = "Поляк тили", NameRu = "Польский язык", NameEn = "Polish" },
        new() { Code = "ar", ScaleCode = "CEFR", NameUzLatn = "Arab tili", NameUzCyrl = "Араб тили", NameRu = "Арабский язык", NameEn = "Arabic" },
        new() { Code = "fr", ScaleCode = "CEFR", NameUzLatn = "Fransuz tili", NameUzCyrl = "Француз тили", NameRu = "Французский язык", NameEn = "French" },
        new() { Code = "it", ScaleCode = "CEFR", NameUzLatn = "Italyan tili", NameUzCyrl = "Итальян тили", NameRu = "Итальянский язык", NameEn = "Italian" },
        new() { Code = "es", ScaleCode = "CEFR", NameUzLatn = "Ispan tili", NameUzCyrl = "Испан тили", NameRu = "Испанский язык", NameEn = "Spanish" },
        new() { Code = "zh", ScaleCode = "CEFR", NameUzLatn = "Xitoy tili", NameUzCyrl = "Хитой тили", NameRu = "Китайский язык", NameEn = "Chinese" },
        new() { Code = "uz", ScaleCode = "CEFR", NameUzLatn = "O‘zbek tili", NameUzCyrl = "Ўзбек тили", NameRu = "Узбекский язык", NameEn = "Uzbek" },
        new() { Code = "kk", ScaleCode = "CEFR", NameUzLatn = "Qozoq tili", NameUzCyrl = "Қозоқ тили", NameRu = "Казахский язык", NameEn = "Kazakh" },
        new() { Code = "he", ScaleCode = "CEFR", NameUzLatn = "Ivrit tili", NameUzCyrl = "Иврит тили", NameRu = "Иврит", NameEn = "Hebrew" },
        new() { Code = "cs", ScaleCode = "CEFR", NameUzLatn = "Chex tili", NameUzCyrl = "Чех тили", NameRu = "Чешский язык", NameEn = "Czech" },
        new() { Code = "lv", ScaleCode = "CEFR", NameUzLatn = "Latish tili", NameUzCyrl = "Латиш тили", NameRu = "Латышский язык", NameEn = "Latvian" },
        new() { Code = "lt", ScaleCode = "CEFR", NameUzLatn = "Litva tili", NameUzCyrl = "Литва тили", NameRu = "Литовский язык", NameEn = "Lithuanian" },
        new() { Code = "hu", ScaleCode = "CEFR", NameUzLatn = "Venger tili", NameUzCyrl = "Венгер тили", NameRu = "Венгерский язык", NameEn = "Hungarian" },
        new() { Code = "ro", ScaleCode = "CEFR", NameUzLatn = "Rumin tili", NameUzCyrl = "Румин тили", NameRu = "Румынский язык", NameEn = "Romanian" },
        new() { Code = "sv", ScaleCode = "CEFR", NameUzLatn = "Shved tili", NameUzCyrl = "Швед тили", NameRu = "Шведский язык", NameEn = "Swedish" },
        new() { Code = "fi", ScaleCode = "CEFR", NameUzLatn = "Fin tili", NameUzCyrl = "Фин тили", NameRu = "Финский язык", NameEn = "Finnish" },
        new() { Code = "nl", ScaleCode = "CEFR", NameUzLatn = "Niderland tili", NameUzCyrl = "Нидерланд тили", NameRu = "Нидерландский язык", NameEn = "Dutch" },
    ];

    public static IReadOnlyList<Language> Languages { get; } = Array.AsReadOnly(LanguageItems);
}

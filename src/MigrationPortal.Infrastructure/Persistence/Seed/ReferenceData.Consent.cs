using MigrationPortal.Domain.Workers;

namespace MigrationPortal.Infrastructure.Persistence.Seed;

public static partial class ReferenceData
{
    /// <summary>The current consent version. A new text is a new row; consents already given keep naming the old one.</summary>
    public const string CurrentConsentVersion = "2026-1";

    public static IReadOnlyList<ConsentText> ConsentTexts { get; } =
    [
        new ConsentText
        {
            Version = CurrentConsentVersion,
            PublishedOn = new DateOnly(2026, 11, 1),
            TextUzLatn = "Men Tashqi mehnat migratsiyasi agentligiga shaxsiy ma’lumotlarimni (familiya, ism, tug‘ilgan sana, JShShIR, pasport ma’lumotlari, telefon, yashash joyi, ta’lim, mehnat faoliyati, kasblar, tillar va yuklangan hujjatlar) “Shaxsga doir ma’lumotlar to‘g‘risida”gi Qonunga muvofiq chet elda tashkiliy ishga joylashtirish maqsadida qayta ishlashga roziman. Ma’lumotlarim faqat agentlik xodimlariga va men ariza bergan hamkor ish beruvchilarga, ular uchun zarur hajmda ko‘rsatiladi. Roziligimni istalgan vaqtda qaytarib olishim mumkin; shunda ma’lumotlarimni qayta ishlash to‘xtatiladi.",
            TextUzCyrl = "Мен Ташқи меҳнат миграцияси агентлигига шахсий маълумотларимни (фамилия, исм, туғилган сана, ЖШШИР, паспорт маълумотлари, телефон, яшаш жойи, таълим, меҳнат фаолияти, касблар, тиллар ва юкланган ҳужжатлар) “Шахсга доир маълумотлар тўғрисида”ги Қонунга мувофиқ чет элда ташкилий ишга жойлаштириш мақсадида қайта ишлашга розиман. Маълумотларим фақат агентлик ходимларига ва мен ариза берган ҳамкор иш берувчиларга, улар учун зарур ҳажмда кўрсатилади. Розилигимни исталган вақтда қайтариб олишим мумкин; шунда маълумотларимни қайта ишлаш тўхтатилади.",
            TextRu = "Я даю согласие Агентству по внешней трудовой миграции на обработку моих персональных данных (фамилия, имя, дата рождения, ПИНФЛ, паспортные данные, телефон, место жительства, образование, трудовая деятельность, профессии, языки и загруженные документы) в соответствии с Законом «О персональных данных» в целях организованного трудоустройства за рубежом. Мои данные видят только сотрудники агентства и партнёрские работодатели, в вакансии которых я подал заявку, в необходимом им объёме. Я могу отозвать согласие в любое время; тогда обработка моих данных прекращается.",
            TextEn = "I consent to the Agency for External Labor Migration processing my personal data (surname, name, date of birth, PINFL, passport details, phone, place of residence, education, work history, professions, languages and uploaded documents) under the Law “On Personal Data” for the purpose of organized employment abroad. My data is shown only to agency staff and to the partner employers whose vacancies I apply to, to the extent they need it. I may withdraw this consent at any time; processing of my data then stops.",
        },
    ];
}

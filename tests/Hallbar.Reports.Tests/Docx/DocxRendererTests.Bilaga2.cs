namespace Hallbar.Reports.Tests.Docx;

public sealed partial class DocxRendererTests
{
    /// <summary>
    /// Bilaga 2 of the seed report, per indicator: header, rows and notes as printed there. Figures
    /// keep the seed's text but the report's typography (a space before the unit, "1 st", "m²",
    /// no hyphenation from the PDF's line breaks); a trailing "*" is a raised footnote mark. Where the
    /// demo data deliberately differs from the seed, the comment says so.
    /// </summary>
    public static TheoryData<string, string[][], string[]> MeasureTables => new()
    {
        {
            // Marks on names and grades; the seed's marks "**" and "***" in reading order.
            "Resurseffektiva verksamheter",
            [
                ["Mätetal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025"],
                ["Energianvändning per fordonskilometer (kollektivtrafik buss)", "3,6 kWh/km", "4,5 kWh/km", "4,5 kWh/km", "Positiv*"],
                ["Andel källsorterat avfall för materialåtervinning**", "33,8 %", "36,8 %", "36,9 %", "Oförändrad***"],
                ["Organisationens totala mängd avfall per länsinvånare", "6,8 kg/länsinvånare", "6,6 kg/länsinvånare", "6,7 kg/länsinvånare", "Oförändrad***"],
                ["Energiförbrukning i fastigheter och verksamheter", "188 kWh/m² BRA", "185 kWh/m² BRA", "184 kWh/m² BRA", "Positiv"],
                ["Totalt matsvinn gram per portion (inkl produktion)", "90 gram", "95 gram", "86 gram", "Positiv"],
                ["Resurseffektivitet nybyggnation, Vårdbyggnad NAV etapp 1 (Kvoten mellan BTA och LOA)", "69 %", "69 %", "68 %", "Positiv"],
                ["Samlad bedömning av indikatorn", "", "", "", "Positiv"],
            ],
            [
                "* Målvärdet för 2024 var 4,5 kWh/km och nivån kvarhålles 2025",
                "** Under 2025 enades regionerna om justering för vatten av i matavfallstank, vilket innebär att siffrorna inskickade till SKRs Kolada skiljer sig.",
                "*** Förändringen är marginell och det går inte att dra slutsatsen att det har skett en förbättring utifrån statistikunderlaget.",
            ]
        },
        {
            // A note about the whole table marks the column header, and a removed measure is only a note.
            "Hållbarhetskrav beaktas vid inköp",
            [
                ["Mätetal*", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025"],
                ["Antal genomförda kategoriarbeten inom Inköp Sörmland/Västmanland där miljö beaktas i processen", "1 st", "2 st", "0 st", "Negativ"],
                ["Antal upphandlingar med förhöjda miljökrav", "20 st", "30 st", "26 st", "Oförändrad"],
                ["Andel livsmedelsupphandlingar utan förhöjda miljökrav", "0 %", "0 %", "0 %", "Positiv"],
                ["Samlad bedömning av indikatorn", "", "", "", "Oförändrad"],
            ],
            ["* Mätetalen om andel ekologiska livsmedel är borttagen år 2025"]
        },
        {
            // Changes against a base year with their sign; a restated value. The demo marks the measures
            // where the seed marks the year columns, adds the summary row, and prints "Positiv" for "Positivt".
            "Regionens totala utsläpp av koldioxidekvivalenter ska minska med 50%",
            [
                ["Mätetal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025"],
                ["Fastigheter - drift*", "-30 %", "-29 %", "-36 %", "Positiv"],
                ["Resor och transporter*", "-29 %", "-25 %", "-39 %", "Positiv"],
                ["Tjänsteresor*", "-11 %", "-57 %", "-49 %", "Negativ"],
                ["Inköp och resursförbrukning*", "9 %", "12 %", "12 %", "Oförändrad"],
                ["Regionens totala utsläpp av CO2e*", "-2 %", "0 %**", "-2 %", "Positiv"],
                ["Samlad bedömning av indikatorn", "", "", "", "Positiv"],
            ],
            ["* Mäts gentemot basår 2019.", "** Justerat sedan föregående hållbarhetsredovisning pga sent inkommen statistik."]
        },
        {
            // Restated values in two years; the seed's page footnote 7 is on the heading, so the restatement is "*".
            "Alla transporter drivs av fossilfria bränslen",
            [
                ["Mätetal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025"],
                ["Andel fossilfria drivmedel", "93 %*", "93 %*", "93 %", "Oförändrad"],
                ["Samlad bedömning av indikatorn", "", "", "", "Oförändrad"],
            ],
            ["* Justerat sedan föregående hållbarhetsredovisningar på grund av mer noggranna mätmetoder."]
        },
        {
            // A figure with a decimal beside whole ones.
            "Halverad koldioxidintensitet i regionens kapitalförvaltning med bibehållen avkastning",
            [
                ["Mätetal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025"],
                ["Koldioxidintensitet i regionens kapitalförvaltning*", "-11,6 %", "-35 %", "-27 %", "Negativ"],
                ["Samlad bedömning av indikatorn", "", "", "", "Negativ"],
            ],
            ["* Mäts gentemot basår 2019."]
        },
        {
            // Qualitative outcomes: text in the columns of figures.
            "Alla verksamheter är anpassade till klimatförändringar som redan uppstått eller väntas uppstå",
            [
                ["Mätetal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025"],
                [
                    "Alla processer för riskbedömning är säkrade utifrån en anpassning till klimatförändringar som redan uppstått eller väntas uppstå.",
                    "Integrerade i flera riskbedömningsprocesser, men otillräcklig tillämpning",
                    "Integrerade i flera riskbedömningsprocesser, men otillräcklig tillämpning",
                    "Klimatrisker med i Systematiska säkerhetsorganisationen och fördjupat underlag kring vårdens klimatrisker framtaget*",
                    "Positiv",
                ],
                ["Samlad bedömning av indikatorn", "", "", "", "Positiv"],
            ],
            ["* Som tidigare år finns klimatförändringar integrerade i flera riskbedömningsprocesser. En ny systematisk säkerhetsorganisation har beslutats där klimatrisker är en del. Ett fördjupat underlag som beskriver hälso- och sjukvårdens behov av klimatanpassning har tagits fram som underlag till kommande risk- och sårbarhetsanalys."]
        },
        {
            // A composite measure: its parts on lines of their own, missing parts "-", the cell's mark after the last line.
            "Minimera inköp av farliga kemiska produkter och varor som innehåller farliga kemikalier",
            [
                ["Mätetal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025"],
                [
                    "Antal kemikalier på utfasningslistorna (CMR-ämnen och utfasningsämnen)*",
                    "CMR 26 st\nKandidatförteckning** -\nPriodatabas** -",
                    "CMR 28 st\nKandidatförteckning 43 st\nPriodatabas 160 st",
                    "CMR 32 st\nKandidatförteckning 45 st\nPriodatabas 176 st",
                    "Negativ",
                ],
                ["Andel gröna och gula varor i Byggvarubedömningen, Vårdbyggnad etapp 1 %", "86 %", "74 %", "80 %", "Positiv"],
                ["Andel röda varor i Byggvarubedömningen, Vårdbyggnad etapp 1 %", "14 %", "17 %", "14 %", "Positiv"],
                ["Samlad bedömning av indikatorn", "", "", "", "Oförändrad"],
            ],
            [
                "* Tre listor används: CMR = ämnen klassade som cancerogena, mutagena och/eller reproduktionsstörande, Kandidatiförteckningen som är EUs lista över särskilt farliga ämnen samt utfasningsämnen enligt KEMIs Priodatabas.",
                "** Mätetal saknas på grund av bristande datakvalitet",
            ]
        },
        {
            // A unit with a space of its own; the seed prints the bare figures and no summary row.
            "Minska miljöpåverkan från användning och förskrivning av läkemedel med bibehållen patientnytta",
            [
                ["Mätetal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025"],
                ["Årlig minskning av den totala antibiotikabelastningen i antal recept/1000 invånare på 2,5%", "268 recept/1000 invånare", "274 recept/1000 invånare", "253 recept/1000 invånare", "Positiv"],
                ["Samlad bedömning av indikatorn", "", "", "", "Positiv"],
            ],
            []
        },
        {
            // A measure new this year; the seed prints the first figure without its unit.
            "Hantera kemikalier och läkemedel så att risk för utsläpp minimeras i alla led",
            [
                ["Mätetal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Utveckling 2025"],
                ["Antal genomförda egenkontroller miljö", "161 st", "152 st", "145 st", "Negativ"],
                ["Antal incidentrapporter gällande utsläpp/kemikalier produktion, Vårdbyggnad NAV etapp 1", "0 st", "0 st", "0 st", "Positiv"],
                ["Antal incidentrapporter gällande utsläpp/kemikalier Region Västmanland exklusive NAV*", "2 st", "4 st", "5 st", "Oförändrad"],
                ["Samlad bedömning av indikatorn", "", "", "", "Oförändrad"],
            ],
            ["* Nytt mätetal från 2025."]
        },
    };
}

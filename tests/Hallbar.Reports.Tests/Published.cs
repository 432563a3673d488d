namespace Hallbar.Reports.Tests;

/// <summary>
/// Region Västmanland's 2025 report as printed, transcribed from the seed: what every format of the
/// generated report must show in the same rows and columns. Figures are written as the report prints
/// them (decimal comma, unit after a space); composite values list their parts separated by "; ".
/// </summary>
internal static class Published
{
    /// <summary>Bilaga 2: measure, outcome 2023, 2024, 2025, assessment 2025.</summary>
    public static TheoryData<string, string, string, string, string> Bilaga2 => new()
    {
        { "Energianvändning per fordonskilometer (kollektivtrafik buss)", "3,6 kWh/km", "4,5 kWh/km", "4,5 kWh/km", "Positiv" },
        { "Andel källsorterat avfall för materialåtervinning", "33,8 %", "36,8 %", "36,9 %", "Oförändrad" },
        { "Organisationens totala mängd avfall per länsinvånare", "6,8 kg/länsinvånare", "6,6 kg/länsinvånare", "6,7 kg/länsinvånare", "Oförändrad" },
        { "Energiförbrukning i fastigheter och verksamheter", "188 kWh/m² BRA", "185 kWh/m² BRA", "184 kWh/m² BRA", "Positiv" },
        { "Totalt matsvinn gram per portion (inkl produktion)", "90 gram", "95 gram", "86 gram", "Positiv" },
        { "Resurseffektivitet nybyggnation, Vårdbyggnad NAV etapp 1 (Kvoten mellan BTA och LOA)", "69 %", "69 %", "68 %", "Positiv" },
        { "Antal genomförda kategoriarbeten inom Inköp Sörmland/Västmanland där miljö beaktas i processen", "1 st", "2 st", "0 st", "Negativ" },
        { "Antal upphandlingar med förhöjda miljökrav", "20 st", "30 st", "26 st", "Oförändrad" },
        { "Andel livsmedelsupphandlingar utan förhöjda miljökrav", "0 %", "0 %", "0 %", "Positiv" },
        { "Fastigheter - drift", "-30 %", "-29 %", "-36 %", "Positiv" },
        { "Resor och transporter", "-29 %", "-25 %", "-39 %", "Positiv" },
        { "Tjänsteresor", "-11 %", "-57 %", "-49 %", "Negativ" },
        { "Inköp och resursförbrukning", "9 %", "12 %", "12 %", "Oförändrad" },
        { "Regionens totala utsläpp av CO2e", "-2 %", "0 %", "-2 %", "Positiv" },
        { "Andel fossilfria drivmedel", "93 %", "93 %", "93 %", "Oförändrad" },
        { "Koldioxidintensitet i regionens kapitalförvaltning", "-11,6 %", "-35 %", "-27 %", "Negativ" },
        {
            "Alla processer för riskbedömning är säkrade utifrån en anpassning till klimatförändringar som redan uppstått eller väntas uppstå.",
            "Integrerade i flera riskbedömningsprocesser, men otillräcklig tillämpning",
            "Integrerade i flera riskbedömningsprocesser, men otillräcklig tillämpning",
            "Klimatrisker med i Systematiska säkerhetsorganisationen och fördjupat underlag kring vårdens klimatrisker framtaget",
            "Positiv"
        },
        {
            "Antal kemikalier på utfasningslistorna (CMR-ämnen och utfasningsämnen)",
            "CMR 26 st; Kandidatförteckning -; Priodatabas -",
            "CMR 28 st; Kandidatförteckning 43 st; Priodatabas 160 st",
            "CMR 32 st; Kandidatförteckning 45 st; Priodatabas 176 st",
            "Negativ"
        },
        { "Andel gröna och gula varor i Byggvarubedömningen, Vårdbyggnad etapp 1 %", "86 %", "74 %", "80 %", "Positiv" },
        { "Andel röda varor i Byggvarubedömningen, Vårdbyggnad etapp 1 %", "14 %", "17 %", "14 %", "Positiv" },
        { "Årlig minskning av den totala antibiotikabelastningen i antal recept/1000 invånare på 2,5%", "268 recept/1000 invånare", "274 recept/1000 invånare", "253 recept/1000 invånare", "Positiv" },
        { "Antal genomförda egenkontroller miljö", "161 st", "152 st", "145 st", "Negativ" },
        { "Antal incidentrapporter gällande utsläpp/kemikalier produktion, Vårdbyggnad NAV etapp 1", "0 st", "0 st", "0 st", "Positiv" },
        { "Antal incidentrapporter gällande utsläpp/kemikalier Region Västmanland exklusive NAV", "2 st", "4 st", "5 st", "Oförändrad" },
    };

    /// <summary>Bilaga 2's closing rows: indicator and its overall assessment.</summary>
    public static TheoryData<string, string> Indicators => new()
    {
        { "Resurseffektiva verksamheter", "Positiv" },
        { "Hållbarhetskrav beaktas vid inköp", "Oförändrad" },
        { "Regionens totala utsläpp av koldioxidekvivalenter ska minska med 50%", "Positiv" },
        { "Alla transporter drivs av fossilfria bränslen", "Oförändrad" },
        { "Halverad koldioxidintensitet i regionens kapitalförvaltning med bibehållen avkastning", "Negativ" },
        { "Alla verksamheter är anpassade till klimatförändringar som redan uppstått eller väntas uppstå", "Positiv" },
        { "Minimera inköp av farliga kemiska produkter och varor som innehåller farliga kemikalier", "Oförändrad" },
        { "Minska miljöpåverkan från användning och förskrivning av läkemedel med bibehållen patientnytta", "Positiv" },
        { "Hantera kemikalier och läkemedel så att risk för utsläpp minimeras i alla led", "Oförändrad" },
    };

    /// <summary>The goal summary table: goal area, its goal as stated, development 2025.</summary>
    public static TheoryData<string, string, string> GoalSummary => new()
    {
        { "Resurseffektiva verksamheter och hållbara inköp", "År 2030 är Region Västmanlands verksamheter resurseffektiva och inköpen är hållbara.", "Oförändrad" },
        { "Jämlika, jämställda, tillgängliga och inkluderande verksamheter", "År 2030 är Region Västmanlands alla verksamheter jämlika, jämställda, tillgängliga och inkluderande.", "Inget värde" },
        {
            "Minskad klimatpåverkan och klimatanpassad verksamhet",
            "År 2030 är Region Västmanlands utsläpp av växthusgaser i linje med Parisavtalet, vilket innebär en minskning med 50% från 2019. Regionens verksamheter är också anpassade till de klimatförändringar som redan uppstått eller kan förväntas uppstå.",
            "Oförändrad"
        },
        { "Biologisk mångfald och giftfri miljö", "År 2030 är Region Västmanland anpassat till att värna om biologisk mångfald och en giftfri miljö.", "Oförändrad" },
    };

    /// <summary>Text as compared: every run of white space, the no-break space included, as one space.</summary>
    public static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

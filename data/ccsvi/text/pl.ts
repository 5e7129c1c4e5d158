/**
 * Polish text of the topic (a translation of en.ts; see text/README.md).
 * MS is written as the Polish MS society (PTSR) writes it: „stwardnienie rozsiane” (SM).
 */
import type { TopicText } from './en';

/** Polish plural: 1 → one, 2–4 (not 12–14) → few, otherwise many. */
const plural = (n: number, one: string, few: string, many: string): string => {
  if (n === 1) return one;
  const last = n % 10;
  const lastTwo = n % 100;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
};

export const pl: TopicText = {
  name: 'CCSVI i „zabieg uwolnienia”',

  verdict:
    'Najrzetelniejsze badania nie znalazły dowodów, że CCSVI wywołuje stwardnienie rozsiane (SM), a staranne badania kliniczne pokazały, że zabieg uwolnienia nie pomaga chorym na SM.',

  subjects: {
    condition: 'CCSVI, proponowana choroba żył',
    procedure: '„Zabieg uwolnienia”, leczenie żył stosowane w CCSVI',
  },

  safety:
    'W badaniach klinicznych w doświadczonych ośrodkach poważne szkody spowodowane zabiegiem balonowym zdarzały się rzadko. Po leczeniu poza tymi badaniami zgłaszano zgony, zakrzepy i przemieszczone stenty, często po wszczepieniu stentów.',

  whatThisMeans: {
    heading: 'Co to oznacza dla Ciebie',
    points: {
      talkToProfessional:
        'NICE, brytyjska instytucja wydająca zalecenia zdrowotne, mówi, że lekarz lub inny specjalista powinien omówić z Tobą inne możliwości leczenia.',
      currentCare:
        'Według NICE obecna opieka w SM to specjalistyczna rehabilitacja oraz leki, które mają łagodzić objawy i spowalniać SM.',
      hadProcedure:
        'Jeśli masz za sobą ten zabieg, zwłaszcza ze stentem, powiedz o tym zespołowi, który leczy Twoje SM. FDA zaleciła trzymanie się planu leczenia SM ustalonego z lekarzami.',
    },
    disclaimer:
      'To są ogólne informacje, a nie porada medyczna. Wiele osób wybrało ten zabieg w dobrej wierze i nikogo nie można winić za nadzieję.',
  },

  keyPoints: {
    idea: 'CCSVI to koncepcja, według której zwężone żyły szyi i klatki piersiowej mają udział w SM. Późniejsze zaślepione badania znajdowały ten obraz żył równie często u osób bez SM.',
    trials:
      'Trzy badania kliniczne porównały zabieg z zabiegiem pozorowanym. Żadne nie wykazało korzyści w zakresie niepełnosprawności, rzutów, obrazów mózgu ani jakości życia.',
    pooled:
      'Niektóre zbiorcze analizy badań USG nadal częściej znajdują CCSVI u osób z SM. Nie dowodzi to, że CCSVI wywołuje SM, a poszerzanie żył w badaniach klinicznych nie pomogło.',
    guidance:
      'Brytyjska instytucja NICE, wydająca zalecenia zdrowotne, mówi, że zabiegu nie należy stosować. Amerykańska FDA ostrzegała przed nim w 2012 r., a w 2017 r. przed TVAM.',
  },

  cardPoints: {
    blinded:
      'Gdy oceniający badania obrazowe nie wiedzieli, kto ma SM, znajdowali ten obraz żył równie często u osób bez SM.',
    trials: 'Trzy badania kliniczne porównały prawdziwy zabieg z udawanym. Żadne nie wykazało korzyści.',
  },

  explanation: {
    origin: {
      heading: 'Skąd wziął się ten pomysł',
      text: 'W 2006 r. Paolo Zamboni, chirurg naczyniowy z Ferrary we Włoszech, zasugerował, że problemy z żyłami mogą mieć udział w SM. W 2009 r. opisał badania USG 65 osób z SM i 235 osób bez SM. Zwężone żyły szyi i klatki piersiowej znalazł u każdej osoby z SM i u nikogo spośród pozostałych. Nazwał to CCSVI. To skrót angielskiej nazwy przewlekłej mózgowo-rdzeniowej niewydolności żylnej.',
    },
    spread: {
      heading: 'Leczenie i jego rozpowszechnienie',
      text: 'Jego zespół poszerzył następnie te żyły u 65 osób z SM metodą angioplastyki. Wszyscy wiedzieli, kto był leczony, i nikogo nie pozostawiono bez leczenia dla porównania. Zespół opisał poprawę. Leczenie nazwano „zabiegiem uwolnienia” i wiele osób z SM o nie prosiło. Kliniki za granicą leczyły osoby, które do nich przyjeżdżały, na przykład w Kostaryce od czerwca 2010 r. Niektóre wszczepiały też stenty, czyli małe siateczkowe rurki pozostawiane w żyle.',
    },
    stricter: {
      heading: 'Co wykazały bardziej rygorystyczne badania',
      text: 'Inne zespoły szukały potem CCSVI w badaniach, które były zaślepione. Większość znalazła niewielką różnicę między osobami z SM i bez SM albo żadnej. Włoskie badanie 136 osób znalazło ten obraz u 30,9% osób z SM i 33,8% osób bez SM. Największe badanie, CoSMo, objęło 1767 osób we Włoszech. CCSVI stwierdzono u 3,26% osób z SM i 2,13% osób zdrowych. W kanadyjskim badaniu użyto flebografii, metody bardziej bezpośredniej niż USG. CCSVI stwierdzono u 2% osób z SM i 3% osób zdrowych.',
    },
    consequence: {
      heading: 'Skutek SM, a nie jego przyczyna?',
      text: 'Niektórzy badacze uważają, że zmiany w żyłach mogą być następstwem SM, a nie jego przyczyną. We wspomnianym włoskim badaniu, które było zaślepione, osoby z SM i CCSVI chorowały na SM dłużej: średnio 16,5 wobec 11,5 roku. Zespół z Neapolu nazwał CCSVI w SM częstym znaleziskiem związanym z wiekiem. Badacze z Buffalo w USA częściej znajdowali ją w zaawansowanym SM. Główny autor ich pracy powiedział, że może to być objaw SM.',
    },
    fairTests: {
      heading: 'Trzy rzetelne sprawdziany leczenia',
      text: 'Najrzetelniejszym sprawdzianem leczenia jest badanie z randomizacją, podwójnie zaślepione, z zabiegiem pozorowanym. Los decyduje, kto dostaje prawdziwy zabieg, i nikt nie wie, kto miał który zabieg. Przeprowadzono trzy takie badania. W PREMiSe (USA, 2014) osoby leczone miały więcej nowych ognisk w mózgu niż osoby po zabiegu pozorowanym: 19 wobec 3. Po uwzględnieniu innych czynników nowe ogniska wiązały się z zabiegiem. Autorzy napisali, że zabieg może nasilać aktywność SM. Badaniem Brave Dreams (Włochy, 2018) kierował sam Zamboni, a udział wzięło w nim 115 osób. Zabieg nie dał realnej korzyści. W kanadyjskim badaniu 104 osób (2018) wyniki nie były lepsze niż po zabiegu pozorowanym.',
    },
    supporters: {
      heading: 'Na co w Brave Dreams wskazują zwolennicy',
      text: 'W Brave Dreams zauważono tendencję do większej liczby osób bez nowych ognisk od 6. do 12. miesiąca. Tendencja to wskazówka, a nie udowodniony efekt. Zespół badania i tak stwierdził, że zabiegu nie można zalecać. W 2020 r. zespół opublikował szerszą analizę badań obrazowych 130 osób. Część jej grup wybrano, gdy wyniki były już znane. Taka analiza może podsunąć pomysły na nowe badania, ale nie może dowieść korzyści.',
    },
    feltBetter: {
      heading: 'Dlaczego ludzie czuli się lepiej',
      text: 'Wiele osób mówiło, że po zabiegu czuje się lepiej. Rejestr w Kolumbii Brytyjskiej w Kanadzie dwukrotnie przeprowadził wywiady z 76 osobami leczonymi za granicą. Przy pierwszym wywiadzie 50% mówiło, że ich ogólny stan zdrowia się poprawił. Sześć miesięcy później mówiło tak już tylko 16%. Można czuć się lepiej, nawet jeśli samo leczenie nie działa. Dlatego rzetelne badania porównują zabieg z zabiegiem pozorowanym.',
    },
    harms: {
      heading: 'Ostrzeżenia i szkody',
      before:
        'W maju 2012 r. amerykańska FDA ostrzegła, że skuteczność zabiegu nie została udowodniona. Wymieniła poważne szkody, w tym zgon, udar, zakrzepy krwi i przemieszczone stenty. W 2017 r. ostrzegła przed TVAM, czyli tym samym poszerzaniem żył balonem, reklamowanym na wiele chorób. W Kanadzie lekarze opisali 5 osób poszkodowanych po leczeniu za granicą. Mężczyzna z Ontario zmarł w 2010 r. po zabiegu w Kostaryce.',
      after: 'Brytyjska NICE mówi obecnie, że zabiegu nie należy stosować.',
    },
    niceCochrane: {
      heading: 'Dlaczego NICE i Cochrane zdają się nie zgadzać',
      text: 'NICE mówi, że zabieg nie jest bezpieczny i nie działa. Autorzy przeglądu Cochrane uznali go za bezpieczny, ale nieprzydatny. Cochrane uwzględnił tylko trzy badania kliniczne, w których poważne szkody były rzadkie. Poza badaniami zgłaszano zgony i zakrzepy. Obie strony zgadzają się, że zabieg nie pomaga w SM.',
    },
    link: {
      heading: 'Dlaczego niektóre badania nadal znajdują związek',
      text: 'Niektóre przeglądy łączące wyniki badań USG nadal częściej znajdują CCSVI u osób z SM. Wczesny przegląd z 2011 r. wykazał, że wiele badań słabo opisywało zaślepienie. Najnowszy, z 2023 r., objął 20 badań z udziałem 3069 osób. Jego wyniki bardzo różniły się między badaniami. Związek był silniejszy, gdy pominięto badania zespołu, którym kierował Zamboni, i zwolenników leczenia. Jednak związek widoczny w badaniach obrazowych nie dowodzi przyczyny. A badania kliniczne pokazały, że poszerzanie żył nie pomaga w SM.',
    },
  },

  evidencePicture: {
    title: 'Jak często znajdowano CCSVI, gdy badania stawały się bardziej rygorystyczne',
    rows: {
      'zamboni-jnnp-2009': {
        label: 'Pierwsze doniesienie, 2009',
        method: 'USG',
        controlLabel: 'osoby bez SM',
        note: 'Tak, jak opisują to późniejsze artykuły w czasopismach.',
      },
      'plos-one-blind': {
        label: 'Badanie włoskie, 2013, zaślepione',
        method: 'USG',
        controlLabel: 'osoby bez SM',
      },
      'cosmo-2013': { label: 'CoSMo, 2013, zaślepione', method: 'USG', controlLabel: 'osoby zdrowe' },
      'traboulsee-2014': {
        label: 'Badanie kanadyjskie, 2014, zaślepione',
        method: 'flebografia cewnikowa',
        controlLabel: 'niespokrewnione osoby zdrowe',
      },
    },
    trials: {
      'premise-2014': 'PREMiSe (2014): brak korzyści; więcej nowych ognisk w mózgu po zabiegu.',
      'brave-dreams-2018':
        'Brave Dreams (2018): brak korzyści dla codziennego funkcjonowania i nowych ognisk w mózgu.',
      'traboulsee-2018': 'Badanie kanadyjskie (2018): wyniki nie lepsze niż po zabiegu pozorowanym.',
    },
    note: 'Odsetek osób, u których stwierdzono CCSVI. W późniejszych badaniach osoby oceniające obrazy nie wiedziały, kto ma SM. Znajdowały ten obraz żył mniej więcej równie często u osób bez SM.',
  },

  studies: {
    'zamboni-jnnp-2009': {
      shortName: 'Zamboni 2009, pierwsze doniesienie',
      kind: 'badanie kliniczno-kontrolne (USG)',
      groups: ['SM', 'bez SM'],
      keyNumbers: ['CCSVI u 100% osób z SM i u 0% osób bez SM'],
      conclusion: 'Opisano bardzo silny związek między SM a zwężonymi żyłami szyi i klatki piersiowej.',
      note: 'Online w grudniu 2008 r., drukiem w 2009 r.',
      verification:
        'Sprawdzone na stronie czasopisma. Wartości 100% i 0% podajemy tak, jak później opisały tę pracę to samo czasopismo i „Lancet”.',
    },
    'zamboni-jvs-2009': {
      shortName: 'Zamboni 2009, badanie leczenia',
      kind: 'otwarte badanie leczenia, bez grupy porównawczej',
      groups: ['SM, wszyscy leczeni'],
      keyNumbers: [
        'Obserwacja średnio przez 18 miesięcy',
        'Leczone żyły pozostały drożne: 96% żył nieparzystych, 53% żył szyjnych',
      ],
      conclusion:
        'Opisano poprawę u pacjentów, ale bez grupy porównawczej nie można było wykazać, że pomógł zabieg.',
      verification:
        'Cytowanie sprawdzono w bibliografii opublikowanego przeglądu. Liczby pochodzą z kopii artykułu.',
    },
    'zivadinov-2011': {
      shortName: 'Badanie z Buffalo, 2011',
      kind: 'badanie kliniczno-kontrolne (USG)',
      groups: ['SM', 'pierwszy epizod podobny do SM', 'inna choroba neurologiczna', 'osoby zdrowe'],
      keyNumbers: [],
      conclusion:
        'CCSVI występowała częściej w SM, a najczęściej w zaawansowanym SM. Główny autor powiedział, że może to być raczej objaw SM niż jego przyczyna.',
      note: 'Jego liczby krążą w różnych wersjach, więc ich nie przytaczamy.',
      verification:
        'Nie dotarliśmy do streszczenia pracy. Słowa głównego autora pochodzą z jego wywiadu dla kanadyjskiej telewizji informacyjnej.',
    },
    'cosmo-2013': {
      shortName: 'Badanie CoSMo, 2013',
      kind: 'badanie kliniczno-kontrolne, 35 ośrodków we Włoszech (USG)',
      groups: ['SM', 'inna choroba neurologiczna', 'osoby zdrowe'],
      keyNumbers: [
        '1767 osób w 35 ośrodkach',
        'CCSVI u 3,26% osób z SM, 3,10% osób z innymi chorobami neurologicznymi, 2,13% osób zdrowych',
      ],
      conclusion: 'CCSVI była rzadka u osób z SM i bez SM i nie wiązała się z SM.',
      verification: 'Sprawdzone w streszczeniu w PubMed.',
    },
    'traboulsee-2014': {
      shortName: 'Kanadyjskie badanie rentgenowskie żył, 2014',
      kind: 'badanie kliniczno-kontrolne (flebografia cewnikowa)',
      groups: ['SM', 'rodzeństwo bez SM', 'niespokrewnione osoby zdrowe'],
      keyNumbers: [
        'CCSVI we flebografii u 2% osób z SM, 2% rodzeństwa, 3% niespokrewnionych osób zdrowych',
        'Żyła zwężona o ponad połowę była częsta: 74% osób z SM, 66% rodzeństwa',
      ],
      conclusion:
        'W najbardziej bezpośrednim badaniu CCSVI była rzadka u osób z SM i bez SM. Zwężone żyły były częste w obu grupach.',
      verification: 'Sprawdzone w streszczeniu (rekord w PubMed i podsumowanie w „Lancet”).',
    },
    'mayer-jnnp': {
      shortName: 'Badanie Mayera',
      kind: 'badanie kliniczno-kontrolne (USG)',
      groups: ['SM', 'osoby zdrowe'],
      keyNumbers: [
        'Cofanie się krwi w żyłach szyi lub mózgu: 0 osób w obu grupach',
        'Mała żyła szyjna: 13 osób z SM, 16 osób zdrowych',
      ],
      conclusion: 'Brak oznak CCSVI w SM; cechy uznawane za jej oznaki były częste u osób zdrowych.',
      note: 'Tom 82 wskazuje na 2011 r., ale roku nie widzieliśmy; 436 to pierwsza strona.',
    },
    'baracchini-2011': {
      shortName: 'Badanie początku SM (Baracchini)',
      kind: 'badanie kliniczno-kontrolne (USG)',
      groups: ['pierwszy epizod podobny do SM', 'osoby zdrowe'],
      keyNumbers: [
        'Badania żył mózgu prawidłowe u wszystkich pacjentów',
        'Flebografia u 7 pacjentów z nietypowym wynikiem USG: bez problemów z żyłami',
      ],
      conclusion: 'Brak dowodów na CCSVI na początku SM, więc brak poparcia dla tezy, że wywołuje SM.',
      note: 'Tytuł podany za streszczeniem na blogu.',
    },
    'marder-2011': {
      shortName: 'Badanie amerykańskich weteranów (Marder)',
      kind: 'badanie kliniczno-kontrolne (USG)',
      groups: ['SM', 'migrena lub brak choroby'],
      keyNumbers: [],
      conclusion: 'Weterani z SM nie mieli więcej problemów z odpływem krwi z żył niż osoby bez SM.',
    },
    'plos-one-blind': {
      shortName: 'Włoskie zaślepione badanie USG, 2013',
      kind: 'badanie kliniczno-kontrolne (USG)',
      groups: ['SM', 'bez SM'],
      keyNumbers: [
        'CCSVI u 30,9% osób z SM i 33,8% osób bez SM',
        'Osoby z SM i CCSVI chorowały na SM dłużej: średnio 16,5 wobec 11,5 roku',
      ],
      conclusion: 'CCSVI była równie częsta u osób bez SM jak u osób z SM i nie wiązała się z ciężkością SM.',
      verification: 'Sprawdzone w streszczeniu na stronie czasopisma i w rekordzie DOAJ.',
    },
    'simka-funct-neurol': {
      shortName: 'Seria przypadków kliniki leczącej (Simka)',
      kind: 'dokumentacja kliniki (flebografia), bez grupy porównawczej',
      groups: ['SM'],
      keyNumbers: ['Nieprawidłowości żył u 563 osób (96,1%)'],
      conclusion:
        'Bez grupy porównawczej nie można wykazać związku z SM; autorzy uznali znaczenie medyczne za nieudowodnione.',
      note: 'Od grupy, która oferowała to leczenie. Rok podany jako 2011/2012.',
    },
    'premise-2014': {
      shortName: 'Badanie PREMiSe, 2014',
      kind: 'badanie z randomizacją i zabiegiem pozorowanym (USA)',
      groups: ['otwarta faza bezpieczeństwa', 'angioplastyka', 'zabieg pozorowany'],
      keyNumbers: [
        'Nowe aktywne ogniska w mózgu: 19 u 9 leczonych osób, 3 u 10 osób po zabiegu pozorowanym',
        'Po uwzględnieniu innych czynników nowe ogniska wiązały się z zabiegiem (p = 0,01)',
        'Rzuty: 4 i 1, różnica, która mogła być przypadkowa',
        'Brak powikłań w trakcie zabiegu i tuż po nim',
      ],
      conclusion: 'Brak korzyści w krótkim okresie. Autorzy napisali, że zabieg może nasilać aktywność SM.',
      verification: 'Sprawdzone w pełnym streszczeniu w PubMed Central i PubMed.',
    },
    'brave-dreams-2018': {
      shortName: 'Badanie Brave Dreams, 2018',
      kind: 'badanie z randomizacją i zabiegiem pozorowanym, 6 ośrodków we Włoszech',
      groups: ['angioplastyka', 'zabieg pozorowany'],
      keyNumbers: [
        'Poprawa codziennego funkcjonowania nie u większej liczby osób niż po zabiegu pozorowanym',
        'Średnio nie mniej nowych ognisk w mózgu po 12 miesiącach',
        'Tendencja do większej liczby osób bez nowych ognisk od 6. do 12. miesiąca',
      ],
      conclusion:
        'Badanie prowadził chirurg, który zaproponował CCSVI: brak realnej korzyści; zabiegu nie można zalecać.',
      verification:
        'Wyniki sprawdzone w najważniejszych punktach i streszczeniu w PubMed Central. Liczebność grup pochodzi z podsumowania prasowego.',
    },
    'traboulsee-2018': {
      shortName: 'Badanie kanadyjskie, 2018',
      kind: 'badanie z randomizacją i zabiegiem pozorowanym (Kanada)',
      groups: ['wenoplastyka', 'zabieg pozorowany'],
      keyNumbers: [
        '104 osoby: 49 po wenoplastyce i 55 po zabiegu pozorowanym',
        'Poważne zdarzenia niepożądane: 10% po wenoplastyce, 2% po zabiegu pozorowanym, uznane za niespowodowane zabiegiem',
      ],
      conclusion:
        'Wyniki nie lepsze niż po zabiegu pozorowanym pod względem jakości życia, objawów i przebiegu SM.',
      verification:
        'Cytowanie sprawdzone w przeglądzie Cochrane. Liczebność grup odczytana ze streszczenia w rekordzie bibliotecznym. Dane o bezpieczeństwie pochodzą z medycznego serwisu informacyjnego.',
    },
    'laupacis-2011': {
      shortName: 'Przegląd zbiorczy w CMAJ, 2011',
      kind: 'metaanaliza badań USG',
      groups: ['badania'],
      keyNumbers: [
        'Iloraz szans 13,5, przy bardzo różnych wynikach',
        'Najostrożniejsza analiza: iloraz szans 3,7',
      ],
      conclusion:
        'Związek w USG, ale słaby opis zaślepienia i niespójne wyniki nie pozwoliły na pewny wniosek.',
    },
    'zwischenberger-2013': {
      shortName: 'Przegląd zbiorczy Zwischenbergera, 2013',
      kind: 'metaanaliza badań USG',
      groups: ['badania'],
      keyNumbers: ['Iloraz szans 1,885 po usunięciu 4 odstających wyników'],
      conclusion: 'Umiarkowany związek w USG, ale brak dowodów, że CCSVI wywołuje SM.',
    },
    'cochrane-2012': {
      shortName: 'Przegląd Cochrane, 2012',
      kind: 'przegląd systematyczny',
      groups: ['zakończone badania z randomizacją'],
      keyNumbers: ['Żadnego zakończonego badania z randomizacją; 6 w toku'],
      conclusion:
        'Na razie brak dobrych dowodów za lub przeciw; trzeba poczekać na dobrze zaplanowane badania.',
    },
    'cochrane-update': {
      shortName: 'Aktualizacja przeglądu Cochrane',
      kind: 'przegląd systematyczny badań z zabiegiem pozorowanym',
      groups: ['badania', 'osoby'],
      keyNumbers: [
        'Przeszukano do 30 sierpnia 2018 r.',
        'Brak korzyści dla niepełnosprawności, rzutów i jakości życia; brak poważnych szkód spowodowanych zabiegiem',
      ],
      conclusion: 'Bezpieczny, ale nie działa; nie można go zalecać; dalsze badania nie są potrzebne.',
      verification:
        'Pytanie, metody, datę wyszukiwania i trzy badania sprawdzono w Cochrane Library. Wyniki przytaczamy za podsumowaniem z drugiej ręki.',
    },
    'bmjopen-2023': {
      shortName: 'Przegląd zbiorczy w BMJ Open, 2023',
      kind: 'metaanaliza badań USG',
      groups: ['badania', 'osoby'],
      keyNumbers: [
        'Iloraz szans 3,36, przy bardzo różnych wynikach',
        'Związek był silniejszy, gdy pominięto badania zespołu, którym kierował Zamboni, oraz badania zwolenników leczenia',
      ],
      conclusion:
        'Nadal związek w USG, z dużymi różnicami między badaniami. Związek nie dowodzi przyczyny i nie zmienia wyników badań klinicznych.',
      verification: 'Sprawdzone w streszczeniu w PubMed.',
    },
    'bc-registry-2013': {
      shortName: 'Rejestr Kolumbii Brytyjskiej, 2013',
      kind: 'wywiady telefoniczne z osobami leczonymi za granicą, bez grupy porównawczej',
      groups: ['osoby, z którymi rozmawiano dwukrotnie'],
      keyNumbers: ['Ogólny stan zdrowia „lepszy”: 50% przy pierwszym wywiadzie, 16% sześć miesięcy później'],
      conclusion: 'Korzyści odczuwane na początku nie utrzymały się.',
      verification:
        'Sprawdzone w streszczeniu na stronie streszczeń kongresu. Pełny artykuł ukazał się w 2017 r.; przeczytaliśmy tylko jego pierwszą stronę.',
    },
    'lanzillo-2013': {
      shortName: 'Badanie USG z Neapolu, 2013',
      kind: 'badanie kliniczno-kontrolne (USG)',
      groups: ['SM', 'osoby zdrowe'],
      keyNumbers: [],
      conclusion: 'Autorzy opisali CCSVI w SM jako częstą i związaną z wiekiem.',
      verification: 'Tytuł, cytowanie i metody sprawdzone na stronie czasopisma.',
    },
    'brave-dreams-2020': {
      shortName: 'Brave Dreams, późniejsza analiza, 2020',
      kind: 'ponowna analiza badania z zabiegiem pozorowanym, zaplanowana po poznaniu wyników',
      groups: ['angioplastyka', 'zabieg pozorowany'],
      keyNumbers: ['130 osób, w tym 15 z późniejszą, postępującą postacią SM'],
      conclusion:
        'Szersza analiza obrazów mózgu przez zespół badania, z częścią grup wybranych po poznaniu wyników. Taka analiza może podsunąć pomysły, ale nie może dowieść korzyści.',
      verification:
        'Cytowanie, plan badania i liczebność grup sprawdzone w PubMed Central. Nie dotarliśmy do części z wynikami.',
    },
  },

  citations: {
    'zamboni-jnnp-2009': {
      role: 'pierwsze doniesienie o CCSVI',
      outcome:
        'Późniejsze zaślepione badania nie potwierdziły tego. Największe z nich uznało CCSVI za rzadką i mniej więcej równie częstą u osób bez SM.',
    },
    'zamboni-jvs-2009': {
      role: 'pierwsze badanie leczenia, bez grupy porównawczej',
      outcome: 'Trzy późniejsze badania z zabiegiem pozorowanym wykazały, że leczenie nie pomaga.',
    },
    'zivadinov-2011': {
      role: 'badanie USG z Buffalo',
      outcome: 'Sami autorzy napisali, że wyniki przemawiają przeciw CCSVI jako głównej przyczynie SM.',
    },
    'cosmo-2013': {
      role: 'największe zaślepione badanie',
      outcome: 'CCSVI była rzadka u wszystkich i nie wiązała się z SM.',
    },
    'traboulsee-2014': {
      role: 'zaślepione badanie z flebografią, najbardziej bezpośrednią metodą',
      outcome: 'CCSVI była rzadka u osób z SM i bez SM.',
    },
    'mayer-jnnp': {
      role: 'małe zaślepione badanie USG',
      outcome:
        'Nie znalazło oznak CCSVI w SM. Większe zaślepione badania również nie wykazały później związku z SM.',
    },
    'baracchini-2011': {
      role: 'badanie osób na początku SM',
      outcome:
        'Nie znalazło dowodów na CCSVI na początku SM. Większe zaślepione badania nie wykazały później związku z SM.',
    },
    'marder-2011': {
      role: 'badanie amerykańskich weteranów',
      outcome: 'Weterani z SM nie mieli więcej problemów z odpływem krwi z żył niż osoby bez SM.',
    },
    'plos-one-blind': {
      role: 'zaślepione badanie USG',
      outcome: 'CCSVI była mniej więcej równie częsta u osób bez SM jak u osób z SM.',
    },
    'simka-funct-neurol': {
      role: 'dokumentacja kliniki oferującej to leczenie',
      outcome:
        'Bez grupy porównawczej nie mogła wykazać związku z SM. Późniejsze zaślepione badania nie znalazły żadnego.',
    },
    'premise-2014': {
      role: 'pierwsze badanie z zabiegiem pozorowanym',
      outcome:
        'Brak korzyści i więcej nowych ognisk w mózgu po leczeniu, być może przypadkiem. Dwa kolejne badania także nie wykazały korzyści.',
    },
    'brave-dreams-2018': {
      role: 'badanie z zabiegiem pozorowanym, którym kierował Zamboni',
      outcome: 'Brak realnej korzyści. Autorzy stwierdzili, że zabiegu nie można zalecać.',
    },
    'traboulsee-2018': {
      role: 'kanadyjskie badanie z zabiegiem pozorowanym',
      outcome:
        'Wyniki zabiegu nie były lepsze niż po zabiegu pozorowanym. Przegląd Cochrane trzech badań wykazał, że nie działa.',
    },
    'laupacis-2011': {
      role: 'przegląd łączący wyniki badań USG',
      outcome:
        'Znalazł związek w USG, ale bez pewnego wniosku. Późniejsze badania kliniczne pokazały, że leczenie nie pomaga.',
    },
    'zwischenberger-2013': {
      role: 'przegląd łączący wyniki badań USG',
      outcome: 'Umiarkowany związek w USG, bez dowodów, że CCSVI wywołuje SM.',
    },
    'cochrane-2012': {
      role: 'pierwszy przegląd Cochrane',
      outcome:
        'Nie znalazł jeszcze zakończonych badań. Jego aktualizacja, po trzech badaniach z zabiegiem pozorowanym, wykazała, że zabieg nie działa.',
    },
    'cochrane-update': {
      role: 'przegląd trzech badań z zabiegiem pozorowanym',
      outcome:
        'Uznał zabieg za bezpieczny, ale nieprzydatny i stwierdził, że dalsze badania nie są potrzebne.',
    },
    'bmjopen-2023': {
      role: 'niedawny przegląd łączący wyniki badań USG',
      outcome: 'Nadal związek w USG, z dużymi różnicami między badaniami. Nie dowodzi to przyczyny.',
    },
    'bc-registry-2013': {
      role: 'wywiady z osobami leczonymi za granicą',
      outcome: 'Korzyści odczuwane na początku nie utrzymały się.',
    },
    'lanzillo-2013': {
      role: 'badanie USG w Neapolu',
      outcome:
        'Autorzy uznali CCSVI w SM za częstą i związaną z wiekiem. Największe zaślepione badanie nie znalazło związku z SM.',
    },
    'brave-dreams-2020': {
      role: 'późniejsza analiza badania Brave Dreams',
      outcome: 'Część grup wybrano po poznaniu wyników. Taka analiza nie może dowieść korzyści.',
    },
  },

  statements: {
    'fda-2012': {
      body: 'Amerykańska Agencja Żywności i Leków (FDA)',
      summary:
        'Brak wiarygodnych dowodów z kontrolowanych badań, że zabieg pomaga w SM. Kryteria rozpoznawania CCSVI nie są dobrze ustalone. FDA wymieniła poważne szkody.',
    },
    'fda-2017-tvam': {
      body: 'Amerykańska Agencja Żywności i Leków (FDA)',
      summary:
        'Ostrzeżenie przed TVAM: poszerzaniem balonem żył szyjnych i innych, reklamowanym na problemy z nerwami w wielu chorobach, w tym w SM. Nie ma dowodów, że jest bezpieczne lub pomocne. Balony są dopuszczone tylko do tętnic. To uzupełnienie ostrzeżenia z 2012 r.',
    },
    'nice-draft-2011': {
      body: 'NICE (Wielka Brytania), projekt zaleceń',
      summary: 'Stosować tylko w badaniach naukowych; zalecane badania z zabiegiem pozorowanym.',
    },
    'nice-ipg420': {
      body: 'NICE (Wielka Brytania), zalecenia IPG420',
      summary: 'Dowody niewystarczające; stosować tylko w badaniach naukowych.',
    },
    'nice-ipg640': {
      body: 'NICE (Wielka Brytania), zalecenia IPG640',
      summary:
        'Zastąpiły IPG420: zabiegu nie należy stosować, bo dowody pokazują, że nie jest bezpieczny i nie działa. Lekarz lub inny specjalista powinien omówić z Tobą inne możliwości leczenia.',
    },
    'cvz-2011': {
      body: 'CVZ (obecnie Zorginstituut Nederland), Holandia',
      summary:
        'Orzeczenie: poszerzanie żył balonem w SM nie jest uznaną praktyką medyczną i nie ma dowodów, że działa.',
    },
    'ms-society-uk': {
      body: 'MS Society (Wielka Brytania)',
      summary:
        'W badaniach leczenie nie zmniejszyło objawów ani uszkodzeń widocznych w rezonansie magnetycznym (MRI). Może nawet nasilać rzuty i aktywność w MRI.',
    },
    'ms-society-canada': {
      body: 'MS Society of Canada (kanadyjskie towarzystwo SM)',
      summary:
        'Badania jako całość nie wskazują na związek między CCSVI a SM. Towarzystwo pomogło sfinansować badanie kanadyjskie.',
    },
    'nmss-2012': {
      body: 'National MS Society (USA)',
      summary:
        'Przekazało zalecenie FDA: przed każdym takim zabiegiem porozmawiaj z neurologiem, który zna SM. Kto przeszedł taki zabieg, powinien trzymać się planu leczenia SM ustalonego z lekarzami.',
    },
    'ms-ireland': {
      body: 'MS Ireland',
      summary: 'Przekazało swoim członkom ostrzeżenia FDA z 2012 r.',
    },
  },

  harms: {
    'fda-2012-reports': {
      label: 'Zgłoszenia do FDA, 2012',
      text: 'FDA otrzymała informacje o zgonach, udarach, odrywaniu się lub przemieszczaniu stentów i uszkodzeniu leczonej żyły. Wymieniła też zakrzepy krwi, uszkodzenia nerwów w obrębie głowy i krwawienia w jamie brzusznej.',
    },
    'fda-2017-tvam-reports': {
      label: 'Zgłoszenia do FDA dotyczące TVAM, 2017',
      text: 'Pęknięty balon, który przemieścił się do płuca, i co najmniej jeden zgon. Także zakrzepy w żyłach mózgu, uszkodzenia nerwów w obrębie głowy i krwawienia w jamie brzusznej.',
    },
    'burton-2011': {
      label: 'Seria przypadków z Calgary, 2011',
      text: 'Lekarze z Calgary w Kanadzie opisali 5 osób z SM poszkodowanych po leczeniu za granicą. Miały zakrzepy w stentach (siateczkowych rurkach pozostawionych w żyle) i w żyłach mózgu. Jeden stent się przemieścił, a niektóre osoby miały uszkodzenia nerwów lub urazy od cewnika.',
    },
    'death-abroad-2010': {
      label: 'Zgon po leczeniu za granicą, 2010',
      text: 'Mężczyzna z SM z Ontario w Kanadzie był leczony w klinice w Kostaryce w czerwcu 2010 r. Stent w jego żyle później się zablokował. Zmarł w październiku 2010 r. po leczeniu rozpuszczającym zakrzep; podejrzewano krwawienie wewnętrzne. Media nazwały to pierwszym zgonem Kanadyjczyka po takim leczeniu za granicą.',
      citation: 'Doniesienia prasowe, listopad 2010 r.',
    },
    'trials-safety': {
      label: 'Bezpieczeństwo w badaniach klinicznych',
      text: 'W trzech badaniach z zabiegiem pozorowanym poważne szkody spowodowane zabiegiem balonowym były rzadkie. W PREMiSe nie odnotowano powikłań w trakcie zabiegu ani tuż po nim. W badaniu kanadyjskim poważne zdarzenia niepożądane wystąpiły u 10% osób po wenoplastyce i u 2% po zabiegu pozorowanym. Zespół badania uznał, że nie spowodował ich zabieg.',
    },
    'treating-centres-2013': {
      label: 'Własna dokumentacja ośrodków leczących, 2013',
      text: 'Ośrodki oferujące to leczenie opisały we własnej dokumentacji niewiele powikłań (jedna rozerwana żyła na 1202 pacjentów), bez grupy porównawczej.',
      citation: 'Retrospektywna seria przypadków, J Vasc Surg 2013',
    },
  },

  timeline: {
    'zamboni-essay': 'Zamboni w eseju łączy problemy z żyłami i SM',
    'first-report-online': 'Pierwsze doniesienie o CCSVI w internecie',
    'first-treatment-study': 'Pierwsze badanie leczenia, bez grupy porównawczej',
    'canadian-tv':
      'Kanadyjska telewizja mówi o CCSVI pod koniec roku; gwałtownie rośnie zainteresowanie leczeniem',
    'web-forum':
      'Amerykańskie National MS Society i American Academy of Neurology organizują forum internetowe',
    'costa-rica-clinic': 'Klinika w Kostaryce zaczyna oferować zabieg',
    'canadian-death': 'Kanadyjczyk umiera po leczeniu w Kostaryce',
    'ms-onset-study': 'Brak dowodów na CCSVI na początku SM',
    'buffalo-online': 'Badanie z Buffalo w internecie',
    'dutch-ruling': 'Orzeczenie holenderskie: to nie jest uznana praktyka',
    'canada-funds-trial': 'Kanada postanawia sfinansować badanie leczenia',
    'nice-draft': 'Projekt zaleceń NICE: tylko w badaniach naukowych',
    'calgary-harms': 'Lekarze z Calgary opisują szkody po leczeniu za granicą',
    'first-meta-analysis': 'Metaanaliza: związek w USG, bardzo niespójne wyniki',
    'nice-guidance-2012': 'Zalecenia NICE: tylko w badaniach naukowych',
    'fda-warning': 'Ostrzeżenie FDA dotyczące bezpieczeństwa',
    'brave-dreams-starts': 'Rusza badanie Brave Dreams',
    'canadian-trial-approved': 'Zatwierdzenie kanadyjskiego badania z zabiegiem pozorowanym',
    'cochrane-2012': 'Przegląd Cochrane: jeszcze brak badań z randomizacją',
    'naples-study': 'Badanie z Neapolu: CCSVI częsta w SM i związana z wiekiem',
    'cosmo-published': 'Publikacja badania CoSMo',
    'bc-registry':
      'Rejestr Kolumbii Brytyjskiej: wczesne korzyści zgłaszane przez pacjentów nie utrzymały się',
    'venography-online': 'Kanadyjskie badanie z flebografią w internecie',
    'second-meta-analysis': 'Druga metaanaliza: umiarkowany związek, brak dowodów na przyczynę',
    'premise-online': 'Badanie PREMiSe w internecie: brak korzyści, możliwa szkoda',
    'fda-tvam': 'FDA ostrzega przed tym samym zabiegiem pod nową nazwą, TVAM',
    'brave-dreams-result': 'Badanie Brave Dreams: brak korzyści',
    'cochrane-search-date':
      'Data wyszukiwania w aktualizacji przeglądu Cochrane (nie data publikacji), obejmującej trzy badania',
    'canadian-trial-result': 'Badanie kanadyjskie: brak korzyści',
    'brave-dreams-rescan': 'Zespół Brave Dreams publikuje szerszą analizę obrazów mózgu',
    'meta-analysis-2023': 'Metaanaliza nadal znajduje związek w USG, bardzo niespójne wyniki',
  },

  glossary: {
    'double-blind': {
      term: 'Podwójnie zaślepione',
      forms: ['podwójnie zaślepione'],
      explanation: 'Ani pacjenci, ani osoby oceniające wyniki nie wiedzieli, kto dostał prawdziwe leczenie.',
    },
    blinding: {
      term: 'Zaślepione badanie',
      forms: ['zaślepione', 'zaślepienia', 'zaślepienie'],
      explanation: 'Osoby oceniające obrazy lub wyniki nie wiedziały, kto ma SM ani kogo leczono.',
    },
    sham: {
      term: 'Zabieg pozorowany',
      forms: ['pozorowanym'],
      explanation: 'Udawany zabieg, który wygląda jak prawdziwy. Nikt w badaniu nie wie, kto miał który.',
    },
    angioplasty: {
      term: 'Angioplastyka, wenoplastyka, PTA',
      forms: ['angioplastyki', 'angioplastyka', 'wenoplastyce'],
      explanation:
        'Poszerzanie zwężonej żyły od środka za pomocą małego balonu. To jest właśnie zabieg uwolnienia.',
    },
    venography: {
      term: 'Flebografia (wenografia)',
      forms: ['flebografia', 'flebografii', 'flebografią'],
      explanation: 'Zdjęcie rentgenowskie żył, wykonane po podaniu do nich kontrastu przez cienką rurkę.',
    },
    lesion: {
      term: 'Ognisko (zmiana w mózgu)',
      forms: ['ogniska', 'ognisk'],
      explanation:
        'Obszar uszkodzenia spowodowanego przez SM, widoczny w rezonansie magnetycznym mózgu (MRI).',
    },
    'case-control': {
      term: 'Badanie kliniczno-kontrolne',
      forms: ['kliniczno-kontrolne'],
      explanation: 'Badanie, które porównuje osoby chore na daną chorobę z osobami, które jej nie mają.',
    },
    prevalence: {
      term: 'Częstość występowania',
      forms: ['częstość występowania'],
      explanation: 'Jak często coś występuje w danej grupie ludzi.',
    },
    'meta-analysis': {
      term: 'Metaanaliza',
      forms: ['metaanaliza', 'metaanalizy'],
      explanation: 'Badanie, które łączy wyniki wcześniejszych badań, aby uzyskać jedną ogólną odpowiedź.',
    },
    'odds-ratio': {
      term: 'Iloraz szans',
      forms: ['iloraz szans'],
      explanation:
        'Liczba pokazująca, jak silnie dwie rzeczy idą ze sobą w parze. 1 oznacza brak związku; wyższa liczba oznacza silniejszy związek.',
    },
    'adverse-event': {
      term: 'Zdarzenie niepożądane',
      forms: ['zdarzenie niepożądane', 'zdarzenia niepożądane'],
      explanation:
        'Każdy problem ze zdrowiem w czasie badania, bez względu na to, czy spowodowało go leczenie.',
    },
    tvam: {
      term: 'TVAM',
      forms: ['tvam', 'transvascular autonomic modulation'],
      explanation:
        'Skrót od angielskiego „transvascular autonomic modulation” (przeznaczyniowa modulacja autonomiczna). To późniejsza nazwa poszerzania żył szyi balonem, sprzedawanego na wiele chorób.',
    },
    'disease-modifying': {
      term: 'Leczenie modyfikujące przebieg choroby',
      forms: ['modyfikujące przebieg'],
      explanation: 'Długotrwałe leczenie SM, które ma spowolnić rozwój choroby.',
    },
  },

  pageAge: {
    published: (p: { date: string }) => `Data publikacji tej strony: ${p.date}.`,
    updated: (p: { date: string }) => `Ostatnia aktualizacja tej strony: ${p.date}.`,
    since: (p: { count: number; total: number; years: string }) => {
      const words = [
        'zero',
        'jedno',
        'dwa',
        'trzy',
        'cztery',
        'pięć',
        'sześć',
        'siedem',
        'osiem',
        'dziewięć',
      ];
      const count = words[p.count] ?? String(p.count);
      const more = p.count < p.total ? 'jeszcze ' : '';
      const noun = plural(
        p.count,
        'badanie z zabiegiem pozorowanym',
        'badania z zabiegiem pozorowanym',
        'badań z zabiegiem pozorowanym',
      );
      const verb = plural(p.count, 'wykazało', 'wykazały', 'wykazało');
      return `Od tamtej pory ${more}${count} ${noun} (${p.years}) ${verb}, że zabieg nie pomaga.`;
    },
  },

  card: {
    eyebrow: 'Sprawdzenie dowodów',
    titleLoading: 'co mówią dowody',
    close: 'Zamknij',
    closeHint: 'Zamknij (Esc)',
    basedOn: 'Na podstawie:',
    keyPoints: 'Najważniejsze informacje',
    fullView: 'Zobacz wszystkie badania i oś czasu',
    notAbout: 'To nie o CCSVI?',
    neverOnSite: 'Nie wyróżniaj na tej stronie',
    neverOnSiteHint: (p: { site: string }) => `Przestań wyróżniać na ${p.site}`,
    mentionHidden: 'Ta wzmianka jest ukryta na tej stronie.',
    siteOff: (p: { site: string }) => `Wyróżnianie jest wyłączone na ${p.site}.`,
    undo: 'Cofnij',
    lastReviewed: (p: { date: string }) => `Ostatni przegląd dowodów: ${p.date}.`,
    escCloses: { before: '', after: ' zamyka tę kartę.' },
    nextMention: { before: '', after: ' przechodzi do następnej wzmianki.' },
  },

  views: {
    verdictHeading: 'Co mówią dowody',
    keyPointsHeading: 'Najważniejsze informacje',
    storyHeading: 'Historia bardziej szczegółowo',
    basedOn: 'Na podstawie',
    studiesHeading: 'Badania i stanowiska',
    wordsInList: 'Słowa użyte na tej liście',
    wordsUsedHere: 'Słowa użyte tutaj',
    wordsExplained: (p: { count: number }) => `Objaśnione słowa (${p.count})`,
    filterLabel: 'Pokaż',
    filterAll: (p: { count: number }) => `Wszystkie (${p.count})`,
    kinds: {
      original: { label: 'Wczesne i niekontrolowane badania', one: 'Wczesne lub niekontrolowane badanie' },
      prevalence: { label: 'Badania nad tym, jak często występuje CCSVI', one: 'Jak często występuje CCSVI' },
      trial: { label: 'Badania z randomizacją', one: 'Badanie z randomizacją' },
      review: { label: 'Przeglądy i zalecenia', one: 'Przegląd lub zalecenia' },
    },
    orderLabel: 'Kolejność',
    newestFirst: 'Od najnowszych',
    oldestFirst: 'Od najstarszych',
    showing: (p: { shown: number; total: number }) =>
      `Wyświetlono ${p.shown} z ${p.total}. Otwórz jedną pozycję, aby zobaczyć, jak ją przeprowadzono i co wykazała.`,
    yearNotConfirmed: 'rok niepotwierdzony',
    trialRegistration: 'Rejestracja badania',
    howItWasDone: 'Jak je przeprowadzono',
    groups: 'Grupy:',
    keyNumbers: 'Najważniejsze liczby',
    whatItFound: 'Co wykazało',
    howWeChecked: 'Jak sprawdziliśmy:',
    checkedSecondhand:
      'Niektóre szczegóły sprawdzono tylko w źródle pośrednim (w artykule prasowym, na blogu lub w bibliografii).',
    readStudy: 'Przeczytaj badanie',
    sourcePage: 'Strona źródłowa',
    whatItSays: 'Co mówi',
    readStatement: 'Przeczytaj stanowisko',
    blinding: {
      none: 'Bez zaślepienia: wszyscy wiedzieli, kto ma SM lub kogo leczono.',
      reported: 'Opisane jako zaślepione, ale szczegóły są niejasne lub sporne.',
      assessor: 'Zaślepione: osoby oceniające obrazy lub wyniki nie wiedziały, kto ma SM.',
      double: 'Podwójnie zaślepione: ani pacjenci, ani oceniający nie wiedzieli, kto miał prawdziwy zabieg.',
      unclear: 'Sprawdzone przez nas źródła nie opisują zaślepienia.',
      notApplicable: 'Zaślepienie nie dotyczy przeglądu innych badań.',
    },
    blindingTag: {
      none: 'bez zaślepienia',
      reported: 'zaślepienie niejasne',
      assessor: 'zaślepione',
      double: 'podwójnie zaślepione',
    },
    statementKind: {
      regulator: 'Urząd rejestracji leków',
      healthTechnologyAssessment: 'Instytucja wydająca zalecenia zdrowotne',
      msSociety: 'Towarzystwo SM',
      professionalBody: 'Organizacja zawodowa',
    },
    withMs: 'Z SM',
    fairTests: 'Rzetelne sprawdziany leczenia',
    timelineHeading: 'Oś czasu',
    source: 'Źródło',
    safetyHeading: 'Ostrzeżenia dotyczące bezpieczeństwa',
    readWarning: 'Przeczytaj ostrzeżenie',
    harmsHeading: 'Zgłoszone szkody',
    allSources: (p: { count: number }) =>
      `Wszystkie źródła (${p.count} ${plural(p.count, 'źródło', 'źródła', 'źródeł')})`,
    studiesList: 'Badania',
    statementsList: 'Stanowiska i zalecenia',
    statementLink: 'Stanowisko',
    otherReports: 'Inne doniesienia',
    lastReviewed: {
      before: 'Ostatni przegląd dowodów: ',
      after: (p: { version: string }) => ` (zestaw dowodów ${p.version}).`,
    },
  },
};

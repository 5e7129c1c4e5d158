/**
 * Alles wat de extensie over CCSVI zegt, in het Nederlands (vertaling van en.ts; zie text/README.md).
 * De behandeling heet hier de “Liberation Treatment”, zoals Nederlandse pagina’s haar noemden.
 */
import type { TopicText } from './en';

export const nl: TopicText = {
  name: 'CCSVI en de “Liberation Treatment”',

  verdict:
    'De sterkste studies vonden geen bewijs dat CCSVI MS veroorzaakt. Zorgvuldige trials lieten zien dat de Liberation Treatment mensen met MS niet helpt.',

  subjects: {
    condition: 'CCSVI, een veronderstelde aandoening van de aders',
    procedure: 'De “Liberation Treatment”, een behandeling van de aders tegen CCSVI',
  },

  safety:
    'In trials in gespecialiseerde centra was ernstige schade door de ballonbehandeling zeldzaam. Na behandelingen buiten deze trials, vaak met stents, werden sterfgevallen, bloedstolsels en verschoven stents gemeld.',

  whatThisMeans: {
    heading: 'Wat dit voor u betekent',
    points: {
      talkToProfessional:
        'NICE, de Britse instantie voor richtlijnen in de zorg, zegt dat uw zorgverlener met u moet praten over andere behandelingen.',
      currentCare:
        'Volgens NICE bestaat de huidige zorg bij MS uit gespecialiseerde revalidatie en medicijnen. Die willen klachten verlichten en MS afremmen.',
      hadProcedure:
        'Hebt u de behandeling gehad? Vertel het dan aan uw MS-team, vooral als u een stent kreeg. De FDA raadde aan het MS-behandelplan van uw artsen te blijven volgen.',
    },
    disclaimer:
      'Dit is algemene informatie, geen medisch advies. Veel mensen kozen te goeder trouw voor deze behandeling. Hoop hebben is niemand te verwijten.',
  },

  keyPoints: {
    idea: 'CCSVI is het idee dat vernauwde aders in hals en borst een rol spelen bij MS. Latere geblindeerde studies vonden dit patroon even vaak bij mensen zonder MS.',
    trials:
      'Drie trials vergeleken de behandeling met een schijnbehandeling. Geen enkele vond een voordeel voor beperkingen, schubs, hersenscans of kwaliteit van leven.',
    pooled:
      'Sommige samengevoegde echostudies vinden nog steeds dat CCSVI vaker voorkomt bij mensen met MS. Dat toont niet aan dat het MS veroorzaakt. En het openen van de aders hielp niet in trials.',
    guidance:
      'De Britse instantie voor richtlijnen in de zorg, NICE, zegt dat de behandeling niet gebruikt moet worden. De Amerikaanse FDA waarschuwde ervoor in 2012, en in 2017 voor TVAM.',
  },

  cardPoints: {
    blinded:
      'Toen de beoordelaars van de scans niet wisten wie MS had, vonden ze het aderpatroon even vaak bij mensen zonder MS.',
    trials:
      'Drie trials vergeleken de echte behandeling met een nepbehandeling. Geen enkele vond een voordeel.',
  },

  explanation: {
    origin: {
      heading: 'Waar het idee vandaan kwam',
      text: 'In 2006 opperde Paolo Zamboni, vaatchirurg in Ferrara in Italië, dat problemen met de aders een rol zouden kunnen spelen bij MS. In 2009 beschreef hij echo’s van 65 mensen met MS en 235 zonder MS. Hij vond vernauwde aders in hals en borst bij iedereen met MS en bij niemand van de anderen. Hij noemde dit CCSVI. Dat staat voor chronische cerebrospinale veneuze insufficiëntie.',
    },
    spread: {
      heading: 'De behandeling en hoe die zich verspreidde',
      text: 'Zijn team rekte daarna deze aders op bij 65 mensen met MS, met angioplastiek. Iedereen wist wie behandeld werd, en niemand bleef onbehandeld om te vergelijken. Het team meldde verbeteringen. De behandeling werd bekend als de “Liberation Treatment”, en veel mensen met MS vroegen erom. Klinieken in het buitenland behandelden mensen die daarheen reisden, bijvoorbeeld in Costa Rica vanaf juni 2010. Sommige plaatsten ook stents: kleine buisjes van gaas die in de ader achterblijven.',
    },
    stricter: {
      heading: 'Wat strengere studies vonden',
      text: 'Andere teams zochten daarna naar CCSVI met blindering. De meeste vonden weinig of geen verschil tussen mensen met en zonder MS. Een Italiaanse studie bij 136 mensen vond het patroon bij 30,9% met MS en 33,8% zonder MS. De grootste studie, CoSMo, onderzocht 1.767 mensen in Italië. Ze vond CCSVI bij 3,26% van de mensen met MS en 2,13% van de gezonde mensen. Een Canadese studie gebruikte venografie, een directere methode dan echografie. Ze vond CCSVI bij 2% met MS en 3% van de gezonde mensen.',
    },
    consequence: {
      heading: 'Een gevolg van MS, niet de oorzaak?',
      text: 'Sommige onderzoekers denken dat de veranderingen in de aders mogelijk eerder een gevolg van MS zijn dan de oorzaak. In de Italiaanse geblindeerde studie hadden mensen met MS en CCSVI al langer MS: gemiddeld 16,5 tegen 11,5 jaar. Een team in Napels noemde CCSVI bij MS een veelvoorkomende bevinding die samenhangt met leeftijd. Onderzoekers in Buffalo, VS, vonden het vaker bij gevorderde MS. Hun hoofdauteur zei dat het een symptoom van MS zou kunnen zijn.',
    },
    fairTests: {
      heading: 'Drie eerlijke tests van de behandeling',
      text: 'De eerlijkste test van een behandeling is een gerandomiseerde trial, dubbelblind en met een schijnbehandeling. Het toeval bepaalt wie de echte behandeling krijgt, en niemand weet wie welke kreeg. Er zijn drie zulke trials gedaan. In PREMiSe (VS, 2014) kregen behandelde mensen meer nieuwe laesies in de hersenen dan wie de schijnbehandeling kreeg: 19 tegen 3. Na correctie voor andere factoren hingen nieuwe laesies samen met de behandeling. De auteurs schreven dat ze MS actiever kan maken. Aan Brave Dreams (Italië, 2018), geleid door Zamboni zelf, deden 115 mensen mee. De behandeling gaf geen echt voordeel. In een Canadese trial met 104 mensen (2018) was ze niet beter dan de schijnbehandeling.',
    },
    supporters: {
      heading: 'Waar voorstanders op wijzen in Brave Dreams',
      text: 'Brave Dreams zag een trend naar meer mensen zonder nieuwe laesies in maand 6 tot 12. Een trend is een aanwijzing, geen bewezen effect. Het trialteam zei toch dat de behandeling niet kan worden aangeraden. In 2020 publiceerde het team een bredere blik op de scans van 130 mensen. Sommige groepen daarin werden gekozen toen de resultaten al bekend waren. Zo’n analyse kan ideeën geven voor nieuwe trials, maar kan geen voordeel bewijzen.',
    },
    feltBetter: {
      heading: 'Waarom mensen zich beter voelden',
      text: 'Veel mensen zeiden dat ze zich beter voelden na de behandeling. Een register in British Columbia, Canada, ondervroeg twee keer 76 mensen die in het buitenland waren behandeld. Bij het eerste gesprek zei 50% dat hun algemene gezondheid beter was. Zes maanden later zei nog maar 16% dat. Je beter voelen kan ook als de behandeling zelf niet werkt. Daarom vergelijken eerlijke trials de behandeling met een schijnbehandeling.',
    },
    harms: {
      heading: 'Waarschuwingen en schade',
      before:
        'In mei 2012 waarschuwde de Amerikaanse FDA dat de behandeling niet bewezen was. Ze noemde ernstige schade, zoals overlijden, beroerte, bloedstolsels en verschoven stents. In 2017 waarschuwde ze voor TVAM: hetzelfde oprekken van aders met een ballon, aangeprezen voor veel ziekten. In Canada beschreven artsen 5 mensen die schade opliepen na behandeling in het buitenland. Een man uit Ontario overleed in 2010 na de behandeling in Costa Rica.',
      after: 'NICE in het Verenigd Koninkrijk zegt nu dat de behandeling niet gebruikt moet worden.',
    },
    niceCochrane: {
      heading: 'Waarom NICE en Cochrane het oneens lijken',
      text: 'NICE zegt dat de behandeling niet veilig is en niet werkt. Reviewers van Cochrane noemden haar veilig maar niet nuttig. Cochrane keek alleen naar de drie trials, waarin ernstige schade zeldzaam was. Buiten de trials werden sterfgevallen en bloedstolsels gemeld. Beide zijn het erover eens dat ze niet helpt bij MS.',
    },
    link: {
      heading: 'Waarom sommige studies nog steeds een verband vinden',
      text: 'Sommige reviews die echostudies samenvoegen, vinden nog steeds dat CCSVI vaker voorkomt bij mensen met MS. Een vroege review, uit 2011, vond dat veel studies de blindering slecht beschreven. De nieuwste, uit 2023, voegde 20 studies met 3.069 mensen samen. De resultaten verschilden sterk van studie tot studie. Het verband werd sterker als studies van de groep van Zamboni en van voorstanders van de behandeling werden weggelaten. Maar een verband op scans bewijst geen oorzaak. En de trials lieten zien dat het openen van de aders MS niet helpt.',
    },
  },

  evidencePicture: {
    title: 'Hoe vaak CCSVI werd gevonden naarmate studies strenger werden',
    rows: {
      'zamboni-jnnp-2009': {
        label: 'Eerste rapport, 2009',
        method: 'echografie',
        controlLabel: 'mensen zonder MS',
        note: 'Zoals latere artikelen in vaktijdschriften het beschrijven.',
      },
      'plos-one-blind': {
        label: 'Italiaanse studie, 2013, geblindeerd',
        method: 'echografie',
        controlLabel: 'mensen zonder MS',
      },
      'cosmo-2013': {
        label: 'CoSMo, 2013, geblindeerd',
        method: 'echografie',
        controlLabel: 'gezonde mensen',
      },
      'traboulsee-2014': {
        label: 'Canadese studie, 2014, geblindeerd',
        method: 'venografie met een katheter',
        controlLabel: 'gezonde mensen zonder familieband',
      },
    },
    trials: {
      'premise-2014': 'PREMiSe (2014): geen voordeel; meer nieuwe laesies in de hersenen na de behandeling.',
      'brave-dreams-2018':
        'Brave Dreams (2018): geen voordeel voor dagelijks functioneren of nieuwe laesies in de hersenen.',
      'traboulsee-2018': 'Canadese trial (2018): niet beter dan de schijnbehandeling.',
    },
    note: 'Aandeel mensen bij wie CCSVI werd gevonden. In de latere studies wisten de beoordelaars van de scans niet wie MS had. Zij vonden het patroon ongeveer even vaak zonder MS.',
  },

  studies: {
    'zamboni-jnnp-2009': {
      shortName: 'Zamboni 2009, eerste rapport',
      kind: 'patiënt-controleonderzoek (echografie)',
      groups: ['MS', 'geen MS'],
      keyNumbers: ['CCSVI bij 100% van de mensen met MS en 0% van de mensen zonder MS'],
      conclusion: 'Meldde een heel sterk verband tussen MS en vernauwde aders in hals en borst.',
      note: 'Online in december 2008, gedrukt in 2009.',
      verification:
        'Gecontroleerd op de pagina van het tijdschrift. De 100% en 0% zijn zoals hetzelfde tijdschrift en The Lancet dit artikel later beschreven.',
    },
    'zamboni-jvs-2009': {
      shortName: 'Zamboni 2009, behandelstudie',
      kind: 'open behandelstudie, zonder vergelijkingsgroep',
      groups: ['MS, allen behandeld'],
      keyNumbers: [
        'Gemiddeld 18 maanden gevolgd',
        'Behandelde aders bleven open: 96% van de azygos-aders, 53% van de halsaders',
      ],
      conclusion:
        'Meldde dat het patiënten beter ging. Zonder vergelijkingsgroep kon dit niet laten zien dat de behandeling hielp.',
      verification:
        'De bronvermelding is gecontroleerd in de literatuurlijst van een gepubliceerde review. De cijfers komen uit een kopie van het artikel.',
    },
    'zivadinov-2011': {
      shortName: 'Studie uit Buffalo, 2011',
      kind: 'patiënt-controleonderzoek (echografie)',
      groups: ['MS', 'eerste MS-achtige episode', 'andere neurologische ziekte', 'gezond'],
      keyNumbers: [],
      conclusion:
        'CCSVI kwam vaker voor bij MS, het meest bij gevorderde MS. De hoofdauteur zei dat het eerder een symptoom van MS kon zijn dan de oorzaak.',
      note: 'Van de cijfers circuleren verschillende versies, dus we noemen ze niet.',
      verification:
        'We konden de samenvatting van het artikel niet inzien. De woorden van de hoofdauteur komen uit zijn interview met het Canadese tv-nieuws.',
    },
    'cosmo-2013': {
      shortName: 'CoSMo-studie, 2013',
      kind: 'patiënt-controleonderzoek, 35 Italiaanse centra (echografie)',
      groups: ['MS', 'andere neurologische ziekte', 'gezond'],
      keyNumbers: [
        '1.767 mensen in 35 centra',
        'CCSVI bij 3,26% met MS, 3,10% met andere neurologische ziekten, 2,13% van de gezonde mensen',
      ],
      conclusion: 'CCSVI was zeldzaam bij mensen met en zonder MS, en hing niet samen met MS.',
      verification: 'Gecontroleerd in de samenvatting op PubMed.',
    },
    'traboulsee-2014': {
      shortName: 'Canadese röntgenstudie van de aders, 2014',
      kind: 'patiënt-controleonderzoek (venografie met een katheter)',
      groups: ['MS', 'broers en zussen zonder MS', 'gezond, zonder familieband'],
      keyNumbers: [
        'CCSVI op venografie bij 2% met MS, 2% van de broers en zussen, 3% van de gezonde mensen zonder familieband',
        'Een ader die meer dan half vernauwd was, kwam vaak voor: 74% met MS, 66% van de broers en zussen',
      ],
      conclusion:
        'Met de meest directe test was CCSVI zeldzaam bij mensen met en zonder MS. Vernauwde aders kwamen in beide groepen vaak voor.',
      verification: 'Gecontroleerd in de samenvatting (record op PubMed en de samenvatting van The Lancet).',
    },
    'mayer-jnnp': {
      shortName: 'Studie van Mayer',
      kind: 'patiënt-controleonderzoek (echografie)',
      groups: ['MS', 'gezond'],
      keyNumbers: [
        'Terugstroming in aders van hals of hersenen: 0 mensen in beide groepen',
        'Kleine halsader: 13 met MS, 16 gezonde mensen',
      ],
      conclusion:
        'Geen teken van CCSVI bij MS; kenmerken die als tekenen ervan golden, kwamen vaak voor bij gezonde mensen.',
      note: 'Jaargang 82 wijst op 2011, maar het jaar is niet gezien; 436 is de eerste pagina.',
    },
    'baracchini-2011': {
      shortName: 'Studie bij het begin van MS (Baracchini)',
      kind: 'patiënt-controleonderzoek (echografie)',
      groups: ['eerste MS-achtige episode', 'gezond'],
      keyNumbers: [
        'Scans van de hersenaders normaal bij alle patiënten',
        'Venografie bij 7 patiënten met ongewone scans: geen problemen met de aders',
      ],
      conclusion:
        'Geen bewijs voor CCSVI bij het begin van MS, dus geen steun voor het idee dat het MS veroorzaakt.',
      note: 'Titel zoals een samenvatting op een blog die geeft.',
    },
    'marder-2011': {
      shortName: 'Studie bij Amerikaanse veteranen (Marder)',
      kind: 'patiënt-controleonderzoek (echografie)',
      groups: ['MS', 'migraine of geen ziekte'],
      keyNumbers: [],
      conclusion:
        'Veteranen met MS hadden niet meer problemen met de afvoer van bloed via de aders dan mensen zonder MS.',
    },
    'plos-one-blind': {
      shortName: 'Italiaanse geblindeerde echostudie, 2013',
      kind: 'patiënt-controleonderzoek (echografie)',
      groups: ['MS', 'geen MS'],
      keyNumbers: [
        'CCSVI bij 30,9% met MS en 33,8% zonder MS',
        'Mensen met MS en CCSVI hadden al langer MS: gemiddeld 16,5 tegen 11,5 jaar',
      ],
      conclusion:
        'CCSVI kwam zonder MS even vaak voor als met MS, en hing niet samen met hoe ernstig MS was.',
      verification:
        'Gecontroleerd in de samenvatting op de pagina van het tijdschrift en in het record van DOAJ.',
    },
    'simka-funct-neurol': {
      shortName: 'Reeks van een behandelkliniek (Simka)',
      kind: 'dossiers van een kliniek (venografie), zonder vergelijkingsgroep',
      groups: ['MS'],
      keyNumbers: ['Afwijkingen aan de aders bij 563 mensen (96,1%)'],
      conclusion:
        'Zonder vergelijkingsgroep kan dit geen verband met MS laten zien; de auteurs noemden de medische betekenis onbewezen.',
      note: 'Van een groep die de behandeling aanbood. Jaar vermeld als 2011/2012.',
    },
    'premise-2014': {
      shortName: 'PREMiSe-trial, 2014',
      kind: 'gerandomiseerde trial met schijnbehandeling (VS)',
      groups: ['open veiligheidsfase', 'angioplastiek', 'schijnbehandeling'],
      keyNumbers: [
        'Nieuwe actieve laesies in de hersenen: 19 bij de 9 behandelde mensen, 3 bij de 10 met de schijnbehandeling',
        'Na correctie voor andere factoren hingen nieuwe laesies samen met de behandeling (p = 0,01)',
        'Schubs: 4 en 1, een verschil dat toeval kan zijn',
        'Geen complicaties tijdens of vlak na de behandeling',
      ],
      conclusion: 'Geen voordeel op korte termijn. De auteurs schreven dat ze MS actiever kan maken.',
      verification: 'Gecontroleerd in de volledige samenvatting op PubMed Central en PubMed.',
    },
    'brave-dreams-2018': {
      shortName: 'Brave Dreams-trial, 2018',
      kind: 'gerandomiseerde trial met schijnbehandeling, 6 Italiaanse centra',
      groups: ['angioplastiek', 'schijnbehandeling'],
      keyNumbers: [
        'Niet meer mensen gingen vooruit in dagelijks functioneren dan na de schijnbehandeling',
        'Gemiddeld niet minder nieuwe laesies in de hersenen na 12 maanden',
        'Een trend naar meer mensen zonder nieuwe laesies in maand 6 tot 12',
      ],
      conclusion:
        'Geleid door de chirurg die CCSVI bedacht: geen echt voordeel; de behandeling kan niet worden aangeraden.',
      verification:
        'Resultaten gecontroleerd in de kernpunten en de samenvatting op PubMed Central. De grootte van elke groep komt uit een samenvatting in het nieuws.',
    },
    'traboulsee-2018': {
      shortName: 'Canadese trial, 2018',
      kind: 'gerandomiseerde trial met schijnbehandeling (Canada)',
      groups: ['venoplastiek', 'schijnbehandeling'],
      keyNumbers: [
        '104 mensen: 49 kregen venoplastiek en 55 de schijnbehandeling',
        'Ernstige ongewenste voorvallen: 10% na venoplastiek, 2% na schijnbehandeling, niet veroorzaakt door de ingreep volgens het team',
      ],
      conclusion:
        'Niet beter dan de schijnbehandeling voor kwaliteit van leven, klachten of het verloop van MS.',
      verification:
        'Bronvermelding gecontroleerd in de review van Cochrane. Groepsgroottes gelezen in de samenvatting zoals een bibliotheekrecord die geeft. Het veiligheidscijfer komt uit een samenvatting in medisch nieuws.',
    },
    'laupacis-2011': {
      shortName: 'Samengevoegde review in CMAJ, 2011',
      kind: 'meta-analyse van echostudies',
      groups: ['studies'],
      keyNumbers: [
        'Oddsratio 13,5, met resultaten die sterk uiteenliepen',
        'Voorzichtigste analyse: oddsratio 3,7',
      ],
      conclusion:
        'Een verband op echografie, maar slecht beschreven blindering en wisselende resultaten lieten geen harde conclusie toe.',
    },
    'zwischenberger-2013': {
      shortName: 'Samengevoegde review van Zwischenberger, 2013',
      kind: 'meta-analyse van echostudies',
      groups: ['studies'],
      keyNumbers: ['Oddsratio 1,885 na het weglaten van 4 uitschieters'],
      conclusion: 'Een bescheiden verband op echografie, maar geen bewijs dat CCSVI MS veroorzaakt.',
    },
    'cochrane-2012': {
      shortName: 'Review van Cochrane, 2012',
      kind: 'systematische review',
      groups: ['afgeronde gerandomiseerde trials'],
      keyNumbers: ['Geen afgeronde gerandomiseerde trial; 6 nog bezig'],
      conclusion: 'Nog geen goed bewijs voor of tegen; wacht op goed opgezette trials.',
    },
    'cochrane-update': {
      shortName: 'Update van de review van Cochrane',
      kind: 'systematische review van trials met schijnbehandeling',
      groups: ['trials', 'mensen'],
      keyNumbers: [
        'Gezocht tot en met 30 augustus 2018',
        'Geen voordeel voor beperkingen, schubs of kwaliteit van leven; geen ernstige schade door de behandeling',
      ],
      conclusion: 'Veilig maar werkt niet; kan niet worden aangeraden; geen nieuwe trials nodig.',
      verification:
        'De vraag, de methoden, de zoekdatum en de drie trials zijn gecontroleerd in de Cochrane Library. De resultaten komen uit een samenvatting uit de tweede hand.',
    },
    'bmjopen-2023': {
      shortName: 'Samengevoegde review in BMJ Open, 2023',
      kind: 'meta-analyse van echostudies',
      groups: ['studies', 'mensen'],
      keyNumbers: [
        'Oddsratio 3,36, met resultaten die sterk verschilden',
        'Het verband was sterker als studies van de groep van Zamboni en van voorstanders van de behandeling werden weggelaten',
      ],
      conclusion:
        'Nog steeds een verband op echografie, met grote verschillen tussen studies. Een verband toont geen oorzaak aan en verandert niets aan de uitkomst van de trials.',
      verification: 'Gecontroleerd in de samenvatting op PubMed.',
    },
    'bc-registry-2013': {
      shortName: 'Register in British Columbia, 2013',
      kind: 'telefonische interviews met mensen die in het buitenland waren behandeld, zonder vergelijkingsgroep',
      groups: ['mensen die twee keer zijn ondervraagd'],
      keyNumbers: ['Algemene gezondheid “beter”: 50% bij het eerste gesprek, 16% zes maanden later'],
      conclusion: 'De voordelen die mensen in het begin voelden, bleven niet.',
      verification:
        'Gecontroleerd in de samenvatting op de site met congressamenvattingen. In 2017 volgde een volledig artikel; daarvan lazen we alleen de eerste pagina.',
    },
    'lanzillo-2013': {
      shortName: 'Echostudie uit Napels, 2013',
      kind: 'patiënt-controleonderzoek (echografie)',
      groups: ['MS', 'gezond'],
      keyNumbers: [],
      conclusion: 'De auteurs beschreven CCSVI bij MS als veelvoorkomend en samenhangend met leeftijd.',
      verification: 'Titel, bronvermelding en methoden gecontroleerd op de pagina van het tijdschrift.',
    },
    'brave-dreams-2020': {
      shortName: 'Brave Dreams, latere analyse, 2020',
      kind: 'tweede blik op een trial met schijnbehandeling, bedacht na de resultaten',
      groups: ['angioplastiek', 'schijnbehandeling'],
      keyNumbers: ['130 mensen, onder wie 15 met een latere, progressieve vorm van MS'],
      conclusion:
        'Een bredere blik op de hersenscans door het trialteam. Sommige groepen werden gekozen toen de resultaten al bekend waren. Zo’n analyse kan ideeën geven, maar kan geen voordeel bewijzen.',
      verification:
        'Bronvermelding, opzet en groepsgroottes gecontroleerd op PubMed Central. Het deel met de resultaten konden we niet inzien.',
    },
  },

  citations: {
    'zamboni-jnnp-2009': {
      role: 'het eerste rapport over CCSVI',
      outcome:
        'Latere geblindeerde studies vonden niet hetzelfde. De grootste vond CCSVI zeldzaam, en ongeveer even vaak zonder MS.',
    },
    'zamboni-jvs-2009': {
      role: 'de eerste behandelstudie, zonder vergelijkingsgroep',
      outcome: 'Drie latere trials met schijnbehandeling vonden dat de behandeling niet helpt.',
    },
    'zivadinov-2011': {
      role: 'de echostudie uit Buffalo',
      outcome:
        'De eigen auteurs zeiden dat de resultaten pleiten tegen CCSVI als belangrijke oorzaak van MS.',
    },
    'cosmo-2013': {
      role: 'de grootste geblindeerde studie',
      outcome: 'Ze vond CCSVI zeldzaam bij iedereen en niet samenhangend met MS.',
    },
    'traboulsee-2014': {
      role: 'een geblindeerde studie met venografie, de meest directe test',
      outcome: 'CCSVI was zeldzaam bij mensen met en zonder MS.',
    },
    'mayer-jnnp': {
      role: 'een kleine geblindeerde echostudie',
      outcome:
        'Ze vond geen teken van CCSVI bij MS. Grotere geblindeerde studies vonden later ook geen verband met MS.',
    },
    'baracchini-2011': {
      role: 'een studie bij mensen aan het begin van MS',
      outcome:
        'Ze vond geen bewijs voor CCSVI bij het begin van MS. Grotere geblindeerde studies vonden later geen verband met MS.',
    },
    'marder-2011': {
      role: 'een studie bij Amerikaanse veteranen',
      outcome: 'Veteranen met MS hadden niet meer problemen met de afvoer via de aders dan mensen zonder MS.',
    },
    'plos-one-blind': {
      role: 'een geblindeerde echostudie',
      outcome: 'CCSVI kwam zonder MS ongeveer even vaak voor als met MS.',
    },
    'simka-funct-neurol': {
      role: 'dossiers van een kliniek die de behandeling aanbood',
      outcome:
        'Zonder vergelijkingsgroep kon dit geen verband met MS laten zien. Geblindeerde studies vonden later geen verband.',
    },
    'premise-2014': {
      role: 'de eerste trial met schijnbehandeling',
      outcome:
        'Geen voordeel, en meer nieuwe laesies in de hersenen na de behandeling, mogelijk door toeval. Nog twee trials vonden ook geen voordeel.',
    },
    'brave-dreams-2018': {
      role: 'een trial met schijnbehandeling, geleid door Zamboni',
      outcome: 'Geen echt voordeel. De auteurs zeiden dat de behandeling niet kan worden aangeraden.',
    },
    'traboulsee-2018': {
      role: 'de Canadese trial met schijnbehandeling',
      outcome:
        'De behandeling was niet beter dan de schijnbehandeling. Een review van Cochrane over de drie trials vond dat ze niet werkt.',
    },
    'laupacis-2011': {
      role: 'een review die echostudies samenvoegde',
      outcome:
        'Ze vond een verband op echografie, maar geen harde conclusie. Latere trials lieten zien dat de behandeling niet helpt.',
    },
    'zwischenberger-2013': {
      role: 'een review die echostudies samenvoegde',
      outcome: 'Een bescheiden verband op echografie, zonder bewijs dat CCSVI MS veroorzaakt.',
    },
    'cochrane-2012': {
      role: 'de eerste review van Cochrane',
      outcome:
        'Ze vond nog geen afgeronde trials. De update, na drie trials met schijnbehandeling, vond dat de behandeling niet werkt.',
    },
    'cochrane-update': {
      role: 'de review van de drie trials met schijnbehandeling',
      outcome: 'Ze vond de behandeling veilig maar niet nuttig, en zei dat er geen nieuwe trials nodig zijn.',
    },
    'bmjopen-2023': {
      role: 'een recente review die echostudies samenvoegde',
      outcome:
        'Nog steeds een verband op echografie, met grote verschillen tussen studies. Dat toont geen oorzaak aan.',
    },
    'bc-registry-2013': {
      role: 'interviews met mensen die in het buitenland waren behandeld',
      outcome: 'De voordelen die mensen in het begin voelden, bleven niet.',
    },
    'lanzillo-2013': {
      role: 'een echostudie in Napels',
      outcome:
        'De auteurs vonden CCSVI vaak bij MS, samenhangend met leeftijd. De grootste geblindeerde studie vond geen verband met MS.',
    },
    'brave-dreams-2020': {
      role: 'een latere blik op de Brave Dreams-trial',
      outcome:
        'Sommige groepen werden gekozen toen de resultaten al bekend waren. Zo’n analyse kan geen voordeel bewijzen.',
    },
  },

  statements: {
    'fda-2012': {
      body: 'Amerikaanse Food and Drug Administration (FDA)',
      summary:
        'Geen betrouwbaar bewijs uit gecontroleerde trials dat de behandeling helpt bij MS. De criteria om CCSVI vast te stellen liggen niet goed vast. Ze noemde ernstige schade.',
    },
    'fda-2017-tvam': {
      body: 'Amerikaanse Food and Drug Administration (FDA)',
      summary:
        'Waarschuwde voor TVAM: het oprekken van de halsaders en andere aders met een ballon. Dit werd aangeprezen tegen zenuwklachten bij veel ziekten, ook MS. Er is geen bewijs dat het veilig is of helpt. De ballonnen zijn alleen goedgekeurd voor slagaders. Dit komt bovenop de waarschuwing van 2012.',
    },
    'nice-draft-2011': {
      body: 'NICE (VK), conceptrichtlijn',
      summary: 'Alleen gebruiken in onderzoek; trials met schijnbehandeling worden aangemoedigd.',
    },
    'nice-ipg420': {
      body: 'NICE (VK), richtlijn IPG420',
      summary: 'Het bewijs is niet goed genoeg; alleen gebruiken in onderzoek.',
    },
    'nice-ipg640': {
      body: 'NICE (VK), richtlijn IPG640',
      summary:
        'Vervangt IPG420: de behandeling moet niet gebruikt worden, want het bewijs toont dat ze niet veilig is en niet werkt. Uw zorgverlener moet met u praten over andere behandelingen.',
    },
    'cvz-2011': {
      body: 'CVZ (nu Zorginstituut Nederland), Nederland',
      summary:
        'Oordeelde dat het oprekken van aders met een ballon bij MS niet voldoet aan de stand van wetenschap en praktijk. Er is geen bewijs dat het werkt.',
    },
    'ms-society-uk': {
      body: 'MS Society (VK)',
      summary:
        'Behandeltrials verminderden de klachten of de schade op MRI niet. Ze konden schubs en activiteit op MRI zelfs erger maken.',
    },
    'ms-society-canada': {
      body: 'MS Society of Canada',
      summary:
        'Het onderzoek als geheel wijst niet op een verband tussen CCSVI en MS. De vereniging hielp de Canadese trial te financieren.',
    },
    'nmss-2012': {
      body: 'National MS Society (VS)',
      summary:
        'Gaf het advies van de FDA door: praat met een neuroloog die MS kent, vóór zo’n behandeling. Wie er een heeft gehad, moet het MS-behandelplan van de eigen zorgverleners blijven volgen.',
    },
    'ms-ireland': {
      body: 'MS Ireland',
      summary: 'Gaf de waarschuwingen van de FDA uit 2012 door aan haar leden.',
    },
  },

  harms: {
    'fda-2012-reports': {
      label: 'Meldingen bij de FDA, 2012',
      text: 'De FDA wist van sterfgevallen, beroertes, stents die losraakten of verschoven, en schade aan de behandelde ader. Ze noemde ook bloedstolsels, zenuwschade in het hoofd en bloedingen in de buik.',
    },
    'fda-2017-tvam-reports': {
      label: 'Meldingen bij de FDA over TVAM, 2017',
      text: 'Een geknapte ballon die naar de long reisde, en minstens één sterfgeval. Ook bloedstolsels in hersenaders, zenuwschade in het hoofd en bloedingen in de buik.',
    },
    'burton-2011': {
      label: 'Reeks gevallen uit Calgary, 2011',
      text: 'Artsen in Calgary, Canada, beschreven 5 mensen met MS die schade opliepen na behandeling in het buitenland. Ze hadden bloedstolsels in stents (buisjes van gaas in de ader) en in hersenaders. Eén stent verschoof, en sommigen hadden letsel aan een zenuw of door de katheter.',
    },
    'death-abroad-2010': {
      label: 'Een sterfgeval na behandeling in het buitenland, 2010',
      text: 'Een man met MS uit Ontario, Canada, werd in juni 2010 behandeld in een kliniek in Costa Rica. Een stent in zijn ader raakte later verstopt. Hij overleed in oktober 2010 na een behandeling om een stolsel op te lossen; men vermoedde een inwendige bloeding. Het nieuws noemde het de eerste Canadese dode na de behandeling in het buitenland.',
      citation: 'Nieuwsberichten, november 2010',
    },
    'trials-safety': {
      label: 'Veiligheid in de trials',
      text: 'In de drie trials met schijnbehandeling was ernstige schade door de ballonbehandeling zeldzaam. PREMiSe meldde geen complicaties tijdens of vlak na de behandeling. In de Canadese trial hadden 10% na venoplastiek en 2% na de schijnbehandeling ernstige ongewenste voorvallen. Volgens het trialteam kwamen die niet door de behandeling.',
    },
    'treating-centres-2013': {
      label: 'Eigen dossiers van behandelcentra, 2013',
      text: 'Centra die de behandeling aanboden, meldden weinig complicaties in hun eigen dossiers (één gescheurde ader bij 1.202 patiënten), zonder vergelijkingsgroep.',
      citation: 'Terugblikkende reeks, J Vasc Surg 2013',
    },
  },

  timeline: {
    'zamboni-essay': 'Zamboni legt in een essay verband tussen aderproblemen en MS',
    'first-report-online': 'Eerste rapport over CCSVI online',
    'first-treatment-study': 'Eerste behandelstudie, zonder vergelijkingsgroep',
    'canadian-tv':
      'Canadese tv besteedt er eind van het jaar aandacht aan; de vraag naar de behandeling stijgt sterk',
    'web-forum': 'De Amerikaanse National MS Society en de American Academy of Neurology houden een webforum',
    'costa-rica-clinic': 'Een kliniek in Costa Rica begint de behandeling aan te bieden',
    'canadian-death': 'Een Canadese man overlijdt na behandeling in Costa Rica',
    'ms-onset-study': 'Geen bewijs voor CCSVI bij het begin van MS',
    'buffalo-online': 'Studie uit Buffalo online',
    'dutch-ruling': 'Nederlands oordeel: geen stand van wetenschap en praktijk',
    'canada-funds-trial': 'Canada besluit een behandeltrial te financieren',
    'nice-draft': 'Concept van NICE: alleen in onderzoek',
    'calgary-harms': 'Artsen in Calgary melden schade na behandeling in het buitenland',
    'first-meta-analysis': 'Meta-analyse: een verband op echografie, sterk wisselende resultaten',
    'nice-guidance-2012': 'Richtlijn van NICE: alleen in onderzoek',
    'fda-warning': 'Veiligheidswaarschuwing van de FDA',
    'brave-dreams-starts': 'Brave Dreams-trial begint',
    'canadian-trial-approved': 'Canadese trial met schijnbehandeling goedgekeurd',
    'cochrane-2012': 'Review van Cochrane: nog geen gerandomiseerde trials',
    'naples-study': 'Studie uit Napels: CCSVI vaak bij MS en samenhangend met leeftijd',
    'cosmo-published': 'CoSMo-studie gepubliceerd',
    'bc-registry': 'Register in British Columbia: vroege voordelen die mensen meldden, bleven niet',
    'venography-online': 'Canadese venografiestudie online',
    'second-meta-analysis': 'Tweede meta-analyse: een bescheiden verband, geen bewijs van oorzaak',
    'premise-online': 'PREMiSe-trial online: geen voordeel, mogelijk schade',
    'fda-tvam': 'FDA waarschuwt voor de behandeling onder een nieuwe naam, TVAM',
    'brave-dreams-result': 'Brave Dreams-trial: geen voordeel',
    'cochrane-search-date':
      'Zoekdatum van de update van Cochrane (niet de publicatiedatum), die de drie trials omvat',
    'canadian-trial-result': 'Canadese trial: geen voordeel',
    'brave-dreams-rescan': 'Team van Brave Dreams publiceert een bredere blik op zijn hersenscans',
    'meta-analysis-2023':
      'Meta-analyse vindt nog steeds een verband op echografie, sterk wisselende resultaten',
  },

  glossary: {
    'double-blind': {
      term: 'Dubbelblind',
      forms: ['dubbelblind'],
      explanation:
        'De patiënten en de beoordelaars van de resultaten wisten geen van beiden wie de echte behandeling kreeg.',
    },
    blinding: {
      term: 'Geblindeerd',
      forms: ['geblindeerd', 'geblindeerde', 'blindering'],
      explanation:
        'Wie de scans las of de resultaten beoordeelde, wist niet wie MS had of wie behandeld was.',
    },
    sham: {
      term: 'Schijnbehandeling',
      forms: ['schijnbehandeling'],
      explanation: 'Een nepingreep die op de echte lijkt. Niemand in de trial weet wie welke kreeg.',
    },
    angioplasty: {
      term: 'Angioplastiek, venoplastiek, PTA',
      forms: ['angioplastiek', 'venoplastiek', 'pta'],
      explanation:
        'Een vernauwde ader van binnenuit wijder maken met een klein ballonnetje (‘dotteren’). Dit is de Liberation Treatment.',
    },
    venography: {
      term: 'Venografie',
      forms: ['venografie', 'venogram', 'venogrammen'],
      explanation:
        'Een röntgenfoto van de aders, gemaakt nadat er via een dun buisje contrastvloeistof in is gespoten.',
    },
    lesion: {
      term: 'Laesie',
      forms: ['laesie', 'laesies'],
      explanation: 'Een plek met schade door MS die zichtbaar is op een hersenscan (MRI).',
    },
    'case-control': {
      term: 'Patiënt-controleonderzoek',
      forms: ['patiënt-controleonderzoek'],
      explanation: 'Een studie die mensen met een ziekte vergelijkt met mensen zonder die ziekte.',
    },
    prevalence: {
      term: 'Prevalentie',
      forms: ['prevalentie'],
      explanation: 'Hoe vaak iets voorkomt in een groep mensen.',
    },
    'meta-analysis': {
      term: 'Meta-analyse',
      forms: ['meta-analyse', 'meta-analyses'],
      explanation: 'Een studie die de resultaten van eerdere studies samenvoegt tot één totaalantwoord.',
    },
    'odds-ratio': {
      term: 'Oddsratio',
      forms: ['oddsratio'],
      explanation:
        'Een getal voor hoe sterk twee dingen samengaan. 1 betekent geen verband; hoger betekent een sterker verband.',
    },
    'adverse-event': {
      term: 'Ongewenst voorval',
      forms: ['ongewenst voorval', 'ongewenste voorvallen'],
      explanation:
        'Elk gezondheidsprobleem tijdens een trial, of de behandeling het nu veroorzaakte of niet.',
    },
    tvam: {
      term: 'TVAM',
      forms: ['tvam', 'transvascular autonomic modulation'],
      explanation:
        'Afkorting van “transvascular autonomic modulation”. Het is een latere naam voor het oprekken van halsaders met een ballon, verkocht tegen veel ziekten.',
    },
    'disease-modifying': {
      term: 'Ziekteremmende behandeling',
      forms: ['ziekteremmende'],
      explanation: 'Een medicijn voor MS dat u lang gebruikt en dat de ziekte wil afremmen.',
    },
  },

  pageAge: {
    published: (p: { date: string }) => `Deze pagina is van ${p.date}.`,
    updated: (p: { date: string }) => `Deze pagina is voor het laatst bijgewerkt in ${p.date}.`,
    since: (p: { count: number; total: number; years: string }) => {
      const words = ['geen', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
      const count = words[p.count] ?? String(p.count);
      const more = p.count < p.total ? 'nog ' : '';
      const one = p.count === 1;
      const noun = one ? 'trial met schijnbehandeling' : 'trials met schijnbehandeling';
      const verb = one ? 'heeft' : 'hebben';
      return `Sindsdien ${verb} ${more}${count} ${noun} (${p.years}) laten zien dat de behandeling niet helpt.`;
    },
  },

  card: {
    eyebrow: 'Bewijscheck',
    titleLoading: 'wat het bewijs zegt',
    close: 'Sluiten',
    closeHint: 'Sluiten (Esc)',
    basedOn: 'Gebaseerd op:',
    keyPoints: 'Kernpunten',
    fullView: 'Bekijk alle studies en de tijdlijn',
    notAbout: 'Gaat het niet over CCSVI?',
    neverOnSite: 'Niet markeren op deze site',
    neverOnSiteHint: (p: { site: string }) => `Niet meer markeren op ${p.site}`,
    mentionHidden: 'Deze vermelding is verborgen op deze pagina.',
    siteOff: (p: { site: string }) => `Markeren staat uit op ${p.site}.`,
    undo: 'Ongedaan maken',
    lastReviewed: (p: { date: string }) => `Bewijs laatst nagekeken op ${p.date}.`,
    escCloses: { before: '', after: ' sluit deze kaart.' },
    nextMention: { before: '', after: ' gaat naar de volgende vermelding.' },
  },

  views: {
    verdictHeading: 'Wat het bewijs zegt',
    keyPointsHeading: 'Kernpunten',
    storyHeading: 'Het verhaal in meer detail',
    basedOn: 'Gebaseerd op',
    studiesHeading: 'Studies en standpunten',
    wordsInList: 'Woorden in deze lijst',
    wordsUsedHere: 'Woorden die hier worden gebruikt',
    wordsExplained: (p: { count: number }) => `Uitgelegde woorden (${p.count})`,
    filterLabel: 'Tonen',
    filterAll: (p: { count: number }) => `Alle (${p.count})`,
    kinds: {
      original: { label: 'Vroege en ongecontroleerde studies', one: 'Vroege of ongecontroleerde studie' },
      prevalence: { label: 'Studies naar hoe vaak CCSVI voorkomt', one: 'Hoe vaak CCSVI voorkomt' },
      trial: { label: 'Gerandomiseerde trials', one: 'Gerandomiseerde trial' },
      review: { label: 'Reviews en richtlijnen', one: 'Review of richtlijn' },
    },
    orderLabel: 'Volgorde',
    newestFirst: 'Nieuwste eerst',
    oldestFirst: 'Oudste eerst',
    showing: (p: { shown: number; total: number }) =>
      `${p.shown} van ${p.total} getoond. Open er een om te zien hoe ze is gedaan en wat ze vond.`,
    yearNotConfirmed: 'jaar niet bevestigd',
    trialRegistration: 'Registratie van de trial',
    howItWasDone: 'Hoe de studie is opgezet',
    groups: 'Groepen:',
    keyNumbers: 'Belangrijkste cijfers',
    whatItFound: 'Wat de studie vond',
    howWeChecked: 'Hoe we het controleerden:',
    checkedSecondhand:
      'Sommige details zijn alleen gecontroleerd in een bron uit de tweede hand (een nieuwsbericht, blog of literatuurlijst).',
    readStudy: 'Lees de studie',
    sourcePage: 'Bronpagina',
    whatItSays: 'Wat erin staat',
    readStatement: 'Lees het standpunt',
    blinding: {
      none: 'Niet geblindeerd: iedereen wist wie MS had of wie behandeld werd.',
      reported: 'Geblindeerd volgens de studie, maar de details zijn onduidelijk of omstreden.',
      assessor: 'Geblindeerd: wie de scans las of de resultaten scoorde, wist niet wie MS had.',
      double: 'Dubbelblind: patiënten noch beoordelaars wisten wie de echte behandeling kreeg.',
      unclear: 'Blindering niet beschreven in de bronnen die we controleerden.',
      notApplicable: 'Blindering is niet van toepassing op een review van andere studies.',
    },
    blindingTag: {
      none: 'niet geblindeerd',
      reported: 'blindering onduidelijk',
      assessor: 'geblindeerd',
      double: 'dubbelblind',
    },
    statementKind: {
      regulator: 'Toezichthouder op geneesmiddelen',
      healthTechnologyAssessment: 'Instantie voor richtlijnen in de zorg',
      msSociety: 'MS-vereniging',
      professionalBody: 'Beroepsvereniging',
    },
    withMs: 'Met MS',
    fairTests: 'Eerlijke tests van de behandeling',
    timelineHeading: 'Tijdlijn',
    source: 'Bron',
    safetyHeading: 'Veiligheidswaarschuwingen',
    readWarning: 'Lees de waarschuwing',
    harmsHeading: 'Gemelde schade',
    allSources: (p: { count: number }) => `Alle bronnen (${p.count} ${p.count === 1 ? 'bron' : 'bronnen'})`,
    studiesList: 'Studies',
    statementsList: 'Standpunten en richtlijnen',
    statementLink: 'Standpunt',
    otherReports: 'Andere meldingen',
    lastReviewed: {
      before: 'Bewijs laatst nagekeken op ',
      after: (p: { version: string }) => ` (bewijsset ${p.version}).`,
    },
  },
};

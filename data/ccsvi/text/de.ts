/**
 * Alles, was die Erweiterung über CCSVI sagt, auf Deutsch: eine Übersetzung von en.ts (gleiche Schlüssel,
 * gleiche Reihenfolge). MS wie bei der DMSG: „Multiple Sklerose (MS)“. Der Eingriff heißt hier
 * „Befreiungsbehandlung“ (deutsche Seiten: „Liberation Treatment“, „Befreiungs-Behandlung“).
 */
import type { TopicText } from './en';

export const de: TopicText = {
  name: 'CCSVI und die „Befreiungsbehandlung“',

  verdict:
    'Die aussagekräftigsten Studien fanden keinen Beleg, dass CCSVI MS verursacht, und sorgfältige Studien zeigten: Die Befreiungsbehandlung hilft Menschen mit MS nicht.',

  subjects: {
    condition: 'CCSVI, eine vermutete Erkrankung der Venen',
    procedure: 'Die „Befreiungsbehandlung“ („Liberation Treatment“), eine Venenbehandlung bei CCSVI',
  },

  safety:
    'In Studien an erfahrenen Zentren waren schwere Schäden durch die Ballonbehandlung selten. Nach Behandlungen außerhalb dieser Studien, oft mit Stents, wurden Todesfälle, Blutgerinnsel und verrutschte Stents gemeldet.',

  whatThisMeans: {
    heading: 'Was das für Sie bedeutet',
    points: {
      talkToProfessional:
        'NICE, die britische Behörde für Gesundheitsempfehlungen, sagt: Ihre Ärztin oder Ihr Arzt sollte mit Ihnen über andere Behandlungen sprechen.',
      currentCare:
        'Laut NICE besteht die heutige MS-Versorgung aus spezialisierter Rehabilitation und Medikamenten, die Beschwerden lindern und die MS bremsen sollen.',
      hadProcedure:
        'Wenn Sie den Eingriff hatten, vor allem mit Stent, sagen Sie es Ihrem MS-Team. Die FDA riet, beim MS-Behandlungsplan Ihrer Ärzte zu bleiben.',
    },
    disclaimer:
      'Dies ist eine allgemeine Information, keine medizinische Beratung. Viele Menschen wählten diesen Eingriff in gutem Glauben. Niemand ist schuld daran, gehofft zu haben.',
  },

  keyPoints: {
    idea: 'CCSVI ist die Idee, dass verengte Venen an Hals und Brust bei MS eine Rolle spielen. Spätere verblindete Studien fanden das Venenmuster genauso oft bei Menschen ohne MS.',
    trials:
      'Drei Studien verglichen den Eingriff mit einer Scheinbehandlung. Keine fand einen Nutzen für Behinderung, Schübe, Hirnscans oder Lebensqualität.',
    pooled:
      'Manche zusammengefassten Ultraschallstudien finden CCSVI weiterhin häufiger bei Menschen mit MS. Das zeigt nicht, dass CCSVI MS verursacht, und das Öffnen der Venen half in Studien nicht.',
    guidance:
      'Die britische Behörde NICE sagt, der Eingriff sollte nicht angewendet werden. Die US-Behörde FDA warnte 2012 davor und 2017 vor TVAM.',
  },

  cardPoints: {
    blinded:
      'Wenn die Auswerter der Bilder nicht wussten, wer MS hatte, fanden sie das Venenmuster genauso oft bei Menschen ohne MS.',
    trials: 'Drei Studien verglichen den echten Eingriff mit einem vorgetäuschten. Keine fand einen Nutzen.',
  },

  explanation: {
    origin: {
      heading: 'Woher die Idee kam',
      text: 'Im Jahr 2006 meinte Paolo Zamboni, Gefäßchirurg in Ferrara in Italien, dass Probleme der Venen bei Multipler Sklerose (MS) eine Rolle spielen könnten. Im Jahr 2009 berichtete er über Ultraschallbilder von 65 Menschen mit MS und 235 ohne MS. Er fand verengte Venen an Hals und Brust bei jeder Person mit MS und bei keiner der anderen. Er nannte das CCSVI, kurz für chronische cerebrospinale venöse Insuffizienz.',
    },
    spread: {
      heading: 'Die Behandlung und wie sie sich verbreitete',
      text: 'Sein Team weitete dann diese Venen bei 65 Menschen mit MS, mit einer Angioplastie. Alle wussten, wer behandelt wurde, und zum Vergleich blieb niemand unbehandelt. Das Team berichtete von Verbesserungen. Die Behandlung wurde als „Befreiungsbehandlung“ bekannt, und viele Menschen mit MS fragten danach. Kliniken im Ausland behandelten Menschen, die dorthin reisten, etwa in Costa Rica ab Juni 2010. Manche setzten auch Stents ein, kleine Röhrchen aus Drahtgeflecht, die in der Vene bleiben.',
    },
    stricter: {
      heading: 'Was strengere Studien fanden',
      text: 'Andere Teams suchten dann mit Verblindung nach CCSVI. Die meisten fanden wenig oder keinen Unterschied zwischen Menschen mit und ohne MS. Eine italienische Studie mit 136 Menschen fand das Muster bei 30,9 % mit MS und 33,8 % ohne MS. Die größte Studie, CoSMo, untersuchte 1.767 Menschen in Italien. Sie fand CCSVI bei 3,26 % der Menschen mit MS und bei 2,13 % der Gesunden. Eine kanadische Studie nutzte die Phlebografie, die direkter ist als Ultraschall. Sie fand CCSVI bei 2 % mit MS und 3 % der Gesunden.',
    },
    consequence: {
      heading: 'Eine Folge der MS, nicht ihre Ursache?',
      text: 'Manche Forscher meinen, die Veränderungen der Venen könnten der MS folgen, statt sie zu verursachen. In der italienischen Studie mit Verblindung hatten Menschen mit MS und CCSVI die MS schon länger: im Mittel 16,5 gegenüber 11,5 Jahren. Ein Team in Neapel nannte CCSVI bei MS einen häufigen Befund, der mit dem Alter zusammenhängt. Forscher in Buffalo in den USA fanden sie öfter bei fortgeschrittener MS. Ihr Hauptautor sagte, sie könnte ein Symptom der MS sein.',
    },
    fairTests: {
      heading: 'Drei faire Tests der Behandlung',
      text: 'Der fairste Test einer Behandlung ist eine randomisierte Studie mit Scheinbehandlung, die doppelblind ist. Der Zufall entscheidet, wer den echten Eingriff bekommt, und niemand weiß, wer welchen hatte. Drei solche Studien wurden gemacht. In PREMiSe (USA, 2014) hatten Behandelte mehr neue Läsionen im Gehirn als Menschen mit Scheinbehandlung: 19 gegenüber 3. Auch nach Berücksichtigung anderer Faktoren hingen neue Läsionen mit dem Eingriff zusammen. Die Autoren schrieben, er könne die MS aktiver machen. An Brave Dreams (Italien, 2018), geleitet von Zamboni selbst, nahmen 115 Menschen teil. Der Eingriff brachte keinen echten Nutzen. In einer kanadischen Studie mit 104 Menschen (2018) war er nicht besser als die Scheinbehandlung.',
    },
    supporters: {
      heading: 'Worauf Befürworter bei Brave Dreams verweisen',
      text: 'Bei Brave Dreams zeigte sich ein Trend: In den Monaten 6 bis 12 waren mehr Menschen frei von neuen Läsionen. Ein Trend ist ein Hinweis, keine bewiesene Wirkung. Das Studienteam sagte trotzdem, der Eingriff sei nicht zu empfehlen. Im Jahr 2020 veröffentlichte das Team einen breiteren Blick auf die Scans von 130 Menschen. Einige der Gruppen darin wurden erst gewählt, als die Ergebnisse bekannt waren. Eine solche Auswertung kann Ideen für neue Studien geben, aber keinen Nutzen beweisen.',
    },
    feltBetter: {
      heading: 'Warum Menschen sich besser fühlten',
      text: 'Viele Menschen sagten, sie fühlten sich nach dem Eingriff besser. Ein Register in British Columbia in Kanada befragte 76 im Ausland behandelte Menschen, zweimal. Bei der ersten Befragung sagten 50 %, ihre allgemeine Gesundheit sei besser. Sechs Monate später sagten das nur noch 16 %. Man kann sich besser fühlen, ohne dass die Behandlung selbst wirkt. Deshalb vergleichen faire Studien den Eingriff mit einer Scheinbehandlung.',
    },
    harms: {
      heading: 'Warnungen und Schäden',
      before:
        'Im Mai 2012 warnte die US-Behörde FDA, der Nutzen des Eingriffs sei nicht belegt. Sie nannte schwere Schäden, darunter Tod, Schlaganfall, Blutgerinnsel und verrutschte Stents. Im Jahr 2017 warnte sie vor TVAM, derselben Ballonweitung der Venen, beworben für viele Krankheiten. In Kanada beschrieben Ärzte 5 Menschen, die nach einer Behandlung im Ausland geschädigt wurden. Ein Mann aus Ontario starb 2010 nach dem Eingriff in Costa Rica.',
      after: 'NICE in Großbritannien sagt heute, der Eingriff sollte nicht angewendet werden.',
    },
    niceCochrane: {
      heading: 'Warum NICE und Cochrane sich zu widersprechen scheinen',
      text: 'NICE sagt, der Eingriff sei nicht sicher und wirke nicht. Die Cochrane-Autoren nannten ihn sicher, aber nutzlos. Cochrane betrachtete nur die drei Studien, in denen schwere Schäden selten waren. Außerhalb von Studien wurden Todesfälle und Blutgerinnsel gemeldet. Beide sind sich einig, dass er bei MS nicht hilft.',
    },
    link: {
      heading: 'Warum manche Studien noch einen Zusammenhang finden',
      text: 'Manche Übersichten, die Ultraschallstudien zusammenfassen, finden CCSVI weiterhin häufiger bei Menschen mit MS. Eine frühe Übersicht von 2011 fand, dass viele Studien die Verblindung schlecht beschrieben. Die neueste von 2023 fasste 20 Studien mit 3.069 Menschen zusammen. Ihre Ergebnisse unterschieden sich stark von Studie zu Studie. Der Zusammenhang wurde stärker, wenn Studien der Zamboni-Gruppe und von Befürwortern der Behandlung wegfielen. Doch ein Zusammenhang auf Scans beweist keine Ursache. Und die Studien zeigten, dass das Öffnen der Venen bei MS nicht hilft.',
    },
  },

  evidencePicture: {
    title: 'Wie oft CCSVI gefunden wurde, je strenger die Studien wurden',
    rows: {
      'zamboni-jnnp-2009': {
        label: 'Erster Bericht, 2009',
        method: 'Ultraschall',
        controlLabel: 'Menschen ohne MS',
        note: 'So, wie spätere Fachartikel ihn beschreiben.',
      },
      'plos-one-blind': {
        label: 'Italienische Studie, 2013, verblindet',
        method: 'Ultraschall',
        controlLabel: 'Menschen ohne MS',
      },
      'cosmo-2013': { label: 'CoSMo, 2013, verblindet', method: 'Ultraschall', controlLabel: 'Gesunde' },
      'traboulsee-2014': {
        label: 'Kanadische Studie, 2014, verblindet',
        method: 'Phlebografie mit Katheter',
        controlLabel: 'nicht verwandte Gesunde',
      },
    },
    trials: {
      'premise-2014': 'PREMiSe (2014): kein Nutzen; mehr neue Läsionen im Gehirn nach dem Eingriff.',
      'brave-dreams-2018':
        'Brave Dreams (2018): kein Nutzen für Alltagsfähigkeiten oder neue Läsionen im Gehirn.',
      'traboulsee-2018': 'Kanadische Studie (2018): nicht besser als die Scheinbehandlung.',
    },
    note: 'Anteil der Menschen, bei denen CCSVI gefunden wurde. In den späteren Studien wussten die Auswerter der Bilder nicht, wer MS hatte. Sie fanden das Muster ohne MS etwa genauso oft.',
  },

  studies: {
    'zamboni-jnnp-2009': {
      shortName: 'Zamboni 2009, erster Bericht',
      kind: 'Fall-Kontroll-Studie (Ultraschall)',
      groups: ['MS', 'keine MS'],
      keyNumbers: ['CCSVI bei 100 % der Menschen mit MS und 0 % der Menschen ohne MS'],
      conclusion:
        'Berichtete einen sehr starken Zusammenhang zwischen MS und verengten Venen an Hals und Brust.',
      note: 'Online im Dezember 2008, gedruckt 2009.',
      verification:
        'Auf der Seite der Fachzeitschrift geprüft. Die 100 % und 0 % geben wieder, wie dieselbe Zeitschrift und The Lancet die Arbeit später beschrieben.',
    },
    'zamboni-jvs-2009': {
      shortName: 'Zamboni 2009, Behandlungsstudie',
      kind: 'offene Behandlungsstudie ohne Vergleichsgruppe',
      groups: ['MS, alle behandelt'],
      keyNumbers: [
        'Im Mittel 18 Monate lang beobachtet',
        'Behandelte Venen blieben offen: 96 % der Azygosvenen, 53 % der Jugularvenen',
      ],
      conclusion:
        'Berichtete, dass es den Patienten besser ging. Ohne Vergleichsgruppe konnte das aber nicht zeigen, dass der Eingriff half.',
      verification:
        'Die Quellenangabe wurde im Literaturverzeichnis einer veröffentlichten Übersicht geprüft. Die Zahlen stammen aus einer Kopie der Arbeit.',
    },
    'zivadinov-2011': {
      shortName: 'Buffalo-Studie, 2011',
      kind: 'Fall-Kontroll-Studie (Ultraschall)',
      groups: ['MS', 'erste MS-ähnliche Episode', 'andere neurologische Krankheit', 'gesund'],
      keyNumbers: [],
      conclusion:
        'CCSVI war bei MS häufiger, am meisten bei fortgeschrittener MS. Der Hauptautor sagte, sie könnte eher ein Symptom der MS als ihre Ursache sein.',
      note: 'Ihre Zahlen kursieren in verschiedenen Fassungen, daher nennen wir sie nicht.',
      verification:
        'Die Zusammenfassung der Arbeit haben wir nicht erreicht. Die Worte des Hauptautors stammen aus seinem Interview mit kanadischen Fernsehnachrichten.',
    },
    'cosmo-2013': {
      shortName: 'CoSMo-Studie, 2013',
      kind: 'Fall-Kontroll-Studie, 35 italienische Zentren (Ultraschall)',
      groups: ['MS', 'andere neurologische Krankheit', 'gesund'],
      keyNumbers: [
        '1.767 Menschen an 35 Zentren',
        'CCSVI bei 3,26 % mit MS, 3,10 % mit anderen neurologischen Krankheiten, 2,13 % der Gesunden',
      ],
      conclusion: 'CCSVI war bei Menschen mit und ohne MS selten und hing nicht mit MS zusammen.',
      verification: 'In der Zusammenfassung auf PubMed geprüft.',
    },
    'traboulsee-2014': {
      shortName: 'Kanadische Röntgenstudie der Venen, 2014',
      kind: 'Fall-Kontroll-Studie (Phlebografie mit Katheter)',
      groups: ['MS', 'Geschwister ohne MS', 'nicht verwandte Gesunde'],
      keyNumbers: [
        'CCSVI in der Phlebografie bei 2 % mit MS, 2 % der Geschwister, 3 % der nicht verwandten Gesunden',
        'Eine um mehr als die Hälfte verengte Vene war häufig: 74 % mit MS, 66 % der Geschwister',
      ],
      conclusion:
        'Im direktesten Test war CCSVI bei Menschen mit und ohne MS selten. Verengte Venen waren in beiden Gruppen häufig.',
      verification: 'In der Zusammenfassung geprüft (Eintrag bei PubMed und Kurzfassung in The Lancet).',
    },
    'mayer-jnnp': {
      shortName: 'Mayer-Studie',
      kind: 'Fall-Kontroll-Studie (Ultraschall)',
      groups: ['MS', 'gesund'],
      keyNumbers: [
        'Rückwärtsfluss in Venen von Hals oder Gehirn: 0 Menschen in beiden Gruppen',
        'Kleine Jugularvene: 13 mit MS, 16 Gesunde',
      ],
      conclusion:
        'Kein Zeichen von CCSVI bei MS; Merkmale, die als Zeichen dafür galten, waren bei Gesunden häufig.',
      note: 'Band 82 spricht für 2011, aber das Jahr haben wir nicht gesehen; 436 ist die erste Seite.',
    },
    'baracchini-2011': {
      shortName: 'Studie zum Beginn der MS (Baracchini)',
      kind: 'Fall-Kontroll-Studie (Ultraschall)',
      groups: ['erste MS-ähnliche Episode', 'gesund'],
      keyNumbers: [
        'Scans der Hirnvenen bei allen Patienten normal',
        'Phlebografie bei 7 Patienten mit auffälligen Scans: keine Probleme der Venen',
      ],
      conclusion: 'Kein Beleg für CCSVI zu Beginn der MS, also keine Stütze dafür, dass sie MS verursacht.',
      note: 'Titel so, wie ihn eine Blog-Zusammenfassung angibt.',
    },
    'marder-2011': {
      shortName: 'Studie an US-Veteranen (Marder)',
      kind: 'Fall-Kontroll-Studie (Ultraschall)',
      groups: ['MS', 'Migräne oder keine Krankheit'],
      keyNumbers: [],
      conclusion:
        'Veteranen mit MS hatten nicht mehr Probleme beim Abfluss aus den Venen als Menschen ohne MS.',
    },
    'plos-one-blind': {
      shortName: 'Italienische verblindete Ultraschallstudie, 2013',
      kind: 'Fall-Kontroll-Studie (Ultraschall)',
      groups: ['MS', 'keine MS'],
      keyNumbers: [
        'CCSVI bei 30,9 % mit MS und 33,8 % ohne MS',
        'Menschen mit MS und CCSVI hatten die MS schon länger: im Mittel 16,5 gegenüber 11,5 Jahren',
      ],
      conclusion:
        'CCSVI war ohne MS genauso häufig wie mit MS und hing nicht mit der Schwere der MS zusammen.',
      verification: 'In der Zusammenfassung auf der Seite der Zeitschrift und im Eintrag bei DOAJ geprüft.',
    },
    'simka-funct-neurol': {
      shortName: 'Fallserie einer behandelnden Klinik (Simka)',
      kind: 'Klinikakten (Phlebografie), keine Vergleichsgruppe',
      groups: ['MS'],
      keyNumbers: ['Auffällige Venen bei 563 Menschen (96,1 %)'],
      conclusion:
        'Ohne Vergleichsgruppe kann das keinen Zusammenhang mit MS zeigen; die Autoren nannten die medizinische Bedeutung unbewiesen.',
      note: 'Von einer Gruppe, die die Behandlung anbot. Jahr angegeben als 2011/2012.',
    },
    'premise-2014': {
      shortName: 'PREMiSe-Studie, 2014',
      kind: 'randomisierte Studie mit Scheinbehandlung (USA)',
      groups: ['offene Sicherheitsphase', 'Angioplastie', 'Scheinbehandlung'],
      keyNumbers: [
        'Neue aktive Läsionen im Gehirn: 19 bei den 9 Behandelten, 3 bei den 10 mit Scheinbehandlung',
        'Auch nach Berücksichtigung anderer Faktoren hingen neue Läsionen mit dem Eingriff zusammen (p = 0,01)',
        'Schübe: 4 und 1, ein Unterschied, der Zufall sein könnte',
        'Keine Komplikationen während oder kurz nach dem Eingriff',
      ],
      conclusion: 'Kurzfristig kein Nutzen. Die Autoren schrieben, der Eingriff könne die MS aktiver machen.',
      verification: 'In der vollständigen Zusammenfassung auf PubMed Central und PubMed geprüft.',
    },
    'brave-dreams-2018': {
      shortName: 'Studie Brave Dreams, 2018',
      kind: 'randomisierte Studie mit Scheinbehandlung, 6 italienische Zentren',
      groups: ['Angioplastie', 'Scheinbehandlung'],
      keyNumbers: [
        'Bei den Alltagsfähigkeiten besserten sich nicht mehr Menschen als nach der Scheinbehandlung',
        'Nach 12 Monaten im Mittel nicht weniger neue Läsionen im Gehirn',
        'Ein Trend zu mehr Menschen ohne neue Läsionen in den Monaten 6 bis 12',
      ],
      conclusion:
        'Geleitet von dem Chirurgen, der CCSVI vorschlug: kein echter Nutzen; der Eingriff ist nicht zu empfehlen.',
      verification:
        'Ergebnisse in den Kernaussagen und der Zusammenfassung auf PubMed Central geprüft. Die Größe jeder Gruppe stammt aus einer Nachrichtenmeldung.',
    },
    'traboulsee-2018': {
      shortName: 'Kanadische Studie, 2018',
      kind: 'randomisierte Studie mit Scheinbehandlung (Kanada)',
      groups: ['Venoplastie', 'Scheinbehandlung'],
      keyNumbers: [
        '104 Menschen: 49 hatten eine Venoplastie und 55 die Scheinbehandlung',
        'Schwere unerwünschte Ereignisse: 10 % nach Venoplastie, 2 % nach Scheinbehandlung, nicht als Folge davon gewertet',
      ],
      conclusion:
        'Nicht besser als die Scheinbehandlung für Lebensqualität, Beschwerden oder den Verlauf der MS.',
      verification:
        'Quellenangabe in der Cochrane-Übersicht geprüft. Gruppengrößen in der Zusammenfassung gelesen, wie ein Bibliothekseintrag sie angibt. Die Zahl zur Sicherheit stammt aus einer medizinischen Nachrichtenmeldung.',
    },
    'laupacis-2011': {
      shortName: 'Zusammenfassende Übersicht im CMAJ, 2011',
      kind: 'Metaanalyse von Ultraschallstudien',
      groups: ['Studien'],
      keyNumbers: [
        'Odds Ratio 13,5, mit stark schwankenden Ergebnissen',
        'Vorsichtigste Auswertung: Odds Ratio 3,7',
      ],
      conclusion:
        'Ein Zusammenhang im Ultraschall. Doch schlecht beschriebene Verblindung und gemischte Ergebnisse erlaubten keinen sicheren Schluss.',
    },
    'zwischenberger-2013': {
      shortName: 'Zusammenfassende Übersicht von Zwischenberger, 2013',
      kind: 'Metaanalyse von Ultraschallstudien',
      groups: ['Studien'],
      keyNumbers: ['Odds Ratio 1,885 nach Entfernen von 4 Ausreißern'],
      conclusion: 'Ein mäßiger Zusammenhang im Ultraschall, aber kein Beleg, dass CCSVI MS verursacht.',
    },
    'cochrane-2012': {
      shortName: 'Cochrane-Übersicht, 2012',
      kind: 'systematische Übersicht',
      groups: ['abgeschlossene randomisierte Studien'],
      keyNumbers: ['Keine abgeschlossene randomisierte Studie; 6 liefen noch'],
      conclusion: 'Noch kein guter Beleg dafür oder dagegen; gut geplante Studien abwarten.',
    },
    'cochrane-update': {
      shortName: 'Aktualisierte Cochrane-Übersicht',
      kind: 'systematische Übersicht der Studien mit Scheinbehandlung',
      groups: ['Studien', 'Menschen'],
      keyNumbers: [
        'Suche bis zum 30. August 2018',
        'Kein Nutzen für Behinderung, Schübe oder Lebensqualität; kein schwerer Schaden durch den Eingriff',
      ],
      conclusion: 'Sicher, aber wirkungslos; nicht zu empfehlen; keine weiteren Studien nötig.',
      verification:
        'Fragestellung, Methoden, Suchdatum und die drei Studien wurden in der Cochrane Library geprüft. Die Ergebnisse stammen aus einer Zusammenfassung aus zweiter Hand.',
    },
    'bmjopen-2023': {
      shortName: 'Zusammenfassende Übersicht in BMJ Open, 2023',
      kind: 'Metaanalyse von Ultraschallstudien',
      groups: ['Studien', 'Menschen'],
      keyNumbers: [
        'Odds Ratio 3,36, mit stark unterschiedlichen Ergebnissen',
        'Der Zusammenhang war stärker, wenn Studien der Zamboni-Gruppe und von Befürwortern der Behandlung wegfielen',
      ],
      conclusion:
        'Noch immer ein Zusammenhang im Ultraschall, mit großen Unterschieden zwischen den Studien. Ein Zusammenhang zeigt keine Ursache und ändert nichts an den Studienergebnissen.',
      verification: 'In der Zusammenfassung auf PubMed geprüft.',
    },
    'bc-registry-2013': {
      shortName: 'Register in British Columbia, 2013',
      kind: 'Telefonbefragung von im Ausland Behandelten, keine Vergleichsgruppe',
      groups: ['zweimal Befragte'],
      keyNumbers: ['Allgemeine Gesundheit „besser“: 50 % bei der ersten Befragung, 16 % sechs Monate später'],
      conclusion: 'Ein Nutzen, den Menschen anfangs spürten, hielt nicht an.',
      verification:
        'In der Zusammenfassung auf der Seite des Kongresses geprüft. Eine vollständige Arbeit folgte 2017; wir lasen nur ihre erste Seite.',
    },
    'lanzillo-2013': {
      shortName: 'Ultraschallstudie aus Neapel, 2013',
      kind: 'Fall-Kontroll-Studie (Ultraschall)',
      groups: ['MS', 'gesund'],
      keyNumbers: [],
      conclusion: 'Die Autoren beschrieben CCSVI bei MS als häufig und mit dem Alter verbunden.',
      verification: 'Titel, Quellenangabe und Methoden auf der Seite der Zeitschrift geprüft.',
    },
    'brave-dreams-2020': {
      shortName: 'Brave Dreams, spätere Auswertung, 2020',
      kind: 'zweiter Blick auf eine Studie mit Scheinbehandlung, nach den Ergebnissen geplant',
      groups: ['Angioplastie', 'Scheinbehandlung'],
      keyNumbers: ['130 Menschen, darunter 15 mit einer späteren, fortschreitenden Form der MS'],
      conclusion:
        'Ein breiterer Blick des Studienteams auf die Hirnscans. Einige Gruppen wurden erst gewählt, als die Ergebnisse bekannt waren. So eine Auswertung kann Ideen liefern, aber keinen Nutzen beweisen.',
      verification:
        'Quellenangabe, Aufbau und Gruppengrößen auf PubMed Central geprüft. Den Ergebnisteil haben wir nicht erreicht.',
    },
  },

  citations: {
    'zamboni-jnnp-2009': {
      role: 'der erste Bericht über CCSVI',
      outcome:
        'Spätere verblindete Studien fanden nicht dasselbe. Die größte fand CCSVI selten und ohne MS etwa genauso häufig.',
    },
    'zamboni-jvs-2009': {
      role: 'die erste Behandlungsstudie, ohne Vergleichsgruppe',
      outcome: 'Drei spätere Studien mit Scheinbehandlung zeigten, dass die Behandlung nicht hilft.',
    },
    'zivadinov-2011': {
      role: 'die Ultraschallstudie aus Buffalo',
      outcome: 'Ihre eigenen Autoren sagten, die Ergebnisse sprächen gegen CCSVI als Hauptursache der MS.',
    },
    'cosmo-2013': {
      role: 'die größte verblindete Studie',
      outcome: 'Sie fand CCSVI bei allen selten und ohne Zusammenhang mit MS.',
    },
    'traboulsee-2014': {
      role: 'eine verblindete Studie mit Phlebografie, dem direktesten Test',
      outcome: 'CCSVI war bei Menschen mit und ohne MS selten.',
    },
    'mayer-jnnp': {
      role: 'eine kleine verblindete Ultraschallstudie',
      outcome:
        'Sie fand kein Zeichen von CCSVI bei MS. Auch größere verblindete Studien fanden später keinen Zusammenhang mit MS.',
    },
    'baracchini-2011': {
      role: 'eine Studie an Menschen am Beginn der MS',
      outcome:
        'Sie fand keinen Beleg für CCSVI zu Beginn der MS. Größere verblindete Studien fanden später keinen Zusammenhang mit MS.',
    },
    'marder-2011': {
      role: 'eine Studie an US-Veteranen',
      outcome: 'Veteranen mit MS hatten nicht mehr Probleme beim Abfluss aus den Venen als Menschen ohne MS.',
    },
    'plos-one-blind': {
      role: 'eine verblindete Ultraschallstudie',
      outcome: 'CCSVI war ohne MS etwa genauso häufig wie mit MS.',
    },
    'simka-funct-neurol': {
      role: 'Akten einer Klinik, die die Behandlung anbot',
      outcome:
        'Ohne Vergleichsgruppe konnte sie keinen Zusammenhang mit MS zeigen. Verblindete Studien fanden später keinen.',
    },
    'premise-2014': {
      role: 'die erste Studie mit Scheinbehandlung',
      outcome:
        'Kein Nutzen und mehr neue Läsionen im Gehirn nach der Behandlung, vielleicht durch Zufall. Zwei weitere Studien fanden ebenfalls keinen Nutzen.',
    },
    'brave-dreams-2018': {
      role: 'eine Studie mit Scheinbehandlung unter der Leitung von Zamboni',
      outcome: 'Kein echter Nutzen. Ihre Autoren sagten, der Eingriff sei nicht zu empfehlen.',
    },
    'traboulsee-2018': {
      role: 'die kanadische Studie mit Scheinbehandlung',
      outcome:
        'Der Eingriff war nicht besser als die Scheinbehandlung. Eine Cochrane-Übersicht der drei Studien fand, dass er nicht wirkt.',
    },
    'laupacis-2011': {
      role: 'eine Übersicht, die Ultraschallstudien zusammenfasst',
      outcome:
        'Sie fand einen Zusammenhang im Ultraschall, aber keinen sicheren Schluss. Spätere Studien zeigten, dass die Behandlung nicht hilft.',
    },
    'zwischenberger-2013': {
      role: 'eine Übersicht, die Ultraschallstudien zusammenfasst',
      outcome: 'Ein mäßiger Zusammenhang im Ultraschall, ohne Beleg, dass CCSVI MS verursacht.',
    },
    'cochrane-2012': {
      role: 'die erste Cochrane-Übersicht',
      outcome:
        'Sie fand noch keine abgeschlossenen Studien. Ihre Aktualisierung nach drei Studien mit Scheinbehandlung fand, dass der Eingriff nicht wirkt.',
    },
    'cochrane-update': {
      role: 'die Übersicht der drei Studien mit Scheinbehandlung',
      outcome: 'Sie fand den Eingriff sicher, aber nutzlos, und sagte, weitere Studien seien nicht nötig.',
    },
    'bmjopen-2023': {
      role: 'eine neue Übersicht, die Ultraschallstudien zusammenfasst',
      outcome:
        'Noch immer ein Zusammenhang im Ultraschall, mit großen Unterschieden zwischen den Studien. Das zeigt keine Ursache.',
    },
    'bc-registry-2013': {
      role: 'Befragungen von im Ausland Behandelten',
      outcome: 'Ein Nutzen, den Menschen anfangs spürten, hielt nicht an.',
    },
    'lanzillo-2013': {
      role: 'eine Ultraschallstudie in Neapel',
      outcome:
        'Ihre Autoren fanden CCSVI bei MS häufig und mit dem Alter verbunden. Die größte verblindete Studie fand keinen Zusammenhang mit MS.',
    },
    'brave-dreams-2020': {
      role: 'ein späterer Blick auf die Studie Brave Dreams',
      outcome:
        'Einige Gruppen wurden erst gewählt, als die Ergebnisse bekannt waren. So eine Auswertung kann keinen Nutzen beweisen.',
    },
  },

  statements: {
    'fda-2012': {
      body: 'US-Arzneimittelbehörde (FDA)',
      summary:
        'Keine verlässlichen Belege aus kontrollierten Studien, dass der Eingriff bei MS hilft. Die Kriterien für die Diagnose von CCSVI sind nicht gut festgelegt. Sie nannte schwere Schäden.',
    },
    'fda-2017-tvam': {
      body: 'US-Arzneimittelbehörde (FDA)',
      summary:
        'Warnte vor TVAM: Ballonweitung der Jugularvenen und anderer Venen, beworben gegen Nervenprobleme bei vielen Krankheiten, auch MS. Es gibt keinen Beleg, dass sie sicher ist oder hilft. Die Ballons sind nur für Arterien zugelassen. Das ergänzt die Warnung von 2012.',
    },
    'nice-draft-2011': {
      body: 'NICE (Großbritannien), Entwurf einer Empfehlung',
      summary: 'Nur in der Forschung anwenden; Studien mit Scheinbehandlung erwünscht.',
    },
    'nice-ipg420': {
      body: 'NICE (Großbritannien), Empfehlung IPG420',
      summary: 'Belege nicht gut genug; nur in der Forschung anwenden.',
    },
    'nice-ipg640': {
      body: 'NICE (Großbritannien), Empfehlung IPG640',
      summary:
        'Ersetzt IPG420: Der Eingriff sollte nicht angewendet werden, weil die Belege zeigen, dass er nicht sicher ist und nicht wirkt. Ihre Ärztin oder Ihr Arzt sollte mit Ihnen über andere Behandlungen sprechen.',
    },
    'cvz-2011': {
      body: 'CVZ (heute Zorginstituut Nederland), Niederlande',
      summary:
        'Entschied, dass die Ballonweitung der Venen bei MS keine anerkannte medizinische Praxis ist und ihre Wirkung nicht belegt ist.',
    },
    'ms-society-uk': {
      body: 'MS Society (Großbritannien)',
      summary:
        'Studien zur Behandlung verringerten weder Beschwerden noch MRT-Schäden und könnten Schübe und MRT-Aktivität verschlimmern.',
    },
    'ms-society-canada': {
      body: 'MS Society of Canada',
      summary:
        'Die Forschung insgesamt spricht gegen einen Zusammenhang zwischen CCSVI und MS. Die Gesellschaft half, die kanadische Studie zu finanzieren.',
    },
    'nmss-2012': {
      body: 'National MS Society (USA)',
      summary:
        'Gab den Rat der FDA weiter: Vor einem solchen Eingriff mit einem Neurologen sprechen, der MS kennt. Wer ihn hatte, sollte beim MS-Behandlungsplan seiner Ärzte bleiben.',
    },
    'ms-ireland': {
      body: 'MS Ireland',
      summary: 'Gab die Warnungen der FDA von 2012 an ihre Mitglieder weiter.',
    },
  },

  harms: {
    'fda-2012-reports': {
      label: 'Meldungen an die FDA, 2012',
      text: 'Die FDA hatte von Todesfällen, Schlaganfällen, gelösten oder verrutschten Stents und Schäden an der behandelten Vene erfahren. Sie nannte auch Blutgerinnsel, Nervenschäden im Kopf und Blutungen im Bauch.',
    },
    'fda-2017-tvam-reports': {
      label: 'Meldungen an die FDA zu TVAM, 2017',
      text: 'Ein geplatzter Ballon, der in die Lunge gelangte, und mindestens ein Todesfall. Außerdem Gerinnsel in Hirnvenen, Nervenschäden im Kopf und Blutungen im Bauch.',
    },
    'burton-2011': {
      label: 'Fallserie aus Calgary, 2011',
      text: 'Ärzte in Calgary in Kanada beschrieben 5 Menschen mit MS, die nach einer Behandlung im Ausland geschädigt wurden. Sie hatten Gerinnsel in Stents (Röhrchen aus Drahtgeflecht, die in der Vene bleiben) und in Hirnvenen. Ein Stent verrutschte, und manche hatten Verletzungen an Nerven oder durch den Katheter.',
    },
    'death-abroad-2010': {
      label: 'Ein Todesfall nach Behandlung im Ausland, 2010',
      text: 'Ein Mann mit MS aus Ontario in Kanada wurde im Juni 2010 in einer Klinik in Costa Rica behandelt. Ein Stent in seiner Vene verstopfte später. Er starb im Oktober 2010 nach einer Behandlung, die ein Gerinnsel auflösen sollte; vermutet wurde eine innere Blutung. Nachrichten nannten es den ersten kanadischen Todesfall nach der Behandlung im Ausland.',
      citation: 'Nachrichtenmeldungen, November 2010',
    },
    'trials-safety': {
      label: 'Sicherheit in den Studien',
      text: 'In den drei Studien mit Scheinbehandlung waren schwere Schäden durch die Ballonbehandlung selten. PREMiSe meldete keine Komplikationen während oder kurz nach dem Eingriff. In der kanadischen Studie traten schwere unerwünschte Ereignisse bei 10 % nach Venoplastie und bei 2 % nach Scheinbehandlung auf. Das Studienteam sah sie nicht als Folge des Eingriffs.',
    },
    'treating-centres-2013': {
      label: 'Eigene Akten behandelnder Zentren, 2013',
      text: 'Zentren, die die Behandlung anboten, meldeten in ihren eigenen Akten wenige Komplikationen (eine gerissene Vene bei 1.202 Patienten), ohne Vergleichsgruppe.',
      citation: 'Rückblickende Fallserie, J Vasc Surg 2013',
    },
  },

  timeline: {
    'zamboni-essay': 'Zamboni verbindet in einem Aufsatz Probleme der Venen mit MS',
    'first-report-online': 'Erster Bericht über CCSVI online',
    'first-treatment-study': 'Erste Behandlungsstudie, ohne Vergleichsgruppe',
    'canadian-tv':
      'Kanadisches Fernsehen berichtet Ende des Jahres; die Nachfrage nach der Behandlung steigt stark',
    'web-forum': 'US National MS Society und American Academy of Neurology veranstalten ein Webforum',
    'costa-rica-clinic': 'Eine Klinik in Costa Rica beginnt, den Eingriff anzubieten',
    'canadian-death': 'Ein Kanadier stirbt nach einer Behandlung in Costa Rica',
    'ms-onset-study': 'Kein Beleg für CCSVI zu Beginn der MS',
    'buffalo-online': 'Buffalo-Studie online',
    'dutch-ruling': 'Niederländische Entscheidung: keine anerkannte Praxis',
    'canada-funds-trial': 'Kanada beschließt, eine Behandlungsstudie zu finanzieren',
    'nice-draft': 'Entwurf von NICE: nur in der Forschung',
    'calgary-harms': 'Ärzte in Calgary melden Schäden nach Behandlung im Ausland',
    'first-meta-analysis': 'Metaanalyse: ein Zusammenhang im Ultraschall, sehr gemischte Ergebnisse',
    'nice-guidance-2012': 'Empfehlung von NICE: nur in der Forschung',
    'fda-warning': 'Sicherheitswarnung der FDA',
    'brave-dreams-starts': 'Die Studie Brave Dreams beginnt',
    'canadian-trial-approved': 'Kanadische Studie mit Scheinbehandlung genehmigt',
    'cochrane-2012': 'Cochrane-Übersicht: noch keine randomisierten Studien',
    'naples-study': 'Studie aus Neapel: CCSVI bei MS häufig und mit dem Alter verbunden',
    'cosmo-published': 'CoSMo-Studie veröffentlicht',
    'bc-registry': 'Register in British Columbia: Ein früher berichteter Nutzen hielt nicht an',
    'venography-online': 'Kanadische Studie mit Phlebografie online',
    'second-meta-analysis': 'Zweite Metaanalyse: ein mäßiger Zusammenhang, kein Beleg für eine Ursache',
    'premise-online': 'PREMiSe-Studie online: kein Nutzen, möglicher Schaden',
    'fda-tvam': 'FDA warnt vor dem umbenannten Eingriff TVAM',
    'brave-dreams-result': 'Studie Brave Dreams: kein Nutzen',
    'cochrane-search-date':
      'Suchdatum der aktualisierten Cochrane-Übersicht (nicht ihr Erscheinungsdatum); sie umfasst die drei Studien',
    'canadian-trial-result': 'Kanadische Studie: kein Nutzen',
    'brave-dreams-rescan':
      'Das Team von Brave Dreams veröffentlicht einen breiteren Blick auf seine Hirnscans',
    'meta-analysis-2023':
      'Metaanalyse findet noch einen Zusammenhang im Ultraschall, sehr gemischte Ergebnisse',
  },

  glossary: {
    'double-blind': {
      term: 'Doppelblind',
      forms: ['doppelblind'],
      explanation:
        'Weder die Patienten noch die Auswerter der Ergebnisse wussten, wer die echte Behandlung bekam.',
    },
    blinding: {
      term: 'Verblindet',
      forms: ['verblindet', 'verblindete', 'verblindung'],
      explanation:
        'Wer die Bilder las oder die Ergebnisse bewertete, wusste nicht, wer MS hatte oder wer behandelt wurde.',
    },
    sham: {
      term: 'Scheinbehandlung',
      forms: ['scheinbehandlung'],
      explanation:
        'Ein vorgetäuschter Eingriff, der wie der echte aussieht. Niemand in der Studie weiß, wer welchen hatte.',
    },
    angioplasty: {
      term: 'Angioplastie, Venoplastie, PTA',
      forms: ['angioplastie', 'venoplastie', 'pta'],
      explanation:
        'Eine verengte Vene wird von innen mit einem kleinen Ballon geweitet. Das ist die „Befreiungsbehandlung“.',
    },
    venography: {
      term: 'Phlebografie',
      forms: ['phlebografie', 'phlebografien', 'phlebographie'],
      explanation:
        'Ein Röntgenbild der Venen. Vorher wird durch einen dünnen Schlauch Kontrastmittel in sie gegeben.',
    },
    lesion: {
      term: 'Läsion',
      forms: ['läsion', 'läsionen'],
      explanation: 'Eine durch MS geschädigte Stelle, die auf einem Scan des Gehirns (MRT) zu sehen ist.',
    },
    'case-control': {
      term: 'Fall-Kontroll-Studie',
      forms: ['fall-kontroll-studie'],
      explanation:
        'Eine Studie, die Menschen mit einer Krankheit mit Menschen ohne diese Krankheit vergleicht.',
    },
    prevalence: {
      term: 'Prävalenz',
      forms: ['prävalenz'],
      explanation: 'Wie häufig etwas in einer Gruppe von Menschen vorkommt.',
    },
    'meta-analysis': {
      term: 'Metaanalyse',
      forms: ['metaanalyse', 'metaanalysen'],
      explanation:
        'Eine Studie, die die Ergebnisse früherer Studien zusammenfasst, um eine gemeinsame Antwort zu bekommen.',
    },
    'odds-ratio': {
      term: 'Odds Ratio (Chancenverhältnis)',
      forms: ['odds ratio'],
      explanation:
        'Eine Zahl dafür, wie stark zwei Dinge zusammenhängen. 1 heißt kein Zusammenhang; je höher, desto stärker der Zusammenhang.',
    },
    'adverse-event': {
      term: 'Unerwünschtes Ereignis',
      forms: ['unerwünschtes ereignis', 'unerwünschte ereignisse'],
      explanation:
        'Jedes gesundheitliche Problem während einer Studie, egal ob die Behandlung es verursacht hat oder nicht.',
    },
    tvam: {
      term: 'TVAM',
      forms: ['tvam', 'transvascular autonomic modulation'],
      explanation:
        'Kurz für englisch „transvascular autonomic modulation“ (transvaskuläre autonome Modulation). Ein späterer Name für das Weiten von Halsvenen mit einem Ballon, verkauft gegen viele Krankheiten.',
    },
    'disease-modifying': {
      term: 'Verlaufsmodifizierende Therapie',
      forms: ['verlaufsmodifizierende'],
      explanation: 'Ein Medikament für MS, das lange genommen wird und die Krankheit bremsen soll.',
    },
  },

  pageAge: {
    published: (p: { date: string }) => `Erscheinungsdatum dieser Seite: ${p.date}.`,
    updated: (p: { date: string }) => `Letzte Aktualisierung dieser Seite: ${p.date}.`,
    since: (p: { count: number; total: number; years: string }) => {
      const words = ['keine', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
      const count = words[p.count] ?? String(p.count);
      const one = p.count === 1;
      const more = p.count < p.total ? 'weitere ' : '';
      const noun = one ? 'Studie mit Scheinbehandlung' : 'Studien mit Scheinbehandlung';
      const verb = one ? 'hat' : 'haben';
      return `Seitdem ${verb} ${count} ${more}${noun} (${p.years}) gezeigt, dass der Eingriff nicht hilft.`;
    },
  },

  card: {
    eyebrow: 'Faktencheck',
    titleLoading: 'was die Studienlage sagt',
    close: 'Schließen',
    closeHint: 'Schließen (Esc)',
    basedOn: 'Grundlage:',
    keyPoints: 'Das Wichtigste',
    fullView: 'Alle Studien und die Zeitleiste ansehen',
    notAbout: 'Nicht über CCSVI?',
    neverOnSite: 'Auf dieser Website nicht hervorheben',
    neverOnSiteHint: (p: { site: string }) => `Auf ${p.site} nicht mehr hervorheben`,
    mentionHidden: 'Diese Erwähnung ist auf dieser Seite ausgeblendet.',
    siteOff: (p: { site: string }) => `Die Hervorhebung ist auf ${p.site} aus.`,
    undo: 'Rückgängig',
    lastReviewed: (p: { date: string }) => `Studienlage zuletzt geprüft am ${p.date}.`,
    escCloses: { before: '', after: ' schließt diese Karte.' },
    nextMention: { before: '', after: ' springt zur nächsten Erwähnung.' },
  },

  views: {
    verdictHeading: 'Was die Studienlage sagt',
    keyPointsHeading: 'Das Wichtigste',
    storyHeading: 'Die Geschichte ausführlicher',
    basedOn: 'Grundlage',
    studiesHeading: 'Studien und Stellungnahmen',
    wordsInList: 'Begriffe in dieser Liste',
    wordsUsedHere: 'Hier verwendete Begriffe',
    wordsExplained: (p: { count: number }) => `Erklärte Begriffe (${p.count})`,
    filterLabel: 'Zeigen',
    filterAll: (p: { count: number }) => `Alle (${p.count})`,
    kinds: {
      original: { label: 'Frühe und unkontrollierte Studien', one: 'Frühe oder unkontrollierte Studie' },
      prevalence: { label: 'Studien zur Häufigkeit von CCSVI', one: 'Häufigkeit von CCSVI' },
      trial: { label: 'Randomisierte Studien', one: 'Randomisierte Studie' },
      review: { label: 'Übersichten und Empfehlungen', one: 'Übersicht oder Empfehlung' },
    },
    orderLabel: 'Reihenfolge',
    newestFirst: 'Neueste zuerst',
    oldestFirst: 'Älteste zuerst',
    showing: (p: { shown: number; total: number }) =>
      `${p.shown} von ${p.total} angezeigt. Öffnen Sie einen Eintrag, um zu sehen, wie die Studie gemacht wurde und was sie fand.`,
    yearNotConfirmed: 'Jahr nicht bestätigt',
    trialRegistration: 'Studienregistrierung',
    howItWasDone: 'Wie sie gemacht wurde',
    groups: 'Gruppen:',
    keyNumbers: 'Wichtige Zahlen',
    whatItFound: 'Was sie fand',
    howWeChecked: 'Wie wir geprüft haben:',
    checkedSecondhand:
      'Manche Angaben wurden nur in einer Quelle aus zweiter Hand geprüft (einer Nachricht, einem Blog oder einem Literaturverzeichnis).',
    readStudy: 'Die Studie lesen',
    sourcePage: 'Quellseite',
    whatItSays: 'Was sie sagt',
    readStatement: 'Die Stellungnahme lesen',
    blinding: {
      none: 'Nicht verblindet: Alle wussten, wer MS hatte oder wer behandelt wurde.',
      reported: 'Als verblindet angegeben, aber die Einzelheiten sind unklar oder umstritten.',
      assessor: 'Verblindet: Wer die Bilder las oder Ergebnisse bewertete, wusste nicht, wer MS hatte.',
      double: 'Doppelblind: Weder Patienten noch Auswerter wussten, wer den echten Eingriff hatte.',
      unclear: 'Verblindung in den geprüften Quellen nicht beschrieben.',
      notApplicable: 'Verblindung gilt nicht für eine Übersicht über andere Studien.',
    },
    blindingTag: {
      none: 'nicht verblindet',
      reported: 'Verblindung unklar',
      assessor: 'verblindet',
      double: 'doppelblind',
    },
    statementKind: {
      regulator: 'Arzneimittelbehörde',
      healthTechnologyAssessment: 'Behörde für Gesundheitsempfehlungen',
      msSociety: 'MS-Gesellschaft',
      professionalBody: 'Fachgesellschaft',
    },
    withMs: 'Mit MS',
    fairTests: 'Faire Tests der Behandlung',
    timelineHeading: 'Zeitleiste',
    source: 'Quelle',
    safetyHeading: 'Sicherheitswarnungen',
    readWarning: 'Die Warnung lesen',
    harmsHeading: 'Gemeldete Schäden',
    allSources: (p: { count: number }) => `Alle Quellen (${p.count} ${p.count === 1 ? 'Quelle' : 'Quellen'})`,
    studiesList: 'Studien',
    statementsList: 'Stellungnahmen und Empfehlungen',
    statementLink: 'Stellungnahme',
    otherReports: 'Weitere Berichte',
    lastReviewed: {
      before: 'Studienlage zuletzt geprüft am ',
      after: (p: { version: string }) => ` (Studiensammlung ${p.version}).`,
    },
  },
};

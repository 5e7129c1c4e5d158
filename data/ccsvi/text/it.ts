/**
 * Tutto ciò che l’estensione dice sulla CCSVI, in italiano (traduzione di en.ts).
 * Convenzioni: data/ccsvi/text/README.md.
 */
import type { TopicText } from './en';

export const it: TopicText = {
  name: 'La CCSVI e la «procedura di liberazione»',

  verdict:
    'Gli studi più solidi non hanno trovato prove che la CCSVI causi la sclerosi multipla (SM). Sperimentazioni rigorose hanno mostrato che la «procedura di liberazione» non aiuta le persone con SM.',

  subjects: {
    condition: 'La CCSVI, un disturbo delle vene ipotizzato',
    procedure: 'La «procedura di liberazione», un trattamento delle vene per la CCSVI',
  },

  safety:
    'Nelle sperimentazioni in centri esperti, i danni gravi dell’intervento con palloncino sono stati rari. Dopo trattamenti fatti fuori da queste sperimentazioni, spesso con stent, sono stati segnalati morti, coaguli e stent spostati.',

  whatThisMeans: {
    heading: 'Cosa significa per te',
    points: {
      talkToProfessional:
        'Il NICE, l’ente britannico che dà indicazioni sulle cure, dice che il tuo medico dovrebbe parlarti di altre possibilità di cura.',
      currentCare:
        'Per il NICE, oggi la SM si tratta con riabilitazione specialistica e farmaci che mirano ad alleviare i sintomi e a rallentare la SM.',
      hadProcedure:
        'Se hai fatto la procedura, soprattutto con uno stent, dillo al tuo centro SM. La FDA ha consigliato di seguire il piano di cura della SM indicato dai medici.',
    },
    disclaimer:
      'Queste sono informazioni generali, non consigli medici. Molte persone hanno scelto questa procedura in buona fede, e nessuno ha colpa per aver sperato.',
  },

  keyPoints: {
    idea: 'La CCSVI è l’idea che vene del collo e del torace ristrette abbiano un ruolo nella SM. Studi successivi in cieco hanno trovato queste vene altrettanto spesso nelle persone senza SM.',
    trials:
      'Tre sperimentazioni hanno confrontato la procedura con una procedura simulata. Nessuna ha trovato benefici per disabilità, ricadute, esami del cervello o qualità di vita.',
    pooled:
      'Alcune analisi che riuniscono studi con ecografia trovano ancora la CCSVI più spesso nelle persone con SM. Questo non dimostra che la causi. E nelle sperimentazioni aprire le vene non ha aiutato.',
    guidance:
      'Il NICE, l’ente britannico per le indicazioni sulle cure, dice che la procedura non va usata. La FDA statunitense ha messo in guardia contro di essa nel 2012, e nel 2017 contro la TVAM.',
  },

  cardPoints: {
    blinded:
      'Quando chi leggeva gli esami non sapeva chi aveva la SM, trovava queste vene altrettanto spesso nelle persone senza SM.',
    trials:
      'Tre sperimentazioni hanno confrontato la procedura vera con una finta. Nessuna ha trovato benefici.',
  },

  explanation: {
    origin: {
      heading: 'Da dove è nata l’idea',
      text: 'Nel 2006 Paolo Zamboni, chirurgo vascolare a Ferrara, ha ipotizzato che problemi alle vene potessero avere un ruolo nella SM. Nel 2009 ha pubblicato le ecografie di 65 persone con SM e 235 senza. Ha trovato vene del collo e del torace ristrette in tutte le persone con SM e in nessuna delle altre. Ha chiamato questo quadro CCSVI, cioè insufficienza venosa cronica cerebrospinale.',
    },
    spread: {
      heading: 'Il trattamento e la sua diffusione',
      text: 'Il suo gruppo ha poi allargato queste vene in 65 persone con SM, con l’angioplastica. Tutti sapevano chi era trattato, e nessuno è rimasto senza trattamento per fare un confronto. Il gruppo ha riferito dei miglioramenti. Il trattamento è diventato noto come «procedura di liberazione», e molte persone con SM lo hanno chiesto. Cliniche all’estero hanno trattato persone che andavano da loro, per esempio in Costa Rica dal giugno 2010. Alcune mettevano anche stent, piccoli tubi a rete lasciati nella vena.',
    },
    stricter: {
      heading: 'Cosa hanno trovato studi più rigorosi',
      text: 'Altri gruppi hanno poi cercato la CCSVI con studi in cieco. La maggior parte ha trovato poca o nessuna differenza tra persone con e senza SM. Uno studio italiano su 136 persone ha trovato il quadro nel 30,9% delle persone con SM e nel 33,8% di quelle senza. Lo studio più grande, CoSMo, ha esaminato 1.767 persone in Italia. Ha trovato la CCSVI nel 3,26% delle persone con SM e nel 2,13% delle persone sane. Uno studio canadese ha usato la flebografia, più diretta dell’ecografia. Ha trovato la CCSVI nel 2% delle persone con SM e nel 3% delle persone sane.',
    },
    consequence: {
      heading: 'Una conseguenza della SM, non la sua causa?',
      text: 'Alcuni ricercatori pensano che i cambiamenti delle vene possano seguire la SM invece di causarla. Nello studio italiano in cieco, chi aveva SM e CCSVI aveva la SM da più tempo: 16,5 contro 11,5 anni in media. Un gruppo di Napoli ha descritto la CCSVI nella SM come un reperto comune legato all’età. Ricercatori di Buffalo, negli Stati Uniti, l’hanno trovata più spesso nella SM avanzata. Il loro autore principale ha detto che potrebbe essere un sintomo della SM.',
    },
    fairTests: {
      heading: 'Tre prove corrette del trattamento',
      text: 'La prova più corretta di un trattamento è una sperimentazione randomizzata in doppio cieco, con una procedura simulata. Il caso decide chi riceve la procedura vera, e nessuno sa chi ha ricevuto quale. Sono state fatte tre sperimentazioni di questo tipo. In PREMiSe (Stati Uniti, 2014), le persone trattate hanno avuto più lesioni nuove nel cervello di quelle con la procedura simulata: 19 contro 3. Tenendo conto di altri fattori, le nuove lesioni erano legate alla procedura. Gli autori hanno scritto che potrebbe rendere la SM più attiva. A Brave Dreams (Italia, 2018), guidata dallo stesso Zamboni, hanno partecipato 115 persone. La procedura non ha dato un beneficio reale. In una sperimentazione canadese su 104 persone (2018), non è andata meglio della procedura simulata.',
    },
    supporters: {
      heading: 'Cosa indicano i sostenitori in Brave Dreams',
      text: 'Brave Dreams ha visto una tendenza verso più persone senza nuove lesioni nei mesi da 6 a 12. Una tendenza è un indizio, non un effetto dimostrato. Il gruppo della sperimentazione ha comunque detto che la procedura non si può raccomandare. Nel 2020 il gruppo ha pubblicato un’analisi più ampia degli esami di 130 persone. Alcuni dei suoi gruppi sono stati scelti quando i risultati erano già noti. Un’analisi così può suggerire idee per nuove sperimentazioni, ma non può dimostrare un beneficio.',
    },
    feltBetter: {
      heading: 'Perché le persone si sentivano meglio',
      text: 'Molte persone hanno detto di sentirsi meglio dopo la procedura. Un registro della Columbia Britannica, in Canada, ha intervistato due volte 76 persone trattate all’estero. Al primo colloquio, il 50% diceva che la propria salute generale era migliorata. Sei mesi dopo, solo il 16% lo diceva ancora. Ci si può sentire meglio anche se il trattamento in sé non funziona. Per questo le sperimentazioni corrette confrontano la procedura con una procedura simulata.',
    },
    harms: {
      heading: 'Avvertenze e danni',
      before:
        'Nel maggio 2012 la FDA statunitense ha avvertito che la procedura non era dimostrata. Ha elencato danni gravi, tra cui morte, ictus, coaguli di sangue e stent spostati. Nel 2017 ha messo in guardia contro la TVAM, lo stesso gonfiaggio delle vene con palloncino proposto per molte malattie. In Canada, i medici hanno descritto 5 persone danneggiate dopo un trattamento all’estero. Un uomo dell’Ontario è morto nel 2010 dopo la procedura in Costa Rica.',
      after: 'Oggi il NICE, nel Regno Unito, dice che la procedura non va usata.',
    },
    niceCochrane: {
      heading: 'Perché NICE e Cochrane sembrano in disaccordo',
      text: 'Il NICE dice che la procedura non è sicura e non funziona. Gli autori della revisione Cochrane l’hanno definita sicura ma non utile. Cochrane ha esaminato solo le tre sperimentazioni, dove i danni gravi erano rari. Fuori dalle sperimentazioni sono stati segnalati morti e coaguli. Entrambi concordano che non aiuta nella SM.',
    },
    link: {
      heading: 'Perché alcuni studi trovano ancora un legame',
      text: 'Alcune revisioni che riuniscono studi con ecografia trovano ancora la CCSVI più spesso nelle persone con SM. Una delle prime revisioni, del 2011, ha visto che molti studi non descrivevano bene se erano in cieco. La più recente, del 2023, ha riunito 20 studi con 3.069 persone. I suoi risultati variavano molto da studio a studio. Il legame diventava più forte escludendo gli studi del gruppo di Zamboni e dei sostenitori del trattamento. Ma un legame negli esami non prova una causa. E le sperimentazioni hanno mostrato che aprire le vene non aiuta nella SM.',
    },
  },

  evidencePicture: {
    title: 'Quanto spesso è stata trovata la CCSVI man mano che gli studi diventavano più rigorosi',
    rows: {
      'zamboni-jnnp-2009': {
        label: 'Primo studio, 2009',
        method: 'ecografia',
        controlLabel: 'persone senza SM',
        note: 'Come lo descrivono articoli successivi delle riviste.',
      },
      'plos-one-blind': {
        label: 'Studio italiano, 2013, in cieco',
        method: 'ecografia',
        controlLabel: 'persone senza SM',
      },
      'cosmo-2013': { label: 'CoSMo, 2013, in cieco', method: 'ecografia', controlLabel: 'persone sane' },
      'traboulsee-2014': {
        label: 'Studio canadese, 2014, in cieco',
        method: 'flebografia con catetere',
        controlLabel: 'persone sane non imparentate',
      },
    },
    trials: {
      'premise-2014': 'PREMiSe (2014): nessun beneficio; più lesioni nuove nel cervello dopo la procedura.',
      'brave-dreams-2018':
        'Brave Dreams (2018): nessun beneficio per le attività quotidiane o per le nuove lesioni nel cervello.',
      'traboulsee-2018': 'Sperimentazione canadese (2018): non meglio della procedura simulata.',
    },
    note: 'Quota di persone in cui è stata trovata la CCSVI. Negli studi successivi, chi leggeva gli esami non sapeva chi aveva la SM. Ha trovato queste vene più o meno altrettanto spesso senza SM.',
  },

  studies: {
    'zamboni-jnnp-2009': {
      shortName: 'Zamboni 2009, primo studio',
      kind: 'studio caso-controllo (ecografia)',
      groups: ['SM', 'senza SM'],
      keyNumbers: ['CCSVI nel 100% delle persone con SM e nello 0% delle persone senza SM'],
      conclusion: 'Ha riferito un legame molto forte tra la SM e vene del collo e del torace ristrette.',
      note: 'Online nel dicembre 2008, a stampa nel 2009.',
      verification:
        'Controllato sulla pagina della rivista. Il 100% e lo 0% sono come la stessa rivista e il Lancet hanno poi descritto l’articolo.',
    },
    'zamboni-jvs-2009': {
      shortName: 'Zamboni 2009, studio sul trattamento',
      kind: 'studio sul trattamento in aperto, senza gruppo di confronto',
      groups: ['SM, tutti trattati'],
      keyNumbers: [
        'Seguiti in media per 18 mesi',
        'Vene trattate rimaste aperte: 96% delle vene azygos, 53% delle vene giugulari',
      ],
      conclusion:
        'Ha riferito che i pazienti stavano meglio. Ma senza un gruppo di confronto non poteva mostrare che la procedura aiutasse.',
      verification:
        'La citazione è stata controllata nella bibliografia di una revisione pubblicata. I dati vengono da una copia dell’articolo.',
    },
    'zivadinov-2011': {
      shortName: 'Studio di Buffalo, 2011',
      kind: 'studio caso-controllo (ecografia)',
      groups: ['SM', 'primo episodio simile alla SM', 'altra malattia neurologica', 'sani'],
      keyNumbers: [],
      conclusion:
        'La CCSVI era più comune nella SM, soprattutto nella SM avanzata. L’autore principale ha detto che potrebbe essere un sintomo della SM più che la sua causa.',
      note: 'I suoi dati circolano in versioni diverse, quindi non li citiamo.',
      verification:
        'Non abbiamo potuto leggere il riassunto dell’articolo. Le parole dell’autore principale vengono da una sua intervista a un telegiornale canadese.',
    },
    'cosmo-2013': {
      shortName: 'Studio CoSMo, 2013',
      kind: 'studio caso-controllo, 35 centri italiani (ecografia)',
      groups: ['SM', 'altra malattia neurologica', 'sani'],
      keyNumbers: [
        '1.767 persone in 35 centri',
        'CCSVI nel 3,26% con SM, nel 3,10% con altre malattie neurologiche, nel 2,13% delle persone sane',
      ],
      conclusion: 'La CCSVI era rara nelle persone con e senza SM, e non era legata alla SM.',
      verification: 'Controllato nel riassunto su PubMed.',
    },
    'traboulsee-2014': {
      shortName: 'Studio canadese con radiografia delle vene, 2014',
      kind: 'studio caso-controllo (flebografia con catetere)',
      groups: ['SM', 'fratelli e sorelle senza SM', 'sani non imparentati'],
      keyNumbers: [
        'CCSVI alla flebografia nel 2% con SM, nel 2% dei fratelli e sorelle, nel 3% delle persone sane non imparentate',
        'Una vena ristretta per più della metà era comune: 74% con SM, 66% dei fratelli e sorelle',
      ],
      conclusion:
        'Con l’esame più diretto, la CCSVI era rara nelle persone con e senza SM. Vene ristrette erano comuni in entrambi i gruppi.',
      verification: 'Controllato nel riassunto (scheda di PubMed e sintesi del Lancet).',
    },
    'mayer-jnnp': {
      shortName: 'Studio Mayer',
      kind: 'studio caso-controllo (ecografia)',
      groups: ['SM', 'sani'],
      keyNumbers: [
        'Flusso all’indietro nelle vene del collo o del cervello: 0 persone in entrambi i gruppi',
        'Vena giugulare piccola: 13 con SM, 16 persone sane',
      ],
      conclusion:
        'Nessun segno di CCSVI nella SM. Le caratteristiche contate come suoi segni erano comuni nelle persone sane.',
      note: 'Il volume 82 fa pensare al 2011, ma l’anno non è stato visto; 436 è la prima pagina.',
    },
    'baracchini-2011': {
      shortName: 'Studio sull’esordio della SM (Baracchini)',
      kind: 'studio caso-controllo (ecografia)',
      groups: ['primo episodio simile alla SM', 'sani'],
      keyNumbers: [
        'Esami delle vene del cervello normali in tutti i pazienti',
        'Flebografia in 7 pazienti con esami insoliti: nessun problema alle vene',
      ],
      conclusion:
        'Nessuna prova di CCSVI all’esordio della SM, quindi nessun sostegno all’idea che causi la SM.',
      note: 'Titolo come riportato dalla sintesi di un blog.',
    },
    'marder-2011': {
      shortName: 'Studio sui veterani statunitensi (Marder)',
      kind: 'studio caso-controllo (ecografia)',
      groups: ['SM', 'emicrania o nessuna malattia'],
      keyNumbers: [],
      conclusion:
        'I veterani con SM non avevano più problemi di drenaggio delle vene delle persone senza SM.',
    },
    'plos-one-blind': {
      shortName: 'Studio italiano con ecografia in cieco, 2013',
      kind: 'studio caso-controllo (ecografia)',
      groups: ['SM', 'senza SM'],
      keyNumbers: [
        'CCSVI nel 30,9% con SM e nel 33,8% senza SM',
        'Chi aveva SM e CCSVI aveva la SM da più tempo: 16,5 contro 11,5 anni in media',
      ],
      conclusion: 'La CCSVI era comune senza SM quanto con la SM, e non era legata alla gravità della SM.',
      verification: 'Controllato nel riassunto sulla pagina della rivista e nella scheda DOAJ.',
    },
    'simka-funct-neurol': {
      shortName: 'Casistica di una clinica che offriva il trattamento (Simka)',
      kind: 'cartelle di una clinica (flebografia), senza gruppo di confronto',
      groups: ['SM'],
      keyNumbers: ['Anomalie delle vene in 563 persone (96,1%)'],
      conclusion:
        'Senza gruppo di confronto non può mostrare un legame con la SM. Gli autori hanno detto che il significato medico non è dimostrato.',
      note: 'Da un gruppo che offriva il trattamento. Anno indicato come 2011/2012.',
    },
    'premise-2014': {
      shortName: 'Sperimentazione PREMiSe, 2014',
      kind: 'sperimentazione randomizzata con procedura simulata (Stati Uniti)',
      groups: ['fase aperta sulla sicurezza', 'angioplastica', 'procedura simulata'],
      keyNumbers: [
        'Nuove lesioni attive nel cervello: 19 nelle 9 persone trattate, 3 nelle 10 con la procedura simulata',
        'Tenendo conto di altri fattori, le nuove lesioni erano legate alla procedura (p = 0,01)',
        'Ricadute: 4 e 1, una differenza che potrebbe essere dovuta al caso',
        'Nessuna complicanza durante la procedura o subito dopo',
      ],
      conclusion:
        'Nessun beneficio nel breve periodo. Gli autori hanno scritto che potrebbe rendere la SM più attiva.',
      verification: 'Controllato nel riassunto completo su PubMed Central e PubMed.',
    },
    'brave-dreams-2018': {
      shortName: 'Sperimentazione Brave Dreams, 2018',
      kind: 'sperimentazione randomizzata con procedura simulata, 6 centri italiani',
      groups: ['angioplastica', 'procedura simulata'],
      keyNumbers: [
        'Non più persone migliorate nelle attività quotidiane rispetto alla procedura simulata',
        'Non meno lesioni nuove nel cervello in media a 12 mesi',
        'Una tendenza verso più persone senza nuove lesioni nei mesi da 6 a 12',
      ],
      conclusion:
        'Guidata dal chirurgo che ha proposto la CCSVI: nessun beneficio reale; la procedura non si può raccomandare.',
      verification:
        'Risultati controllati nei punti chiave e nel riassunto su PubMed Central. La dimensione di ogni gruppo viene da una sintesi giornalistica.',
    },
    'traboulsee-2018': {
      shortName: 'Sperimentazione canadese, 2018',
      kind: 'sperimentazione randomizzata con procedura simulata (Canada)',
      groups: ['venoplastica', 'procedura simulata'],
      keyNumbers: [
        '104 persone: 49 hanno avuto la venoplastica e 55 la procedura simulata',
        'Eventi avversi gravi: 10% dopo la venoplastica, 2% dopo la procedura simulata, giudicati non causati da essa',
      ],
      conclusion: 'Non meglio della procedura simulata per qualità di vita, sintomi o andamento della SM.',
      verification:
        'Citazione controllata nella revisione Cochrane. Dimensioni dei gruppi lette nel riassunto come lo riporta la scheda di una biblioteca. Il dato sulla sicurezza viene da una sintesi di notizie mediche.',
    },
    'laupacis-2011': {
      shortName: 'Revisione del CMAJ con dati riuniti, 2011',
      kind: 'metanalisi di studi con ecografia',
      groups: ['studi'],
      keyNumbers: [
        'Odds ratio 13,5, con risultati molto diversi tra loro',
        'Analisi più prudente: odds ratio 3,7',
      ],
      conclusion:
        'Un legame all’ecografia. Ma la scarsa descrizione del cieco e i risultati discordanti non permettevano conclusioni sicure.',
    },
    'zwischenberger-2013': {
      shortName: 'Revisione di Zwischenberger con dati riuniti, 2013',
      kind: 'metanalisi di studi con ecografia',
      groups: ['studi'],
      keyNumbers: ['Odds ratio 1,885 dopo aver tolto 4 valori anomali'],
      conclusion: 'Un legame modesto all’ecografia, ma nessuna prova che la CCSVI causi la SM.',
    },
    'cochrane-2012': {
      shortName: 'Revisione Cochrane, 2012',
      kind: 'revisione sistematica',
      groups: ['sperimentazioni randomizzate concluse'],
      keyNumbers: ['Nessuna sperimentazione randomizzata conclusa; 6 in corso'],
      conclusion: 'Ancora nessuna buona prova a favore o contro; aspettare sperimentazioni ben fatte.',
    },
    'cochrane-update': {
      shortName: 'Aggiornamento della revisione Cochrane',
      kind: 'revisione sistematica delle sperimentazioni con procedura simulata',
      groups: ['sperimentazioni', 'persone'],
      keyNumbers: [
        'Ricerca fino al 30 agosto 2018',
        'Nessun beneficio su disabilità, ricadute o qualità di vita; nessun danno grave dalla procedura',
      ],
      conclusion: 'Sicura ma non funziona; non si può raccomandare; non servono altre sperimentazioni.',
      verification:
        'La domanda, i metodi, la data della ricerca e le tre sperimentazioni sono stati controllati sulla Cochrane Library. I risultati sono citati da una sintesi di seconda mano.',
    },
    'bmjopen-2023': {
      shortName: 'Revisione di BMJ Open con dati riuniti, 2023',
      kind: 'metanalisi di studi con ecografia',
      groups: ['studi', 'persone'],
      keyNumbers: [
        'Odds ratio 3,36, con risultati molto diversi tra loro',
        'Il legame era più forte escludendo gli studi del gruppo di Zamboni e dei sostenitori del trattamento',
      ],
      conclusion:
        'Ancora un legame all’ecografia, con grandi differenze tra gli studi. Un legame non dimostra una causa, e non cambia i risultati delle sperimentazioni.',
      verification: 'Controllato nel riassunto su PubMed.',
    },
    'bc-registry-2013': {
      shortName: 'Registro della Columbia Britannica, 2013',
      kind: 'interviste telefoniche a persone trattate all’estero, senza gruppo di confronto',
      groups: ['persone intervistate due volte'],
      keyNumbers: ['Salute generale «migliorata»: 50% al primo colloquio, 16% sei mesi dopo'],
      conclusion: 'I benefici che le persone sentivano all’inizio non sono durati.',
      verification:
        'Controllato nel riassunto sul sito dei riassunti del congresso. Nel 2017 è uscito un articolo completo; ne abbiamo letto solo la prima pagina.',
    },
    'lanzillo-2013': {
      shortName: 'Studio di Napoli con ecografia, 2013',
      kind: 'studio caso-controllo (ecografia)',
      groups: ['SM', 'sani'],
      keyNumbers: [],
      conclusion: 'Gli autori hanno descritto la CCSVI nella SM come comune e legata all’età.',
      verification: 'Titolo, citazione e metodi controllati sulla pagina della rivista.',
    },
    'brave-dreams-2020': {
      shortName: 'Brave Dreams, analisi successiva, 2020',
      kind: 'nuovo esame di una sperimentazione con procedura simulata, deciso dopo i risultati',
      groups: ['angioplastica', 'procedura simulata'],
      keyNumbers: ['130 persone, di cui 15 con una SM diventata progressiva in un secondo tempo'],
      conclusion:
        'Un’analisi più ampia degli esami del cervello fatta dal gruppo della sperimentazione. Alcuni gruppi sono stati scelti quando i risultati erano già noti. Un’analisi così può suggerire idee, ma non può dimostrare un beneficio.',
      verification:
        'Citazione, disegno e dimensioni dei gruppi controllati su PubMed Central. Non abbiamo potuto leggere la sezione dei risultati.',
    },
  },

  citations: {
    'zamboni-jnnp-2009': {
      role: 'il primo studio sulla CCSVI',
      outcome:
        'Studi successivi in cieco non hanno trovato lo stesso. Il più grande ha trovato la CCSVI rara, e comune più o meno quanto senza SM.',
    },
    'zamboni-jvs-2009': {
      role: 'il primo studio sul trattamento, senza gruppo di confronto',
      outcome:
        'Tre sperimentazioni successive con procedura simulata hanno trovato che il trattamento non aiuta.',
    },
    'zivadinov-2011': {
      role: 'lo studio di Buffalo con ecografia',
      outcome:
        'Secondo i suoi stessi autori, i risultati vanno contro l’idea della CCSVI come causa principale della SM.',
    },
    'cosmo-2013': {
      role: 'il più grande studio in cieco',
      outcome: 'Ha trovato la CCSVI rara in tutti e non legata alla SM.',
    },
    'traboulsee-2014': {
      role: 'uno studio in cieco con flebografia, l’esame più diretto',
      outcome: 'La CCSVI era rara nelle persone con e senza SM.',
    },
    'mayer-jnnp': {
      role: 'un piccolo studio in cieco con ecografia',
      outcome:
        'Non ha trovato segni di CCSVI nella SM. Anche studi in cieco più grandi, in seguito, non hanno trovato legami con la SM.',
    },
    'baracchini-2011': {
      role: 'uno studio su persone all’inizio della SM',
      outcome:
        'Non ha trovato prove di CCSVI all’esordio della SM. Studi in cieco più grandi, in seguito, non hanno trovato legami con la SM.',
    },
    'marder-2011': {
      role: 'uno studio sui veterani statunitensi',
      outcome: 'I veterani con SM non avevano più problemi di drenaggio delle vene delle persone senza SM.',
    },
    'plos-one-blind': {
      role: 'uno studio in cieco con ecografia',
      outcome: 'La CCSVI era comune senza SM più o meno quanto con la SM.',
    },
    'simka-funct-neurol': {
      role: 'le cartelle di una clinica che offriva il trattamento',
      outcome:
        'Senza gruppo di confronto non poteva mostrare un legame con la SM. Studi in cieco, in seguito, non ne hanno trovato nessuno.',
    },
    'premise-2014': {
      role: 'la prima sperimentazione con procedura simulata',
      outcome:
        'Nessun beneficio, e più lesioni nuove nel cervello dopo il trattamento, forse per caso. Altre due sperimentazioni non hanno trovato benefici.',
    },
    'brave-dreams-2018': {
      role: 'una sperimentazione con procedura simulata guidata da Zamboni',
      outcome: 'Nessun beneficio reale. I suoi autori hanno detto che la procedura non si può raccomandare.',
    },
    'traboulsee-2018': {
      role: 'la sperimentazione canadese con procedura simulata',
      outcome:
        'La procedura non è andata meglio di quella simulata. Una revisione Cochrane delle tre sperimentazioni ha concluso che non funziona.',
    },
    'laupacis-2011': {
      role: 'una revisione che riunisce studi con ecografia',
      outcome:
        'Ha trovato un legame all’ecografia, ma nessuna conclusione sicura. Sperimentazioni successive hanno mostrato che il trattamento non aiuta.',
    },
    'zwischenberger-2013': {
      role: 'una revisione che riunisce studi con ecografia',
      outcome: 'Un legame modesto all’ecografia, senza prove che la CCSVI causi la SM.',
    },
    'cochrane-2012': {
      role: 'la prima revisione Cochrane',
      outcome:
        'Non ha trovato ancora sperimentazioni concluse. Il suo aggiornamento, dopo tre sperimentazioni con procedura simulata, ha concluso che la procedura non funziona.',
    },
    'cochrane-update': {
      role: 'la revisione delle tre sperimentazioni con procedura simulata',
      outcome:
        'Ha giudicato la procedura sicura ma non utile, e ha detto che non servono altre sperimentazioni.',
    },
    'bmjopen-2023': {
      role: 'una revisione recente che riunisce studi con ecografia',
      outcome:
        'Ancora un legame all’ecografia, con grandi differenze tra gli studi. Questo non dimostra una causa.',
    },
    'bc-registry-2013': {
      role: 'interviste a persone trattate all’estero',
      outcome: 'I benefici che le persone sentivano all’inizio non sono durati.',
    },
    'lanzillo-2013': {
      role: 'uno studio con ecografia a Napoli',
      outcome:
        'I suoi autori hanno trovato la CCSVI comune nella SM e legata all’età. Il più grande studio in cieco non ha trovato legami con la SM.',
    },
    'brave-dreams-2020': {
      role: 'un esame successivo della sperimentazione Brave Dreams',
      outcome:
        'Alcuni gruppi sono stati scelti quando i risultati erano già noti. Un’analisi così non può dimostrare un beneficio.',
    },
  },

  statements: {
    'fda-2012': {
      body: 'Food and Drug Administration (FDA), ente statunitense per i farmaci',
      summary:
        'Nessuna prova affidabile da sperimentazioni controllate che la procedura aiuti nella SM. I criteri per diagnosticare la CCSVI non sono ben definiti. Ha elencato danni gravi.',
    },
    'fda-2017-tvam': {
      body: 'Food and Drug Administration (FDA), ente statunitense per i farmaci',
      summary:
        'Ha messo in guardia contro la TVAM, cioè gonfiare con un palloncino la giugulare e altre vene. È proposta per problemi dei nervi in molte malattie, tra cui la SM. Non ci sono prove che sia sicura o utile. I palloncini sono approvati solo per le arterie. Si aggiunge all’avvertenza del 2012.',
    },
    'nice-draft-2011': {
      body: 'NICE (Regno Unito), bozza di indicazioni',
      summary: 'Usare solo nella ricerca; incoraggiate sperimentazioni con procedura simulata.',
    },
    'nice-ipg420': {
      body: 'NICE (Regno Unito), indicazioni IPG420',
      summary: 'Prove non abbastanza buone; usare solo nella ricerca.',
    },
    'nice-ipg640': {
      body: 'NICE (Regno Unito), indicazioni IPG640',
      summary:
        'Sostituisce IPG420: la procedura non va usata, perché le prove mostrano che non è sicura e non funziona. Il tuo medico dovrebbe parlarti di altre possibilità di cura.',
    },
    'cvz-2011': {
      body: 'CVZ (oggi Zorginstituut Nederland), Paesi Bassi',
      summary:
        'Ha stabilito che il gonfiaggio delle vene con palloncino per la SM non è una pratica medica consolidata e non ha prove di efficacia.',
    },
    'ms-society-uk': {
      body: 'MS Society (associazione SM del Regno Unito)',
      summary:
        'Nelle sperimentazioni il trattamento non ha ridotto i sintomi né i danni visti alla risonanza magnetica. Potrebbe peggiorare le ricadute e l’attività alla risonanza.',
    },
    'ms-society-canada': {
      body: 'MS Society of Canada (associazione SM canadese)',
      summary:
        'Nel complesso la ricerca non indica un legame tra CCSVI e SM. Ha contribuito a finanziare la sperimentazione canadese.',
    },
    'nmss-2012': {
      body: 'National MS Society (associazione SM statunitense)',
      summary:
        'Ha diffuso il consiglio della FDA: parlare con un neurologo esperto di SM prima di una procedura simile. Chi la fa dovrebbe seguire il piano di cura della SM indicato dai propri curanti.',
    },
    'ms-ireland': {
      body: 'MS Ireland (associazione SM irlandese)',
      summary: 'Ha trasmesso ai suoi soci le avvertenze della FDA del 2012.',
    },
  },

  harms: {
    'fda-2012-reports': {
      label: 'Segnalazioni alla FDA, 2012',
      text: 'La FDA aveva saputo di morti, ictus, stent staccati o spostati e danni alla vena trattata. Ha elencato anche coaguli di sangue, danni ai nervi della testa e sanguinamenti nell’addome.',
    },
    'fda-2017-tvam-reports': {
      label: 'Segnalazioni alla FDA sulla TVAM, 2017',
      text: 'Un palloncino scoppiato che è arrivato al polmone, e almeno una morte. Anche coaguli nelle vene del cervello, danni ai nervi della testa e sanguinamenti nell’addome.',
    },
    'burton-2011': {
      label: 'Serie di casi di Calgary, 2011',
      text: 'Medici di Calgary, in Canada, hanno descritto 5 persone con SM danneggiate dopo un trattamento all’estero. Avevano coaguli negli stent (tubi a rete lasciati nella vena) e nelle vene del cervello. Uno stent si era spostato, e alcune persone avevano danni ai nervi o dovuti al catetere.',
    },
    'death-abroad-2010': {
      label: 'Una morte dopo un trattamento all’estero, 2010',
      text: 'Un uomo con SM dell’Ontario, in Canada, è stato trattato in una clinica in Costa Rica nel giugno 2010. In seguito uno stent nella sua vena si è chiuso. È morto nell’ottobre 2010 dopo una cura per sciogliere un coagulo; si è sospettata un’emorragia interna. I giornali l’hanno definita la prima morte di un canadese dopo il trattamento all’estero.',
      citation: 'Notizie di stampa, novembre 2010',
    },
    'trials-safety': {
      label: 'Sicurezza nelle sperimentazioni',
      text: 'Nelle tre sperimentazioni con procedura simulata, i danni gravi dell’intervento con palloncino sono stati rari. PREMiSe non ha riportato complicanze durante la procedura o subito dopo. Nella sperimentazione canadese, eventi avversi gravi si sono verificati nel 10% dopo la venoplastica e nel 2% dopo la procedura simulata. Il gruppo della sperimentazione li ha giudicati non causati da essa.',
    },
    'treating-centres-2013': {
      label: 'Dati propri dei centri che offrivano il trattamento, 2013',
      text: 'I centri che offrivano il trattamento hanno riportato poche complicanze nei propri dati (una vena lacerata su 1.202 pazienti), senza gruppo di confronto.',
      citation: 'Serie retrospettiva, J Vasc Surg 2013',
    },
  },

  timeline: {
    'zamboni-essay': 'Zamboni collega problemi alle vene e SM in un saggio',
    'first-report-online': 'Primo studio sulla CCSVI online',
    'first-treatment-study': 'Primo studio sul trattamento, senza gruppo di confronto',
    'canadian-tv': 'Servizi della TV canadese a fine anno; la richiesta del trattamento cresce di colpo',
    'web-forum':
      'La National MS Society statunitense e l’American Academy of Neurology organizzano un forum online',
    'costa-rica-clinic': 'Una clinica in Costa Rica inizia a offrire la procedura',
    'canadian-death': 'Un uomo canadese muore dopo un trattamento in Costa Rica',
    'ms-onset-study': 'Nessuna prova di CCSVI all’esordio della SM',
    'buffalo-online': 'Studio di Buffalo online',
    'dutch-ruling': 'Decisione olandese: non è una pratica consolidata',
    'canada-funds-trial': 'Il Canada decide di finanziare una sperimentazione sul trattamento',
    'nice-draft': 'Bozza del NICE: solo nella ricerca',
    'calgary-harms': 'Medici di Calgary segnalano danni dopo trattamenti all’estero',
    'first-meta-analysis': 'Metanalisi: un legame all’ecografia, risultati molto discordanti',
    'nice-guidance-2012': 'Indicazioni del NICE: solo nella ricerca',
    'fda-warning': 'Avvertenza di sicurezza della FDA',
    'brave-dreams-starts': 'Inizia la sperimentazione Brave Dreams',
    'canadian-trial-approved': 'Approvata la sperimentazione canadese con procedura simulata',
    'cochrane-2012': 'Revisione Cochrane: ancora nessuna sperimentazione randomizzata',
    'naples-study': 'Studio di Napoli: CCSVI comune nella SM e legata all’età',
    'cosmo-published': 'Pubblicato lo studio CoSMo',
    'bc-registry':
      'Registro della Columbia Britannica: i primi benefici riferiti dalle persone non sono durati',
    'venography-online': 'Studio canadese con flebografia online',
    'second-meta-analysis': 'Seconda metanalisi: un legame modesto, nessuna prova di causa',
    'premise-online': 'Sperimentazione PREMiSe online: nessun beneficio, possibile danno',
    'fda-tvam': 'La FDA mette in guardia contro la procedura ribattezzata TVAM',
    'brave-dreams-result': 'Sperimentazione Brave Dreams: nessun beneficio',
    'cochrane-search-date':
      'Data della ricerca dell’aggiornamento Cochrane (non della pubblicazione), che include le tre sperimentazioni',
    'canadian-trial-result': 'Sperimentazione canadese: nessun beneficio',
    'brave-dreams-rescan': 'Il gruppo di Brave Dreams pubblica un’analisi più ampia degli esami del cervello',
    'meta-analysis-2023': 'Una metanalisi trova ancora un legame all’ecografia, risultati molto discordanti',
  },

  glossary: {
    'double-blind': {
      term: 'Doppio cieco',
      forms: ['doppio cieco'],
      explanation:
        'Né i pazienti né chi valutava i risultati sapevano chi aveva ricevuto il trattamento vero.',
    },
    blinding: {
      term: 'In cieco',
      forms: ['cieco', 'cieca', 'ciechi'],
      explanation:
        'Chi leggeva gli esami o valutava i risultati non sapeva chi aveva la SM o chi era stato trattato.',
    },
    sham: {
      term: 'Procedura simulata',
      forms: ['simulata'],
      explanation:
        'Una finta procedura che sembra quella vera. Nessuno nella sperimentazione sa chi ha ricevuto quale.',
    },
    angioplasty: {
      term: 'Angioplastica, venoplastica, PTA',
      forms: ['angioplastica', 'venoplastica', 'pta'],
      explanation:
        'Allargare dall’interno una vena ristretta con un piccolo palloncino. È la «procedura di liberazione».',
    },
    venography: {
      term: 'Flebografia',
      forms: ['flebografia', 'flebografie', 'venografia'],
      explanation:
        'Una radiografia delle vene, fatta dopo aver iniettato un liquido di contrasto con un tubicino sottile.',
    },
    lesion: {
      term: 'Lesione',
      forms: ['lesione', 'lesioni'],
      explanation: 'Un’area danneggiata dalla SM, visibile in un esame del cervello (risonanza magnetica).',
    },
    'case-control': {
      term: 'Studio caso-controllo',
      forms: ['caso-controllo'],
      explanation: 'Uno studio che confronta persone che hanno una malattia con persone che non ce l’hanno.',
    },
    prevalence: {
      term: 'Prevalenza',
      forms: ['prevalenza'],
      explanation: 'Quanto è comune qualcosa in un gruppo di persone.',
    },
    'meta-analysis': {
      term: 'Metanalisi',
      forms: ['metanalisi', 'meta-analisi'],
      explanation:
        'Uno studio che mette insieme i risultati di studi precedenti per avere un’unica risposta complessiva.',
    },
    'odds-ratio': {
      term: 'Odds ratio',
      forms: ['odds ratio'],
      explanation:
        'Un numero che dice quanto due cose vanno insieme. 1 vuol dire nessun legame; più alto vuol dire un legame più forte.',
    },
    'adverse-event': {
      term: 'Evento avverso',
      forms: ['evento avverso', 'eventi avversi'],
      explanation:
        'Qualsiasi problema di salute durante una sperimentazione, che sia stato causato dal trattamento o no.',
    },
    tvam: {
      term: 'TVAM',
      forms: ['tvam', 'modulazione autonomica transvascolare'],
      explanation:
        'Sigla dell’inglese “transvascular autonomic modulation” (modulazione autonomica transvascolare). È un nome più recente per il gonfiaggio delle vene del collo con palloncino, venduto per molte malattie.',
    },
    'disease-modifying': {
      term: 'Terapia modificante il decorso',
      forms: ['modificante il decorso'],
      explanation: 'Un farmaco a lungo termine per la SM che mira a rallentare la malattia.',
    },
  },

  pageAge: {
    published: (p: { date: string }) => `Questa pagina è del ${p.date}.`,
    updated: (p: { date: string }) => `Questa pagina è stata aggiornata l’ultima volta nel ${p.date}.`,
    since: (p: { count: number; total: number; years: string }) => {
      const words = ['nessuna', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
      const more = p.count < p.total;
      if (p.count === 1)
        return `Da allora, ${more ? 'un’altra' : 'una'} sperimentazione con procedura simulata (${p.years}) ha trovato che la procedura non aiuta.`;
      const count = words[p.count] ?? String(p.count);
      return `Da allora, ${more ? 'altre ' : ''}${count} sperimentazioni con procedura simulata (${p.years}) hanno trovato che la procedura non aiuta.`;
    },
  },

  card: {
    eyebrow: 'Verifica delle prove',
    titleLoading: 'cosa dicono le prove',
    close: 'Chiudi',
    closeHint: 'Chiudi (Esc)',
    basedOn: 'Fonti:',
    keyPoints: 'Punti chiave',
    fullView: 'Vedi tutti gli studi e la cronologia',
    notAbout: 'Non parla della CCSVI?',
    neverOnSite: 'Non evidenziare su questo sito',
    neverOnSiteHint: (p: { site: string }) => `Non evidenziare più su ${p.site}`,
    mentionHidden: 'Questa menzione è nascosta in questa pagina.',
    siteOff: (p: { site: string }) => `L’evidenziazione è disattivata su ${p.site}.`,
    undo: 'Annulla',
    lastReviewed: (p: { date: string }) => `Prove riviste l’ultima volta il ${p.date}.`,
    escCloses: { before: '', after: ' chiude questa scheda.' },
    nextMention: { before: '', after: ' porta alla menzione successiva.' },
  },

  views: {
    verdictHeading: 'Cosa dicono le prove',
    keyPointsHeading: 'Punti chiave',
    storyHeading: 'La storia più in dettaglio',
    basedOn: 'Fonti',
    studiesHeading: 'Studi e prese di posizione',
    wordsInList: 'Parole usate in questo elenco',
    wordsUsedHere: 'Parole usate qui',
    wordsExplained: (p: { count: number }) => `Parole spiegate (${p.count})`,
    filterLabel: 'Mostra',
    filterAll: (p: { count: number }) => `Tutti (${p.count})`,
    kinds: {
      original: { label: 'Studi iniziali e senza controllo', one: 'Studio iniziale o senza controllo' },
      prevalence: { label: 'Studi su quanto è comune la CCSVI', one: 'Quanto è comune la CCSVI' },
      trial: { label: 'Sperimentazioni randomizzate', one: 'Sperimentazione randomizzata' },
      review: { label: 'Revisioni e indicazioni', one: 'Revisione o indicazioni' },
    },
    orderLabel: 'Ordine',
    newestFirst: 'Prima i più recenti',
    oldestFirst: 'Prima i meno recenti',
    showing: (p: { shown: number; total: number }) =>
      `Ne vedi ${p.shown} su ${p.total}. Aprine uno per vedere come è stato fatto e cosa ha trovato.`,
    yearNotConfirmed: 'anno non confermato',
    trialRegistration: 'Registrazione della sperimentazione',
    howItWasDone: 'Come è stato fatto',
    groups: 'Gruppi:',
    keyNumbers: 'Numeri chiave',
    whatItFound: 'Cosa ha trovato',
    howWeChecked: 'Come abbiamo controllato:',
    checkedSecondhand:
      'Alcuni dettagli sono stati controllati solo in una fonte secondaria (una notizia, un blog o una bibliografia).',
    readStudy: 'Leggi lo studio',
    sourcePage: 'Pagina della fonte',
    whatItSays: 'Cosa dice',
    readStatement: 'Leggi la presa di posizione',
    blinding: {
      none: 'Non in cieco: tutti sapevano chi aveva la SM o chi era stato trattato.',
      reported: 'Descritto come in cieco, ma i dettagli non sono chiari o sono contestati.',
      assessor: 'In cieco: chi leggeva gli esami o valutava i risultati non sapeva chi aveva la SM.',
      double: 'Doppio cieco: né i pazienti né i valutatori sapevano chi aveva ricevuto la procedura vera.',
      unclear: 'Le fonti che abbiamo controllato non dicono se lo studio era in cieco.',
      notApplicable: 'Il cieco non si applica a una revisione di altri studi.',
    },
    blindingTag: {
      none: 'non in cieco',
      reported: 'cieco non chiaro',
      assessor: 'in cieco',
      double: 'doppio cieco',
    },
    statementKind: {
      regulator: 'Ente regolatorio dei farmaci',
      healthTechnologyAssessment: 'Ente per le indicazioni sulle cure',
      msSociety: 'Associazione SM',
      professionalBody: 'Società scientifica',
    },
    withMs: 'Con SM',
    fairTests: 'Prove corrette del trattamento',
    timelineHeading: 'Cronologia',
    source: 'Fonte',
    safetyHeading: 'Avvertenze di sicurezza',
    readWarning: 'Leggi l’avvertenza',
    harmsHeading: 'Danni segnalati',
    allSources: (p: { count: number }) => `Tutte le fonti (${p.count} ${p.count === 1 ? 'fonte' : 'fonti'})`,
    studiesList: 'Studi',
    statementsList: 'Prese di posizione e indicazioni',
    statementLink: 'Presa di posizione',
    otherReports: 'Altre segnalazioni',
    lastReviewed: {
      before: 'Prove riviste l’ultima volta il ',
      after: (p: { version: string }) => ` (raccolta di prove ${p.version}).`,
    },
  },
};

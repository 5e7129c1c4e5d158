import type { TermSet } from '../term-types';

/**
 * Every surface form of CCSVI and its treatment that the extension detects (fact sheet, section 8).
 * At one starting point the earlier pattern wins, so longer phrases come before the words they contain.
 */
export const ccsviTermSet = {
  topicId: 'ccsvi',
  contextWindow: 400,
  terms: [
    // English: the treatment, named after the condition ("CCSVI treatment" is one mention, not two).
    {
      id: 'ccsvi-procedure-en',
      lang: 'en',
      kind: 'procedure',
      patterns: ['CCSVI {procedure|procedures|treatment|treatments|venoplasty|therapy|surgery}'],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'ccsvi-abbr',
      lang: 'en',
      kind: 'abbreviation',
      patterns: ['CCSVI'],
      case: 'upper-or-lower',
      context: 'none',
      note: 'Whole word only, so CSV identifiers such as cCSVIO or GenericCSVIngestor never match.',
    },
    {
      id: 'cssvi-typo',
      lang: 'en',
      kind: 'abbreviation',
      patterns: ['CSSVI'],
      case: 'exact',
      context: 'none',
      note: 'A misspelling seen on patient blogs.',
    },
    {
      id: 'ccvi-abbr',
      lang: 'en',
      kind: 'abbreviation',
      patterns: ['CCVI'],
      case: 'exact',
      context: 'topic',
      note: 'Also the Roman numeral 206 and other indexes’ acronyms: counts only next to MS, vein or CCSVI words.',
    },
    {
      id: 'ccsvi-long-en',
      lang: 'en',
      kind: 'condition',
      patterns: [
        '(chronic ){cerebro-spinal|cerebral spinal|cerebro-vascular|cerebral} venous insufficiency',
        '(chronic )cerebro-venous insufficiency',
      ],
      case: 'insensitive',
      context: 'none',
      note: 'Needs the brain or spine word: plain "chronic venous insufficiency" is a leg condition.',
    },
    {
      id: 'liberation-en',
      lang: 'en',
      kind: 'procedure',
      patterns: [
        '(Zamboni{\'s|} ){liberation|liberation\'s} {procedure|procedures|therapy|therapies|treatment|treatments|method}',
      ],
      case: 'insensitive',
      context: 'topic',
      note: '"Liberation procedure" also means freeing memory in code, and liberation has political senses.',
    },
    {
      id: 'zamboni-method-en',
      lang: 'en',
      kind: 'procedure',
      patterns: [
        'Zamboni{\'s|} {procedure|method|technique|treatment|theory|hypothesis}',
      ],
      case: 'exact',
      context: 'topic',
      note: 'Zamboni is also the ice resurfacer and a common surname: never alone, and only with MS or vein context.',
    },
    {
      id: 'tvam-long-en',
      lang: 'en',
      kind: 'procedure',
      patterns: ['transvascular autonomic modulation'],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'tvam-abbr',
      lang: 'en',
      kind: 'abbreviation',
      patterns: ['TVAM'],
      case: 'exact',
      context: 'topic',
      note: 'TVAM is also a broadcaster’s name (TV-am): only with MS or vein context.',
    },
    // Italian
    {
      id: 'ccsvi-long-it',
      lang: 'it',
      kind: 'condition',
      patterns: [
        'insufficienz{a|e} venos{a|e} {cronic{a|he} cerebro-spinal{e|i}|cerebro-spinal{e|i} cronic{a|he}}',
      ],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'zamboni-method-it',
      lang: 'it',
      kind: 'procedure',
      patterns: ['{metodo|tecnica|procedura|terapia} (di )Zamboni', 'tecnica di liberazione delle vene'],
      case: 'insensitive',
      context: 'none',
      note: 'The Italian name of the procedure; the Zamboni surname itself stays unflagged.',
    },
    // French
    {
      id: 'ccsvi-long-fr',
      lang: 'fr',
      kind: 'condition',
      patterns: [
        'insuffisance{s|} veineuse{s|} {chronique{s|} {céphalo-rachidienne|cérébro-spinale}{s|}|{céphalo-rachidienne|cérébro-spinale}{s|} chronique{s|}}',
      ],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'ivcc-abbr',
      lang: 'fr',
      kind: 'abbreviation',
      patterns: ['IVCC'],
      case: 'exact',
      context: 'topic',
      note: 'Short and reused elsewhere: only next to MS, vein or CCSVI words.',
    },
    {
      id: 'liberation-fr',
      lang: 'fr',
      kind: 'procedure',
      patterns: ['{procédure|thérapie|traitement|méthode}{s|} de libération'],
      case: 'insensitive',
      context: 'topic',
      note: 'Libération is also a prisoner’s release and a newspaper.',
    },
    // Spanish
    {
      id: 'ccsvi-long-es',
      lang: 'es',
      kind: 'condition',
      patterns: [
        'insuficiencia venosa {{cerebro-espinal|cefalo-rraquídea} crónica|crónica {cerebro-espinal|cefalo-rraquídea}}',
      ],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'ivcec-abbr',
      lang: 'es',
      kind: 'abbreviation',
      patterns: ['IVCEC'],
      case: 'exact',
      context: 'none',
    },
    {
      id: 'liberation-es',
      lang: 'es',
      kind: 'procedure',
      patterns: ['{procedimiento|terapia|tratamiento|método}{s|es|} de liberación'],
      case: 'insensitive',
      context: 'topic',
    },
    // German: nominative and the inflected forms (chronischen cerebrospinalen venösen Insuffizienz).
    {
      id: 'ccsvi-long-de',
      lang: 'de',
      kind: 'condition',
      patterns: [
        '(chronisch{e|en|er|es} ){c|z}erebro-spinal{e|en|er|es} ven{ö|oe}s{e|en|er|es} Insuffizienz{en|}',
      ],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'liberation-de',
      lang: 'de',
      kind: 'procedure',
      patterns: ['Befreiungs-{behandlung|therapie|methode|verfahren}{en|}'],
      case: 'insensitive',
      context: 'topic',
    },
    // Polish: all cases of "przewlekła mózgowo-rdzeniowa niewydolność żylna", in both word orders.
    {
      id: 'ccsvi-long-pl',
      lang: 'pl',
      kind: 'condition',
      patterns: [
        '(przewlek{ła|łej|łą|łe|łych} ){mózgowo-rdzeniow{a|ej|ą|e|ych} niewydolno{ść|ści|ścią} żyln{a|ej|ą|e|ych}|niewydolno{ść|ści|ścią} żyln{a|ej|ą|e|ych} mózgowo-rdzeniow{a|ej|ą|e|ych}}',
      ],
      case: 'insensitive',
      context: 'none',
      note: 'Without "mózgowo-rdzeniowa" it is the leg condition, which is not flagged.',
    },
    {
      id: 'liberation-pl',
      lang: 'pl',
      kind: 'procedure',
      patterns: ['{procedur{a|y|ę|ze|ą}|terapi{a|i|ę|ą}|zabieg{|u|iem}|metod{a|y|ę|ą}} uwolnienia', 'zabieg{|u|iem|i} CCSVI'],
      case: 'insensitive',
      context: 'topic',
    },
    // Portuguese (Brazilian crônica and European crónica).
    {
      id: 'ccsvi-long-pt',
      lang: 'pt',
      kind: 'condition',
      patterns: [
        'insuficiência venosa {cr{ô|ó}nica cérebro-{e|}spin{h|}al|cérebro-{e|}spin{h|}al cr{ô|ó}nica}',
      ],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'ivcce-abbr',
      lang: 'pt',
      kind: 'abbreviation',
      patterns: ['IVCCE'],
      case: 'exact',
      context: 'none',
    },
    {
      id: 'liberation-pt',
      lang: 'pt',
      kind: 'procedure',
      patterns: ['{terapia|tratamento|procedimento|método}{s|} de {libertação|liberação}'],
      case: 'insensitive',
      context: 'topic',
    },
    // Dutch
    {
      id: 'ccsvi-long-nl',
      lang: 'nl',
      kind: 'condition',
      patterns: ['(chronische ){c|z}erebro-spinale veneuze insuffici{ë|e}ntie'],
      case: 'insensitive',
      context: 'none',
    },
    // Japanese: no spaces between words, so no word boundaries.
    {
      id: 'ccsvi-long-ja',
      lang: 'ja',
      kind: 'condition',
      patterns: ['慢性脳脊髄静脈不全'],
      case: 'exact',
      context: 'none',
      wordBoundaries: false,
    },
  ],
  contextCues: [
    {
      id: 'ms',
      patterns: [
        'multiple sclerosis',
        'sclerosi multipla',
        'sclérose{s|} en plaques',
        'esclerosis múltiple',
        'esclerose múltipla',
        'multiple{n|} Sklerose',
        'multiple sclerose',
        'stwardnieni{e|a|u|em} rozsian{e|ego|ym}',
        'szklerózis multiplex',
      ],
      case: 'insensitive',
    },
    { id: 'ms-abbr', patterns: ['MS', 'SM'], case: 'exact' },
    {
      id: 'veins',
      patterns: [
        '{vein|veins|venous|jugular|azygos|azygous|venoplasty|venography|angioplasty|stent|stents}',
        '{vena|vene|venosa|venose|giugulare|veine|veines|veineuse|giugulari|vena|venas|venoso|veia|veias|Vene|Venen|venös|żyła|żył|żylna|ader|aderen|veneuze}',
        '{angioplastica|angioplastie|angioplastia|Angioplastie|angioplastyka|angioplastiek}',
      ],
      case: 'insensitive',
    },
    // "Zamboni" is no cue: it is also the ice resurfacer and a common surname.
    { id: 'ccsvi', patterns: ['CCSVI', 'cerebro-spinal'], case: 'insensitive' },
  ],
} as const satisfies TermSet;

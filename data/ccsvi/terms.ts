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
      patterns: ['CCSVI', 'ccsvi', 'Ccsvi'],
      case: 'exact',
      context: 'none',
      // Newspapers write "Ccsvi"; never mixed case (CcSvI), never inside a word (cCSVIO) or an identifier (msccsvi@…, …/ccsvi).
    },
    {
      id: 'cssvi-typo',
      lang: 'en',
      kind: 'abbreviation',
      patterns: ['CSSVI', 'CCVSI'],
      case: 'exact',
      context: 'none',
      // Misspellings seen on a patient blog (CSSVI) and in a French radiologist’s letter (CCVSI).
    },
    {
      id: 'ccvi-abbr',
      lang: 'en',
      kind: 'abbreviation',
      patterns: ['CCVI'],
      case: 'exact',
      context: 'topic',
      // Also the Roman numeral 206 and a climate index: counts only next to MS, vein or CCSVI words (not the MS of "MS Excel").
    },
    {
      id: 'ccsvi-long-en',
      lang: 'en',
      kind: 'condition',
      patterns: [],
      concept: {
        insufficiency: ['insufficienc*'],
        venous: ['ven*', 'cerebro-ven*'],
        cerebrospinal: ['cerebro-spin*', 'cerebro-sin*'],
        cerebral: ['cerebr*'],
        spinal: ['spin*'],
        chronic: ['chronic*'],
        links: ['and'],
        maxWords: 5,
      },
      case: 'insensitive',
      context: 'none',
      // Needs the brain or spine word: plain "chronic venous insufficiency" is a leg condition.
    },
    {
      id: 'liberation-en',
      lang: 'en',
      kind: 'procedure',
      patterns: [
        "(Zamboni{'s|} ){liberation|liberation's} {procedure|procedures|therapy|therapies|treatment|treatments|method|technique}",
      ],
      case: 'insensitive',
      context: 'topic',
      // "Liberation procedure" also means freeing memory in code, and liberation has political senses.
    },
    {
      id: 'zamboni-method-en',
      lang: 'en',
      kind: 'procedure',
      patterns: [
        "Zamboni{'s|s'|} (* ){procedure|procedures|method|methods|technique|techniques|treatment|treatments}",
      ],
      case: 'insensitive',
      context: 'topic',
      // Zamboni is also the ice resurfacer and a common surname: never alone, and only with MS or vein context.
    },
    {
      id: 'zamboni-theory-en',
      lang: 'en',
      kind: 'condition',
      patterns: ["Zamboni{'s|s'|} (* ){theory|theories|hypothesis|hypotheses}"],
      case: 'insensitive',
      context: 'none',
      // The vein theory of MS: nothing else is called Zamboni’s theory.
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
      // TVAM is also a broadcaster’s name (TV-am): only with MS or vein context.
    },
    // Italian
    {
      id: 'ccsvi-long-it',
      lang: 'it',
      kind: 'condition',
      patterns: [],
      concept: {
        insufficiency: ['insufficienz*'],
        venous: ['ven*'],
        cerebrospinal: ['cerebro-spin*', 'cerebro-sin*'],
        cerebral: ['cerebr*'],
        spinal: ['spin*'],
        chronic: ['cronic*'],
        links: ['e'],
        maxWords: 5,
      },
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'zamboni-method-it',
      lang: 'it',
      kind: 'procedure',
      patterns: [
        '{metodo|metodi|tecnica|procedura|terapia|cura|trattamento|teoria|teorie|ipotesi} ({di|del|della} )({professor|professore|prof.|dottor|dott.|dr.|dr} )(Paolo )Zamboni',
        'tecnica di liberazione delle vene',
      ],
      case: 'insensitive',
      context: 'none',
      // The Italian names of the procedure and of the theory; the Zamboni surname itself stays unflagged.
    },
    {
      id: 'liberation-it',
      lang: 'it',
      kind: 'procedure',
      patterns: ['{intervento|interventi|terapia|procedura|trattamento} di (")liberazione(")'],
      case: 'insensitive',
      context: 'topic',
      // Liberazione is also a release from prison or a liberation in war.
    },
    // French
    {
      id: 'ccsvi-long-fr',
      lang: 'fr',
      kind: 'condition',
      patterns: [],
      concept: {
        insufficiency: ['insuffisanc*', 'insuffisenc*'],
        venous: ['vein*', 'ven*'],
        cerebrospinal: ['cérébro-spin*', 'céphalo-rachid*', 'cérébro-rachid*'],
        cerebral: ['cérébr*', 'céphal*'],
        spinal: ['spin*', 'rachid*'],
        chronic: ['chroniq*'],
        links: ['et'],
        maxWords: 5,
      },
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'ivcc-abbr',
      lang: 'fr',
      kind: 'abbreviation',
      patterns: ['IVCC', 'ICVC', 'IVCCS', 'IVCRC'],
      case: 'exact',
      context: 'topic',
      // Short and reused elsewhere: only next to MS, vein or CCSVI words. (IVC alone is the leg condition.)
    },
    {
      id: 'zamboni-theory-fr',
      lang: 'fr',
      kind: 'condition',
      patterns: [
        '{hypothèse|théorie|méthode|technique|procédure|traitement}{s|} {de|du} ({Dr|Dr.|docteur|Pr|Pr.|professeur|prof.} )(Paolo )Zamboni',
        '{méthode|technique|procédure} Zamboni',
      ],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'liberation-fr',
      lang: 'fr',
      kind: 'procedure',
      patterns: ['{procédure|thérapie|traitement|méthode|technique}{s|} de {libération|déblocage}'],
      case: 'insensitive',
      context: 'topic',
      // Libération is also a prisoner’s release and a newspaper.
    },
    // Spanish
    {
      id: 'ccsvi-long-es',
      lang: 'es',
      kind: 'condition',
      patterns: [],
      concept: {
        insufficiency: ['insuficienc*'],
        venous: ['ven*'],
        cerebrospinal: ['cerebro-espin*', 'cerebro-spin*', 'céfalo-rraquíd*', 'céfalo-raquíd*'],
        cerebral: ['cerebr*', 'céfal*'],
        spinal: ['espin*', 'rraquíd*', 'raquíd*'],
        chronic: ['crónic*'],
        links: ['y'],
        maxWords: 5,
      },
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
      id: 'zamboni-theory-es',
      lang: 'es',
      kind: 'condition',
      patterns: [
        '{teoría|hipótesis|método|técnica|procedimiento|tratamiento} ({de|del} )({Dr.|Dr|doctor|profesor|prof.} )(Paolo )Zamboni',
      ],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'liberation-es',
      lang: 'es',
      kind: 'procedure',
      patterns: ['{procedimiento|terapia|tratamiento|método|técnica}{s|es|} de liberación'],
      case: 'insensitive',
      context: 'topic',
    },
    // German: nominative and the inflected forms (chronischen cerebrospinalen venösen Insuffizienz), compounds.
    {
      id: 'ccsvi-long-de',
      lang: 'de',
      kind: 'condition',
      patterns: [],
      concept: {
        insufficiency: ['insuffizienz*', 'ven*insuffizienz*'],
        venous: ['ven*'],
        cerebrospinal: ['cerebro-spin*', 'zerebro-spin*', 'cerebro-sin*', 'zerebro-sin*'],
        cerebral: ['cerebr*', 'zerebr*'],
        spinal: ['spin*'],
        chronic: ['chronisch*'],
        links: ['und'],
        maxWords: 5,
        compoundHeads: ['Insuffizienz'],
      },
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
    // Polish: all cases of "przewlekła mózgowo-rdzeniowa niewydolność żylna", in any word order.
    {
      id: 'ccsvi-long-pl',
      lang: 'pl',
      kind: 'condition',
      patterns: [],
      concept: {
        insufficiency: ['niewydoln*'],
        venous: ['żyln*'],
        cerebrospinal: ['mózgowo-rdzeniow*'],
        cerebral: ['mózgow*'],
        spinal: ['rdzeniow*'],
        chronic: ['przewlek*'],
        links: ['naczyń'],
        maxWords: 5,
      },
      case: 'insensitive',
      context: 'none',
      // Without "mózgowo-rdzeniowa" it is the leg condition, which is not flagged.
    },
    {
      id: 'zamboni-theory-pl',
      lang: 'pl',
      kind: 'condition',
      patterns: [
        '{teori{a|i|ę|ą}|hipotez{a|y|ę|ą}|metod{a|y|ę|ą}} ({dr|dr.|prof.|profesora|doktora} )Zamboniego',
      ],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'liberation-pl',
      lang: 'pl',
      kind: 'procedure',
      patterns: [
        '{procedur{a|y|ę|ze|ą}|terapi{a|i|ę|ą}|zabieg{|u|iem}|metod{a|y|ę|ą}} uwolnienia',
        'zabieg{|u|iem|i} CCSVI',
      ],
      case: 'insensitive',
      context: 'topic',
    },
    // Portuguese (Brazilian crônica and European crónica).
    {
      id: 'ccsvi-long-pt',
      lang: 'pt',
      kind: 'condition',
      patterns: [],
      concept: {
        insufficiency: ['insuficiênc*'],
        venous: ['ven*'],
        cerebrospinal: ['cérebro-espin*', 'cérebro-spin*', 'céfalo-rraquid*', 'céfalo-raquid*'],
        cerebral: ['cérebr*', 'céfal*'],
        spinal: ['espin*', 'spin*', 'rraquid*', 'raquid*'],
        chronic: ['crônic*', 'crónic*'],
        links: ['e'],
        maxWords: 5,
      },
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
      id: 'zamboni-theory-pt',
      lang: 'pt',
      kind: 'condition',
      patterns: [
        '{teoria|hipótese|método|técnica|procedimento|tratamento} ({de|do} )({Dr.|Dr|doutor|professor|prof.} )(Paolo )Zamboni',
      ],
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'liberation-pt',
      lang: 'pt',
      kind: 'procedure',
      patterns: ['{terapia|tratamento|procedimento|método|técnica}{s|} de {libertação|liberação}'],
      case: 'insensitive',
      context: 'topic',
    },
    // Dutch
    {
      id: 'ccsvi-long-nl',
      lang: 'nl',
      kind: 'condition',
      patterns: [],
      concept: {
        insufficiency: ['insufficiënti*'],
        venous: ['ven*'],
        cerebrospinal: ['cerebro-spin*', 'zerebro-spin*'],
        cerebral: ['cerebr*', 'zerebr*'],
        spinal: ['spin*'],
        chronic: ['chronisch*'],
        links: ['en'],
        maxWords: 5,
      },
      case: 'insensitive',
      context: 'none',
    },
    {
      id: 'zamboni-theory-nl',
      lang: 'nl',
      kind: 'condition',
      patterns: [
        '{theorie|hypothese|methode} van ({prof.|professor|dr.|dr} )(Paolo )Zamboni',
        "Zamboni{'s|s} {theorie|hypothese|methode}",
      ],
      case: 'insensitive',
      context: 'none',
    },
    // Japanese: no spaces between words, so no word boundaries.
    {
      id: 'ccsvi-long-ja',
      lang: 'ja',
      kind: 'condition',
      patterns: ['慢性脳脊髄静脈不全(症)'],
      case: 'exact',
      context: 'none',
      wordBoundaries: false,
    },
    {
      id: 'liberation-ja',
      lang: 'ja',
      kind: 'procedure',
      patterns: ['解放{手術|療法|治療}'],
      case: 'exact',
      context: 'topic',
      wordBoundaries: false,
      // 解放 (liberation) has other senses too: only with MS or vein context, or in quotes.
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
    {
      id: 'ms-abbr',
      patterns: ['MS', 'SM', 'SEP'],
      case: 'exact',
      notBefore: ['Excel', 'Word', 'Office', 'Access', 'Windows', 'DOS', 'Outlook', 'Teams', 'PowerPoint'],
    },
    { id: 'neurology', patterns: ['neurolog*'], case: 'insensitive' },
    { id: 'ms-ja', patterns: ['多発性硬化症', '静脈'], case: 'exact' },
    {
      id: 'veins',
      patterns: [
        '{vein|veins|venous|jugular|azygos|azygous|venoplasty|venography|angioplasty|stent|stents}',
        '{vena|vene|venosa|venose|giugulare|veine|veines|veineuse|giugulari|vena|venas|venoso|veia|veias|Vene|Venen|venös|żyła|żył*|żylna|ader|aderen|veneuze}',
        '{angioplastica|angioplastie|angioplastia|Angioplastie|angioplastyka|angioplastiek}',
      ],
      case: 'insensitive',
    },
    // "Zamboni" is no cue: it is also the ice resurfacer and a common surname.
    { id: 'ccsvi', patterns: ['CCSVI', 'cerebro-spinal'], case: 'insensitive' },
  ],
} as const satisfies TermSet;

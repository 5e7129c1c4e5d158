/**
 * Tout ce que l’extension dit de la CCSVI, en français (traduction de en.ts ; voir text/README.md).
 */
import type { TopicText } from './en';

export const fr: TopicText = {
  name: 'La CCSVI et la « procédure de libération »',

  verdict:
    'Les études les plus solides n’ont trouvé aucune preuve que la CCSVI cause la SEP. Des essais rigoureux ont montré que la procédure de libération n’aide pas les personnes atteintes de SEP.',

  subjects: {
    condition: 'La CCSVI, un trouble des veines proposé comme hypothèse',
    procedure: 'La « procédure de libération », un traitement des veines contre la CCSVI',
  },

  safety:
    'Dans les essais menés par des centres experts, les effets graves de l’intervention au ballonnet ont été rares. Des décès, des caillots et des stents déplacés ont été signalés après des traitements hors de ces essais, souvent avec des stents.',

  whatThisMeans: {
    heading: 'Ce que cela signifie pour vous',
    points: {
      talkToProfessional:
        'Le NICE, l’organisme britannique des recommandations de santé, dit que votre professionnel de santé doit vous parler des autres traitements possibles.',
      currentCare:
        'Selon le NICE, les soins actuels de la SEP sont une rééducation spécialisée et des médicaments. Ceux-ci visent à soulager les symptômes et à ralentir la SEP.',
      hadProcedure:
        'Si vous avez eu la procédure, surtout avec un stent, dites-le à l’équipe qui suit votre SEP. La FDA a conseillé de continuer le traitement de la SEP prévu par vos médecins.',
    },
    disclaimer:
      'Ceci est une information générale, pas un avis médical. Beaucoup de personnes ont choisi cette procédure de bonne foi, et personne n’est à blâmer d’avoir espéré.',
  },

  keyPoints: {
    idea: 'La CCSVI est l’idée que des veines rétrécies du cou et du thorax jouent un rôle dans la SEP. Des études ultérieures en aveugle ont trouvé ce profil des veines aussi souvent chez des personnes sans SEP.',
    trials:
      'Trois essais ont comparé la procédure à une simulation. Aucun n’a montré de bénéfice sur le handicap, les poussées, les images du cerveau ou la qualité de vie.',
    pooled:
      'Certaines synthèses d’études par échographie trouvent encore la CCSVI plus souvent chez les personnes atteintes de SEP. Cela ne montre pas qu’elle cause la SEP, et élargir les veines n’a pas aidé dans les essais.',
    guidance:
      'L’organisme britannique des recommandations de santé, le NICE, dit que la procédure ne doit pas être utilisée. La FDA américaine a mis en garde contre elle en 2012, puis contre la TVAM en 2017.',
  },

  cardPoints: {
    blinded:
      'Quand les lecteurs des examens ignoraient qui avait la SEP, ils voyaient ce profil des veines aussi souvent chez les personnes sans SEP.',
    trials: 'Trois essais ont comparé la vraie procédure à une fausse. Aucun n’a montré de bénéfice.',
  },

  explanation: {
    origin: {
      heading: 'D’où vient l’idée',
      text: 'En 2006, Paolo Zamboni, chirurgien vasculaire à Ferrare, en Italie, a suggéré que des problèmes de veines pourraient jouer un rôle dans la SEP. En 2009, il a publié les échographies de 65 personnes atteintes de SEP et de 235 personnes sans SEP. Il a trouvé des veines du cou et du thorax rétrécies chez toutes les personnes atteintes de SEP, et chez aucune des autres. Il a appelé cela CCSVI, sigle anglais de « chronic cerebrospinal venous insufficiency ». En français, on dit insuffisance veineuse céphalo-rachidienne chronique (IVCC).',
    },
    spread: {
      heading: 'Le traitement et sa diffusion',
      text: 'Son équipe a ensuite élargi ces veines chez 65 personnes atteintes de SEP, par angioplastie. Tout le monde savait qui était traité, et personne n’est resté sans traitement pour comparer. L’équipe a rapporté des améliorations. Ce traitement a pris le nom de « procédure de libération », et beaucoup de personnes atteintes de SEP l’ont demandé. Des cliniques à l’étranger ont traité des personnes venues sur place, par exemple au Costa Rica à partir de juin 2010. Certaines posaient aussi des stents, de petits tubes en maille laissés dans la veine.',
    },
    stricter: {
      heading: 'Ce qu’ont trouvé des études plus rigoureuses',
      text: 'D’autres équipes ont ensuite recherché la CCSVI en aveugle. La plupart ont trouvé peu ou pas de différence entre les personnes avec et sans SEP. Une étude italienne portant sur 136 personnes a trouvé ce profil chez 30,9 % des personnes avec SEP et 33,8 % des personnes sans SEP. La plus grande étude, CoSMo, a examiné 1 767 personnes en Italie. Elle a trouvé la CCSVI chez 3,26 % des personnes atteintes de SEP et 2,13 % des personnes en bonne santé. Une étude canadienne a utilisé la phlébographie, un examen plus direct que l’échographie. Elle a trouvé la CCSVI chez 2 % des personnes avec SEP et 3 % des personnes en bonne santé.',
    },
    consequence: {
      heading: 'Une conséquence de la SEP, et non sa cause ?',
      text: 'Certains chercheurs pensent que les changements des veines pourraient suivre la SEP plutôt que la causer. Dans l’étude italienne en aveugle, les personnes avec SEP et CCSVI avaient la SEP depuis plus longtemps : 16,5 contre 11,5 ans en moyenne. Une équipe de Naples a qualifié la CCSVI dans la SEP de constat fréquent, lié à l’âge. Des chercheurs de Buffalo, aux États-Unis, l’ont trouvée plus souvent dans les formes avancées de SEP. Leur auteur principal a dit qu’elle pourrait être un symptôme de la SEP.',
    },
    fairTests: {
      heading: 'Trois tests équitables du traitement',
      text: 'Le test le plus équitable d’un traitement est un essai randomisé en double aveugle, avec une simulation. Le hasard décide qui reçoit la vraie procédure, et personne ne sait qui a eu quoi. Trois essais de ce type ont été menés. Dans PREMiSe (États-Unis, 2014), les personnes traitées ont eu plus de nouvelles lésions au cerveau que le groupe simulation : 19 contre 3. Après prise en compte d’autres facteurs, les nouvelles lésions étaient liées à la procédure. Les auteurs ont écrit qu’elle pourrait rendre la SEP plus active. Dans Brave Dreams (Italie, 2018), mené par Zamboni lui-même, 115 personnes ont participé. La procédure n’a apporté aucun bénéfice réel. Dans un essai canadien de 104 personnes (2018), elle n’a pas fait mieux que la simulation.',
    },
    supporters: {
      heading: 'Ce que les partisans mettent en avant dans Brave Dreams',
      text: 'Brave Dreams a vu une tendance vers plus de personnes sans nouvelles lésions entre le 6e et le 12e mois. Une tendance est un indice, pas un effet prouvé. L’équipe de l’essai a tout de même dit que la procédure ne peut pas être recommandée. En 2020, l’équipe a publié un examen plus large des images de 130 personnes. Certains de ses groupes ont été choisis une fois les résultats connus. Ce type d’analyse peut donner des idées pour de nouveaux essais, mais il ne peut pas prouver un bénéfice.',
    },
    feltBetter: {
      heading: 'Pourquoi des personnes se sont senties mieux',
      text: 'Beaucoup de personnes ont dit se sentir mieux après la procédure. Un registre en Colombie-Britannique, au Canada, a interrogé deux fois 76 personnes traitées à l’étranger. Au premier entretien, 50 % disaient que leur santé générale allait mieux. Six mois plus tard, seulement 16 % le disaient. On peut se sentir mieux sans que le traitement lui-même agisse. C’est pourquoi les essais équitables comparent la procédure à une simulation.',
    },
    harms: {
      heading: 'Mises en garde et effets nocifs',
      before:
        'En mai 2012, la FDA américaine a averti que la procédure n’avait pas fait ses preuves. Elle a cité des effets nocifs graves, dont des décès, des AVC, des caillots sanguins et des stents déplacés. En 2017, elle a mis en garde contre la TVAM, la même dilatation des veines au ballonnet, vantée pour de nombreuses maladies. Au Canada, des médecins ont décrit 5 personnes victimes de complications après un traitement à l’étranger. Un homme de l’Ontario est mort en 2010 après la procédure au Costa Rica.',
      after: 'Au Royaume-Uni, le NICE dit désormais que la procédure ne doit pas être utilisée.',
    },
    niceCochrane: {
      heading: 'Pourquoi le NICE et Cochrane semblent en désaccord',
      text: 'Le NICE dit que la procédure n’est pas sûre et ne fonctionne pas. Les auteurs de la revue Cochrane l’ont jugée sûre, mais inutile. Cochrane n’a examiné que les trois essais, où les effets graves étaient rares. En dehors des essais, des décès et des caillots ont été signalés. Les deux s’accordent à dire qu’elle n’aide pas contre la SEP.',
    },
    link: {
      heading: 'Pourquoi certaines études trouvent encore un lien',
      text: 'Certaines synthèses qui regroupent des études par échographie trouvent encore la CCSVI plus souvent chez les personnes atteintes de SEP. Une première synthèse, de 2011, a constaté que beaucoup d’études décrivaient mal la mise en aveugle. La plus récente, de 2023, a regroupé 20 études portant sur 3 069 personnes. Ses résultats variaient beaucoup d’une étude à l’autre. Le lien devenait plus fort quand on retirait les études du groupe de Zamboni et des partisans du traitement. Mais un lien sur des examens d’imagerie ne prouve pas une cause. Et les essais ont montré qu’élargir les veines n’aide pas contre la SEP.',
    },
  },

  evidencePicture: {
    title: 'La CCSVI trouvée de moins en moins souvent, à mesure que les études devenaient plus rigoureuses',
    rows: {
      'zamboni-jnnp-2009': {
        label: 'Premier rapport, 2009',
        method: 'échographie',
        controlLabel: 'personnes sans SEP',
        note: 'Tel que le décrivent des articles de revues publiés plus tard.',
      },
      'plos-one-blind': {
        label: 'Étude italienne, 2013, en aveugle',
        method: 'échographie',
        controlLabel: 'personnes sans SEP',
      },
      'cosmo-2013': {
        label: 'CoSMo, 2013, en aveugle',
        method: 'échographie',
        controlLabel: 'personnes en bonne santé',
      },
      'traboulsee-2014': {
        label: 'Étude canadienne, 2014, en aveugle',
        method: 'phlébographie par cathéter',
        controlLabel: 'personnes en bonne santé sans lien de parenté',
      },
    },
    trials: {
      'premise-2014':
        'PREMiSe (2014) : aucun bénéfice ; plus de nouvelles lésions au cerveau après la procédure.',
      'brave-dreams-2018':
        'Brave Dreams (2018) : aucun bénéfice sur l’autonomie au quotidien ni sur les nouvelles lésions au cerveau.',
      'traboulsee-2018': 'Essai canadien (2018) : pas mieux que la simulation.',
    },
    note: 'Part des personnes chez qui une CCSVI a été trouvée. Dans les études plus récentes, ceux qui lisaient les examens ne savaient pas qui avait la SEP. Ils ont trouvé ce profil à peu près aussi souvent sans SEP.',
  },

  studies: {
    'zamboni-jnnp-2009': {
      shortName: 'Zamboni 2009, premier rapport',
      kind: 'étude cas-témoins (échographie)',
      groups: ['SEP', 'sans SEP'],
      keyNumbers: ['CCSVI chez 100 % des personnes atteintes de SEP et 0 % des personnes sans SEP'],
      conclusion: 'A rapporté un lien très fort entre la SEP et des veines du cou et du thorax rétrécies.',
      note: 'En ligne en décembre 2008, imprimé en 2009.',
      verification:
        'Vérifié sur la page de la revue. Les 100 % et 0 % sont tels que la même revue et The Lancet ont ensuite décrit cet article.',
    },
    'zamboni-jvs-2009': {
      shortName: 'Zamboni 2009, étude de traitement',
      kind: 'étude de traitement ouverte, sans groupe de comparaison',
      groups: ['SEP, tous traités'],
      keyNumbers: [
        'Suivi de 18 mois en moyenne',
        'Veines traitées restées ouvertes : 96 % des veines azygos, 53 % des veines jugulaires',
      ],
      conclusion:
        'A rapporté que les patients allaient mieux. Mais sans groupe de comparaison, cela ne pouvait pas montrer que la procédure aidait.',
      verification:
        'La référence a été vérifiée dans la bibliographie d’une synthèse publiée. Les chiffres viennent d’une copie de l’article.',
    },
    'zivadinov-2011': {
      shortName: 'Étude de Buffalo, 2011',
      kind: 'étude cas-témoins (échographie)',
      groups: ['SEP', 'premier épisode évocateur de SEP', 'autre maladie neurologique', 'en bonne santé'],
      keyNumbers: [],
      conclusion:
        'La CCSVI était plus fréquente dans la SEP, surtout dans les formes avancées. L’auteur principal a dit qu’elle pourrait être un symptôme de la SEP plutôt que sa cause.',
      note: 'Ses chiffres circulent en plusieurs versions, donc nous ne les citons pas.',
      verification:
        'Nous n’avons pas pu consulter le résumé de l’article. Les propos de l’auteur principal viennent de son entretien avec un journal télévisé canadien.',
    },
    'cosmo-2013': {
      shortName: 'Étude CoSMo, 2013',
      kind: 'étude cas-témoins, 35 centres italiens (échographie)',
      groups: ['SEP', 'autre maladie neurologique', 'en bonne santé'],
      keyNumbers: [
        '1 767 personnes dans 35 centres',
        'CCSVI chez 3,26 % des personnes avec SEP, 3,10 % avec d’autres maladies neurologiques, 2,13 % des personnes en bonne santé',
      ],
      conclusion: 'La CCSVI était rare chez les personnes avec et sans SEP, et sans lien avec la SEP.',
      verification: 'Vérifié dans le résumé sur PubMed.',
    },
    'traboulsee-2014': {
      shortName: 'Étude canadienne par radiographie des veines, 2014',
      kind: 'étude cas-témoins (phlébographie par cathéter)',
      groups: ['SEP', 'frères et sœurs sans SEP', 'en bonne santé, sans lien de parenté'],
      keyNumbers: [
        'CCSVI à la phlébographie chez 2 % des personnes avec SEP, 2 % des frères et sœurs, 3 % des personnes en bonne santé sans lien de parenté',
        'Une veine rétrécie de plus de moitié était fréquente : 74 % avec SEP, 66 % des frères et sœurs',
      ],
      conclusion:
        'Avec le test le plus direct, la CCSVI était rare chez les personnes avec et sans SEP. Les veines rétrécies étaient fréquentes dans les deux groupes.',
      verification: 'Vérifié dans le résumé (fiche PubMed et résumé du Lancet).',
    },
    'mayer-jnnp': {
      shortName: 'Étude de Mayer',
      kind: 'étude cas-témoins (échographie)',
      groups: ['SEP', 'en bonne santé'],
      keyNumbers: [
        'Sang refluant dans les veines du cou ou du cerveau : 0 personne dans chaque groupe',
        'Petite veine jugulaire : 13 personnes avec SEP, 16 personnes en bonne santé',
      ],
      conclusion:
        'Aucun signe de CCSVI dans la SEP. Les éléments comptés comme signes de CCSVI étaient fréquents chez les personnes en bonne santé.',
      note: 'Le volume 82 suggère 2011, mais l’année n’a pas été vue ; 436 est la première page.',
    },
    'baracchini-2011': {
      shortName: 'Étude sur le début de la SEP (Baracchini)',
      kind: 'étude cas-témoins (échographie)',
      groups: ['premier épisode évocateur de SEP', 'en bonne santé'],
      keyNumbers: [
        'Examens des veines du cerveau normaux chez tous les patients',
        'Phlébographie chez 7 patients aux examens inhabituels : aucun problème de veines',
      ],
      conclusion: 'Aucune preuve de CCSVI au début de la SEP, donc rien n’indique qu’elle cause la SEP.',
      note: 'Titre tel que donné par le résumé d’un blog.',
    },
    'marder-2011': {
      shortName: 'Étude sur des anciens combattants américains (Marder)',
      kind: 'étude cas-témoins (échographie)',
      groups: ['SEP', 'migraine ou aucune maladie'],
      keyNumbers: [],
      conclusion:
        'Les anciens combattants atteints de SEP n’avaient pas plus de problèmes d’écoulement du sang des veines que les personnes sans SEP.',
    },
    'plos-one-blind': {
      shortName: 'Étude italienne par échographie en aveugle, 2013',
      kind: 'étude cas-témoins (échographie)',
      groups: ['SEP', 'sans SEP'],
      keyNumbers: [
        'CCSVI chez 30,9 % des personnes avec SEP et 33,8 % des personnes sans SEP',
        'Les personnes avec SEP et CCSVI avaient la SEP depuis plus longtemps : 16,5 contre 11,5 ans en moyenne',
      ],
      conclusion: 'La CCSVI était aussi fréquente sans SEP qu’avec, et sans lien avec la gravité de la SEP.',
      verification: 'Vérifié dans le résumé sur la page de la revue et dans la fiche DOAJ.',
    },
    'simka-funct-neurol': {
      shortName: 'Série d’une clinique qui traitait (Simka)',
      kind: 'dossiers de clinique (phlébographie), sans groupe de comparaison',
      groups: ['SEP'],
      keyNumbers: ['Anomalies des veines chez 563 personnes (96,1 %)'],
      conclusion:
        'Sans groupe de comparaison, cela ne peut pas montrer de lien avec la SEP. Les auteurs ont dit que la portée médicale n’était pas prouvée.',
      note: 'D’un groupe qui proposait le traitement. Année indiquée : 2011/2012.',
    },
    'premise-2014': {
      shortName: 'Essai PREMiSe, 2014',
      kind: 'essai randomisé contrôlé contre simulation (États-Unis)',
      groups: ['phase de sécurité ouverte', 'angioplastie', 'simulation'],
      keyNumbers: [
        'Nouvelles lésions actives au cerveau : 19 chez les 9 personnes traitées, 3 chez les 10 ayant eu la simulation',
        'Après prise en compte d’autres facteurs, les nouvelles lésions étaient liées à la procédure (p = 0,01)',
        'Poussées : 4 et 1, une différence qui pourrait être due au hasard',
        'Aucune complication pendant la procédure ou juste après',
      ],
      conclusion:
        'Aucun bénéfice à court terme. Les auteurs ont écrit qu’elle pourrait rendre la SEP plus active.',
      verification: 'Vérifié dans le résumé complet sur PubMed Central et PubMed.',
    },
    'brave-dreams-2018': {
      shortName: 'Essai Brave Dreams, 2018',
      kind: 'essai randomisé contrôlé contre simulation, 6 centres italiens',
      groups: ['angioplastie', 'simulation'],
      keyNumbers: [
        'Pas plus de personnes améliorées dans leur autonomie au quotidien qu’après la simulation',
        'Pas moins de nouvelles lésions au cerveau en moyenne à 12 mois',
        'Une tendance vers plus de personnes sans nouvelles lésions entre le 6e et le 12e mois',
      ],
      conclusion:
        'Mené par le chirurgien qui a proposé la CCSVI : aucun bénéfice réel ; la procédure ne peut pas être recommandée.',
      verification:
        'Résultats vérifiés dans les points clés et le résumé sur PubMed Central. La taille de chaque groupe vient d’un résumé paru dans la presse.',
    },
    'traboulsee-2018': {
      shortName: 'Essai canadien, 2018',
      kind: 'essai randomisé contrôlé contre simulation (Canada)',
      groups: ['veinoplastie', 'simulation'],
      keyNumbers: [
        '104 personnes : 49 ont eu une veinoplastie et 55 la simulation',
        'Événements indésirables graves : 10 % après veinoplastie, 2 % après simulation, jugés sans lien avec elle',
      ],
      conclusion:
        'Pas mieux que la simulation pour la qualité de vie, les symptômes ou l’évolution de la SEP.',
      verification:
        'Référence vérifiée dans la revue Cochrane. Taille des groupes lue dans le résumé, tel qu’une fiche de bibliothèque le donne. Le chiffre sur la sécurité vient d’un résumé de la presse médicale.',
    },
    'laupacis-2011': {
      shortName: 'Synthèse du CMAJ, 2011',
      kind: 'méta-analyse d’études par échographie',
      groups: ['études'],
      keyNumbers: [
        'Odds ratio de 13,5, avec des résultats très variables',
        'Analyse la plus prudente : odds ratio de 3,7',
      ],
      conclusion:
        'Un lien à l’échographie. Mais la mise en aveugle était mal décrite et les résultats variaient, donc aucune conclusion ferme n’était possible.',
    },
    'zwischenberger-2013': {
      shortName: 'Synthèse de Zwischenberger, 2013',
      kind: 'méta-analyse d’études par échographie',
      groups: ['études'],
      keyNumbers: ['Odds ratio de 1,885 après retrait de 4 études très à l’écart des autres'],
      conclusion: 'Un lien modeste à l’échographie, mais aucune preuve que la CCSVI cause la SEP.',
    },
    'cochrane-2012': {
      shortName: 'Revue Cochrane, 2012',
      kind: 'revue systématique',
      groups: ['essais randomisés terminés'],
      keyNumbers: ['Aucun essai randomisé terminé ; 6 en cours'],
      conclusion: 'Pas encore de bonne preuve pour ou contre ; il faut attendre des essais bien conçus.',
    },
    'cochrane-update': {
      shortName: 'Mise à jour de la revue Cochrane',
      kind: 'revue systématique des essais contrôlés contre simulation',
      groups: ['essais', 'personnes'],
      keyNumbers: [
        'Recherche jusqu’au 30 août 2018',
        'Aucun bénéfice sur le handicap, les poussées ou la qualité de vie ; pas d’effet grave de la procédure',
      ],
      conclusion: 'Sûre mais inefficace ; ne peut pas être recommandée ; pas besoin d’autres essais.',
      verification:
        'Sa question, ses méthodes, sa date de recherche et les trois essais ont été vérifiés dans la Cochrane Library. Ses résultats sont cités d’après un résumé de seconde main.',
    },
    'bmjopen-2023': {
      shortName: 'Synthèse de BMJ Open, 2023',
      kind: 'méta-analyse d’études par échographie',
      groups: ['études', 'personnes'],
      keyNumbers: [
        'Odds ratio de 3,36, avec des résultats très variables',
        'Le lien était plus fort quand on retirait les études du groupe de Zamboni et des partisans du traitement',
      ],
      conclusion:
        'Toujours un lien à l’échographie, avec de grandes différences entre les études. Un lien ne prouve pas une cause, et il ne change pas les résultats des essais.',
      verification: 'Vérifié dans le résumé sur PubMed.',
    },
    'bc-registry-2013': {
      shortName: 'Registre de Colombie-Britannique, 2013',
      kind: 'entretiens par téléphone avec des personnes traitées à l’étranger, sans groupe de comparaison',
      groups: ['personnes interrogées deux fois'],
      keyNumbers: ['Santé générale « meilleure » : 50 % au premier entretien, 16 % six mois plus tard'],
      conclusion: 'Les bénéfices ressentis au début n’ont pas duré.',
      verification:
        'Vérifié dans le résumé, sur le site des résumés du congrès. Un article complet a suivi en 2017 ; nous n’en avons lu que la première page.',
    },
    'lanzillo-2013': {
      shortName: 'Étude de Naples par échographie, 2013',
      kind: 'étude cas-témoins (échographie)',
      groups: ['SEP', 'en bonne santé'],
      keyNumbers: [],
      conclusion: 'Les auteurs ont décrit la CCSVI dans la SEP comme fréquente et liée à l’âge.',
      verification: 'Titre, référence et méthodes vérifiés sur la page de la revue.',
    },
    'brave-dreams-2020': {
      shortName: 'Brave Dreams, analyse ultérieure, 2020',
      kind: 'nouvel examen d’un essai contrôlé contre simulation, décidé après les résultats',
      groups: ['angioplastie', 'simulation'],
      keyNumbers: ['130 personnes, dont 15 avec une forme progressive et plus tardive de SEP'],
      conclusion:
        'Un examen plus large des images du cerveau par l’équipe de l’essai, avec certains groupes choisis une fois les résultats connus. Ce type d’analyse peut suggérer des idées, mais il ne peut pas prouver un bénéfice.',
      verification:
        'Référence, plan de l’étude et taille des groupes vérifiés sur PubMed Central. Nous n’avons pas pu consulter la partie sur les résultats.',
    },
  },

  citations: {
    'zamboni-jnnp-2009': {
      role: 'le premier rapport sur la CCSVI',
      outcome:
        'Les études en aveugle qui ont suivi n’ont pas trouvé la même chose. La plus grande a trouvé la CCSVI rare, et à peu près aussi fréquente sans SEP.',
    },
    'zamboni-jvs-2009': {
      role: 'la première étude de traitement, sans groupe de comparaison',
      outcome: 'Trois essais contrôlés contre simulation ont montré ensuite que le traitement n’aide pas.',
    },
    'zivadinov-2011': {
      role: 'l’étude de Buffalo par échographie',
      outcome:
        'Ses propres auteurs ont dit que les résultats vont contre l’idée de la CCSVI comme cause principale de la SEP.',
    },
    'cosmo-2013': {
      role: 'la plus grande étude en aveugle',
      outcome: 'Elle a trouvé la CCSVI rare chez tout le monde, et sans lien avec la SEP.',
    },
    'traboulsee-2014': {
      role: 'une étude en aveugle par phlébographie, le test le plus direct',
      outcome: 'La CCSVI était rare chez les personnes avec et sans SEP.',
    },
    'mayer-jnnp': {
      role: 'une petite étude par échographie en aveugle',
      outcome:
        'Elle n’a trouvé aucun signe de CCSVI dans la SEP. Des études en aveugle plus grandes n’ont ensuite trouvé aucun lien avec la SEP non plus.',
    },
    'baracchini-2011': {
      role: 'une étude de personnes au début de la SEP',
      outcome:
        'Elle n’a trouvé aucune preuve de CCSVI au début de la SEP. Des études en aveugle plus grandes n’ont ensuite trouvé aucun lien avec la SEP.',
    },
    'marder-2011': {
      role: 'une étude d’anciens combattants américains',
      outcome:
        'Les anciens combattants atteints de SEP n’avaient pas plus de problèmes d’écoulement du sang des veines que les personnes sans SEP.',
    },
    'plos-one-blind': {
      role: 'une étude par échographie en aveugle',
      outcome: 'La CCSVI était à peu près aussi fréquente sans SEP qu’avec.',
    },
    'simka-funct-neurol': {
      role: 'les dossiers d’une clinique qui proposait le traitement',
      outcome:
        'Sans groupe de comparaison, elle ne pouvait pas montrer de lien avec la SEP. Les études en aveugle n’en ont ensuite trouvé aucun.',
    },
    'premise-2014': {
      role: 'le premier essai contrôlé contre simulation',
      outcome:
        'Aucun bénéfice, et plus de nouvelles lésions au cerveau après le traitement, peut-être par hasard. Deux autres essais n’ont trouvé aucun bénéfice non plus.',
    },
    'brave-dreams-2018': {
      role: 'un essai contrôlé contre simulation mené par Zamboni',
      outcome: 'Aucun bénéfice réel. Ses auteurs ont dit que la procédure ne peut pas être recommandée.',
    },
    'traboulsee-2018': {
      role: 'l’essai canadien contrôlé contre simulation',
      outcome:
        'La procédure n’a pas fait mieux que la simulation. Une revue Cochrane des trois essais a conclu qu’elle ne fonctionne pas.',
    },
    'laupacis-2011': {
      role: 'une synthèse qui regroupe des études par échographie',
      outcome:
        'Elle a trouvé un lien à l’échographie, mais aucune conclusion ferme. Les essais suivants ont montré que le traitement n’aide pas.',
    },
    'zwischenberger-2013': {
      role: 'une synthèse qui regroupe des études par échographie',
      outcome: 'Un lien modeste à l’échographie, sans preuve que la CCSVI cause la SEP.',
    },
    'cochrane-2012': {
      role: 'la première revue Cochrane',
      outcome:
        'Elle n’a trouvé encore aucun essai terminé. Sa mise à jour, après trois essais contrôlés contre simulation, a conclu que la procédure ne fonctionne pas.',
    },
    'cochrane-update': {
      role: 'la revue des trois essais contrôlés contre simulation',
      outcome:
        'Elle a jugé la procédure sûre mais inutile, et a dit que d’autres essais ne sont pas nécessaires.',
    },
    'bmjopen-2023': {
      role: 'une synthèse récente qui regroupe des études par échographie',
      outcome:
        'Toujours un lien à l’échographie, avec de grandes différences entre les études. Cela ne prouve pas une cause.',
    },
    'bc-registry-2013': {
      role: 'des entretiens avec des personnes traitées à l’étranger',
      outcome: 'Les bénéfices ressentis au début n’ont pas duré.',
    },
    'lanzillo-2013': {
      role: 'une étude par échographie à Naples',
      outcome:
        'Ses auteurs ont trouvé la CCSVI fréquente dans la SEP et liée à l’âge. La plus grande étude en aveugle n’a trouvé aucun lien avec la SEP.',
    },
    'brave-dreams-2020': {
      role: 'un nouvel examen de l’essai Brave Dreams',
      outcome:
        'Certains groupes ont été choisis une fois les résultats connus. Ce type d’analyse ne peut pas prouver un bénéfice.',
    },
  },

  statements: {
    'fda-2012': {
      body: 'Food and Drug Administration (FDA), l’autorité américaine du médicament',
      summary:
        'Aucune preuve fiable, issue d’essais contrôlés, que la procédure aide contre la SEP. Les critères pour diagnostiquer la CCSVI ne sont pas bien établis. Elle a cité des effets nocifs graves.',
    },
    'fda-2017-tvam': {
      body: 'Food and Drug Administration (FDA), l’autorité américaine du médicament',
      summary:
        'Mise en garde contre la TVAM : dilater au ballonnet les veines jugulaires et d’autres veines. Elle est vantée contre des troubles des nerfs dans de nombreuses maladies, dont la SEP. Rien ne prouve qu’elle soit sûre ou utile. Les ballonnets ne sont autorisés que pour les artères. Cela complète la mise en garde de 2012.',
    },
    'nice-draft-2011': {
      body: 'NICE (Royaume-Uni), projet de recommandation',
      summary: 'À utiliser seulement dans la recherche ; essais contrôlés contre simulation encouragés.',
    },
    'nice-ipg420': {
      body: 'NICE (Royaume-Uni), recommandation IPG420',
      summary: 'Preuves insuffisantes ; à utiliser seulement dans la recherche.',
    },
    'nice-ipg640': {
      body: 'NICE (Royaume-Uni), recommandation IPG640',
      summary:
        'Remplace IPG420 : la procédure ne doit pas être utilisée, car les preuves montrent qu’elle n’est pas sûre et ne fonctionne pas. Votre professionnel de santé doit vous parler des autres traitements possibles.',
    },
    'cvz-2011': {
      body: 'CVZ (aujourd’hui Zorginstituut Nederland), Pays-Bas',
      summary:
        'A jugé que la dilatation des veines au ballonnet contre la SEP n’est pas une pratique médicale établie. Rien ne prouve qu’elle fonctionne.',
    },
    'ms-society-uk': {
      body: 'MS Society (Royaume-Uni)',
      summary:
        'Les essais du traitement n’ont réduit ni les symptômes ni les dégâts visibles à l’IRM. Le traitement pourrait même aggraver les poussées et l’activité visible à l’IRM.',
    },
    'ms-society-canada': {
      body: 'Société canadienne de la sclérose en plaques',
      summary:
        'Dans l’ensemble, la recherche ne suggère aucun lien entre la CCSVI et la SEP. La Société a aidé à financer l’essai canadien.',
    },
    'nmss-2012': {
      body: 'National MS Society (États-Unis)',
      summary:
        'A relayé le conseil de la FDA : parler avec un neurologue qui connaît la SEP avant une telle procédure. Toute personne qui en a eu une doit continuer le traitement de la SEP prévu par ses soignants.',
    },
    'ms-ireland': {
      body: 'MS Ireland',
      summary: 'A transmis à ses membres les mises en garde de la FDA de 2012.',
    },
  },

  harms: {
    'fda-2012-reports': {
      label: 'Signalements à la FDA, 2012',
      text: 'La FDA avait eu connaissance de décès, d’AVC, de stents qui s’étaient détachés ou déplacés, et de dommages à la veine traitée. Elle a aussi cité des caillots sanguins, des atteintes des nerfs de la tête et des saignements dans l’abdomen.',
    },
    'fda-2017-tvam-reports': {
      label: 'Signalements à la FDA sur la TVAM, 2017',
      text: 'Un ballonnet éclaté qui est parti jusqu’au poumon, et au moins un décès. Aussi des caillots dans des veines du cerveau, des atteintes des nerfs de la tête et des saignements dans l’abdomen.',
    },
    'burton-2011': {
      label: 'Série de cas de Calgary, 2011',
      text: 'Des médecins de Calgary, au Canada, ont décrit 5 personnes atteintes de SEP victimes de complications après un traitement à l’étranger. Elles avaient des caillots dans des stents (petits tubes en maille laissés dans la veine) et dans des veines du cerveau. Un stent s’était déplacé, et certaines avaient des atteintes des nerfs ou des blessures dues au cathéter.',
    },
    'death-abroad-2010': {
      label: 'Un décès après un traitement à l’étranger, 2010',
      text: 'Un homme atteint de SEP, venu de l’Ontario au Canada, a été traité dans une clinique au Costa Rica en juin 2010. Un stent dans sa veine s’est ensuite bouché. Il est mort en octobre 2010 après un traitement pour dissoudre un caillot ; on a soupçonné un saignement interne. La presse a parlé du premier décès d’un Canadien après ce traitement à l’étranger.',
      citation: 'Articles de presse, novembre 2010',
    },
    'trials-safety': {
      label: 'Sécurité dans les essais',
      text: 'Dans les trois essais contrôlés contre simulation, les effets graves de l’intervention au ballonnet ont été rares. PREMiSe n’a signalé aucune complication pendant la procédure ou juste après. Dans l’essai canadien, des événements indésirables graves sont survenus chez 10 % des personnes après veinoplastie et 2 % après simulation. L’équipe de l’essai a jugé qu’ils n’étaient pas causés par la procédure.',
    },
    'treating-centres-2013': {
      label: 'Dossiers des centres qui traitaient, 2013',
      text: 'Les centres proposant le traitement ont signalé peu de complications dans leurs propres dossiers (une veine déchirée sur 1 202 patients), sans groupe de comparaison.',
      citation: 'Série rétrospective, J Vasc Surg 2013',
    },
  },

  timeline: {
    'zamboni-essay': 'Dans un article d’idées, Zamboni relie des problèmes de veines et la SEP',
    'first-report-online': 'Premier rapport sur la CCSVI en ligne',
    'first-treatment-study': 'Première étude de traitement, sans groupe de comparaison',
    'canadian-tv': 'Reportages à la télévision canadienne en fin d’année ; la demande de traitement s’envole',
    'web-forum':
      'La National MS Society américaine et l’American Academy of Neurology organisent un forum en ligne',
    'costa-rica-clinic': 'Une clinique au Costa Rica commence à proposer la procédure',
    'canadian-death': 'Un Canadien meurt après un traitement au Costa Rica',
    'ms-onset-study': 'Aucune preuve de CCSVI au début de la SEP',
    'buffalo-online': 'Étude de Buffalo en ligne',
    'dutch-ruling': 'Décision néerlandaise : pas une pratique établie',
    'canada-funds-trial': 'Le Canada décide de financer un essai du traitement',
    'nice-draft': 'Projet du NICE : recherche seulement',
    'calgary-harms': 'Des médecins de Calgary signalent des complications après des traitements à l’étranger',
    'first-meta-analysis': 'Méta-analyse : un lien à l’échographie, des résultats très variables',
    'nice-guidance-2012': 'Recommandation du NICE : recherche seulement',
    'fda-warning': 'Mise en garde de sécurité de la FDA',
    'brave-dreams-starts': 'Début de l’essai Brave Dreams',
    'canadian-trial-approved': 'Essai canadien contrôlé contre simulation approuvé',
    'cochrane-2012': 'Revue Cochrane : pas encore d’essai randomisé',
    'naples-study': 'Étude de Naples : CCSVI fréquente dans la SEP et liée à l’âge',
    'cosmo-published': 'Publication de l’étude CoSMo',
    'bc-registry': 'Registre de Colombie-Britannique : les bénéfices ressentis au début n’ont pas duré',
    'venography-online': 'Étude canadienne par phlébographie en ligne',
    'second-meta-analysis': 'Deuxième méta-analyse : un lien modeste, aucune preuve de cause',
    'premise-online': 'Essai PREMiSe en ligne : aucun bénéfice, effet nocif possible',
    'fda-tvam': 'La FDA met en garde contre la procédure rebaptisée TVAM',
    'brave-dreams-result': 'Essai Brave Dreams : aucun bénéfice',
    'cochrane-search-date':
      'Date de recherche de la mise à jour Cochrane (pas sa date de publication), qui couvre les trois essais',
    'canadian-trial-result': 'Essai canadien : aucun bénéfice',
    'brave-dreams-rescan': 'L’équipe de Brave Dreams publie un examen plus large de ses images du cerveau',
    'meta-analysis-2023':
      'Une méta-analyse trouve encore un lien à l’échographie, avec des résultats très variables',
  },

  glossary: {
    'double-blind': {
      term: 'Double aveugle',
      forms: ['double aveugle'],
      explanation:
        'Ni les patients ni les personnes qui jugeaient les résultats ne savaient qui avait le vrai traitement.',
    },
    blinding: {
      term: 'En aveugle',
      forms: ['en aveugle', 'aveugle', 'aveugles'],
      explanation:
        'Les personnes qui lisaient les examens ou jugeaient les résultats ne savaient pas qui avait la SEP ni qui était traité.',
    },
    sham: {
      term: 'Simulation',
      forms: ['simulation'],
      explanation:
        'Une fausse intervention qui ressemble à la vraie. Dans l’essai, personne ne sait qui a eu laquelle.',
    },
    angioplasty: {
      term: 'Angioplastie, veinoplastie, ATP',
      forms: ['angioplastie', 'veinoplastie', 'atp'],
      explanation:
        'Élargir une veine rétrécie par l’intérieur, avec un petit ballonnet. C’est la « procédure de libération ».',
    },
    venography: {
      term: 'Phlébographie',
      forms: ['phlébographie', 'phlébographies', 'veinographie'],
      explanation: 'Une radiographie des veines, faite après y avoir injecté un produit par un tube fin.',
    },
    lesion: {
      term: 'Lésion',
      forms: ['lésion', 'lésions'],
      explanation: 'Une zone abîmée par la SEP, visible sur une image du cerveau (IRM).',
    },
    'case-control': {
      term: 'Étude cas-témoins',
      forms: ['cas-témoins'],
      explanation:
        'Une étude qui compare des personnes qui ont une maladie à des personnes qui ne l’ont pas.',
    },
    prevalence: {
      term: 'Prévalence',
      forms: ['prévalence'],
      explanation: 'À quel point une chose est fréquente dans un groupe de personnes.',
    },
    'meta-analysis': {
      term: 'Méta-analyse',
      forms: ['méta-analyse', 'méta-analyses'],
      explanation:
        'Une étude qui regroupe les résultats d’études antérieures pour obtenir une seule réponse d’ensemble.',
    },
    'odds-ratio': {
      term: 'Odds ratio (rapport de cotes)',
      forms: ['odds ratio'],
      explanation:
        'Un nombre qui dit à quel point deux choses vont ensemble. 1 veut dire aucun lien, et plus il est élevé, plus le lien est fort.',
    },
    'adverse-event': {
      term: 'Événement indésirable',
      forms: ['événement indésirable', 'événements indésirables'],
      explanation: 'Tout problème de santé pendant un essai, que le traitement en soit la cause ou non.',
    },
    tvam: {
      term: 'TVAM',
      forms: ['tvam', 'transvascular autonomic modulation'],
      explanation:
        'Sigle anglais de « transvascular autonomic modulation » (modulation autonome transvasculaire). C’est un nom plus récent pour la dilatation au ballonnet des veines du cou, vendue pour de nombreuses maladies.',
    },
    'disease-modifying': {
      term: 'Traitement de fond',
      forms: ['traitement de fond'],
      explanation: 'Un médicament à long terme contre la SEP, qui vise à ralentir la maladie.',
    },
  },

  pageAge: {
    published: (p: { date: string }) => `Cette page date de ${p.date}.`,
    updated: (p: { date: string }) => `Cette page a été mise à jour pour la dernière fois en ${p.date}.`,
    since: (p: { count: number; total: number; years: string }) => {
      const words = ['aucun', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
      const count = words[p.count] ?? String(p.count);
      const plural = p.count > 1;
      const more = p.count < p.total ? (plural ? 'autres ' : 'autre ') : '';
      const noun = plural ? 'essais contrôlés contre simulation' : 'essai contrôlé contre simulation';
      const verb = plural ? 'ont montré' : 'a montré';
      return `Depuis, ${count} ${more}${noun} (${p.years}) ${verb} que la procédure n’aide pas.`;
    },
  },

  card: {
    eyebrow: 'Le point sur les preuves',
    titleLoading: 'ce que disent les preuves',
    close: 'Fermer',
    closeHint: 'Fermer (Échap)',
    basedOn: 'Sources :',
    keyPoints: 'Points clés',
    fullView: 'Voir toutes les études et la chronologie',
    notAbout: 'Ce n’est pas la CCSVI ?',
    neverOnSite: 'Ne pas surligner sur ce site',
    neverOnSiteHint: (p: { site: string }) => `Ne plus surligner sur ${p.site}`,
    mentionHidden: 'Cette mention est masquée sur cette page.',
    siteOff: (p: { site: string }) => `Le surlignage est désactivé sur ${p.site}.`,
    undo: 'Annuler',
    lastReviewed: (p: { date: string }) => `Preuves revues pour la dernière fois le ${p.date}.`,
    escCloses: { before: '', after: ' ferme cette fiche.' },
    nextMention: { before: '', after: ' passe à la mention suivante.' },
  },

  views: {
    verdictHeading: 'Ce que disent les preuves',
    keyPointsHeading: 'Points clés',
    storyHeading: 'L’histoire plus en détail',
    basedOn: 'Sources',
    studiesHeading: 'Études et prises de position',
    wordsInList: 'Mots utilisés dans cette liste',
    wordsUsedHere: 'Mots utilisés ici',
    wordsExplained: (p: { count: number }) => `Mots expliqués (${p.count})`,
    filterLabel: 'Afficher',
    filterAll: (p: { count: number }) => `Tout (${p.count})`,
    kinds: {
      original: { label: 'Études précoces et non contrôlées', one: 'Étude précoce ou non contrôlée' },
      prevalence: { label: 'Études sur la fréquence de la CCSVI', one: 'Fréquence de la CCSVI' },
      trial: { label: 'Essais randomisés', one: 'Essai randomisé' },
      review: { label: 'Synthèses et recommandations', one: 'Synthèse ou recommandation' },
    },
    orderLabel: 'Ordre',
    newestFirst: 'Les plus récentes d’abord',
    oldestFirst: 'Les plus anciennes d’abord',
    showing: (p: { shown: number; total: number }) =>
      `${p.shown} sur ${p.total} affichées. Ouvrez-en une pour voir comment elle a été faite et ce qu’elle a trouvé.`,
    yearNotConfirmed: 'année non confirmée',
    trialRegistration: 'Enregistrement de l’essai',
    howItWasDone: 'Comment elle a été faite',
    groups: 'Groupes :',
    keyNumbers: 'Chiffres clés',
    whatItFound: 'Ce qu’elle a trouvé',
    howWeChecked: 'Comment nous avons vérifié :',
    checkedSecondhand:
      'Certains détails n’ont été vérifiés que dans une source secondaire (article de presse, blog ou liste de références).',
    readStudy: 'Lire l’étude',
    sourcePage: 'Page source',
    whatItSays: 'Ce qu’elle dit',
    readStatement: 'Lire la prise de position',
    blinding: {
      none: 'Pas en aveugle : tout le monde savait qui avait la SEP ou qui était traité.',
      reported: 'Présentée comme en aveugle, mais les détails sont flous ou contestés.',
      assessor:
        'En aveugle : les personnes qui lisaient les examens ou notaient les résultats ne savaient pas qui avait la SEP.',
      double:
        'Double aveugle : ni les patients ni les évaluateurs ne savaient qui avait eu la vraie procédure.',
      unclear: 'Mise en aveugle non décrite dans les sources que nous avons vérifiées.',
      notApplicable: 'La mise en aveugle ne s’applique pas à une synthèse d’autres études.',
    },
    blindingTag: {
      none: 'pas en aveugle',
      reported: 'mise en aveugle incertaine',
      assessor: 'en aveugle',
      double: 'double aveugle',
    },
    statementKind: {
      regulator: 'Autorité du médicament',
      healthTechnologyAssessment: 'Organisme de recommandations de santé',
      msSociety: 'Association SEP',
      professionalBody: 'Organisme professionnel',
    },
    withMs: 'Avec SEP',
    fairTests: 'Tests équitables du traitement',
    timelineHeading: 'Chronologie',
    source: 'Source',
    safetyHeading: 'Mises en garde de sécurité',
    readWarning: 'Lire la mise en garde',
    harmsHeading: 'Effets nocifs signalés',
    allSources: (p: { count: number }) =>
      `Toutes les sources (${p.count} ${p.count < 2 ? 'source' : 'sources'})`,
    studiesList: 'Études',
    statementsList: 'Prises de position et recommandations',
    statementLink: 'Prise de position',
    otherReports: 'Autres signalements',
    lastReviewed: {
      before: 'Preuves revues pour la dernière fois le ',
      after: (p: { version: string }) => ` (ensemble de preuves ${p.version}).`,
    },
  },
};

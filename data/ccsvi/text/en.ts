/**
 * Everything the extension says about CCSVI, in English: the source every translation follows.
 * Only words live here; ids, DOIs, PMIDs, dates, sizes, percentages for charts and links stay in the
 * data modules (studies.ts, statements.ts, harms.ts, timeline.ts, summary.ts, glossary.ts), which
 * look their text up by the same keys (data/ccsvi/assemble.ts).
 *
 * Translators: keep every key; translate the values. Numbers, study names (CoSMo, PREMiSe, Brave
 * Dreams), body names (NICE, FDA, Cochrane, CVZ) and abbreviations (MS, CCSVI, TVAM, MRI) keep their
 * digits and spelling (a test compares them with English). Functions receive values already
 * formatted for the language (dates, year ranges) and return a sentence. See text/README.md.
 */
import { enCard } from './en-card';

export const en = {
  /** the topic's name as a heading, e.g. in the full view's title */
  name: 'CCSVI and the “Liberation Procedure”',

  verdict:
    'The strongest studies found no evidence that CCSVI causes MS, and careful trials showed the Liberation Procedure does not help people with MS.',

  /** what the card calls the mention, by the kind of term that matched */
  subjects: {
    condition: 'CCSVI, a proposed vein condition',
    procedure: 'The “Liberation Procedure”, a vein treatment for CCSVI',
  },

  /** the one plain statement on safety (key points, story, Safety tab) */
  safety:
    'In trials at expert centres, serious harm from the balloon procedure was rare. Deaths, clots and stents that moved were reported after treatment outside these trials, often with stents.',

  whatThisMeans: {
    heading: 'What this means for you',
    points: {
      talkToProfessional:
        'NICE, the UK health guidance body, says your healthcare professional should talk to you about other treatment options.',
      currentCare:
        'NICE describes current MS care as specialist rehabilitation and medicines that aim to ease symptoms and slow MS down.',
      hadProcedure:
        'If you had the procedure, especially with a stent, tell your MS team. The FDA advised keeping to the MS treatment plan from your doctors.',
    },
    disclaimer:
      'This is general information, not medical advice. Many people chose this procedure in good faith, and nobody is to blame for hoping.',
  },

  keyPoints: {
    idea: 'CCSVI is the idea that narrowed neck and chest veins play a part in MS. Later blinded studies found the vein pattern as often in people without MS.',
    trials:
      'Three trials compared the procedure with a sham. None found a benefit for disability, relapses, brain scans or quality of life.',
    pooled:
      'Some pooled ultrasound studies still find CCSVI more often in people with MS. That does not show it causes MS, and opening the veins did not help in trials.',
    guidance:
      'The UK health guidance body NICE says the procedure should not be used. The US FDA warned about it in 2012, and in 2017 about TVAM.',
  },

  /** the card's key points: the same facts as the first key points, a line each */
  cardPoints: {
    blinded:
      'When scan readers did not know who had MS, they found the vein pattern as often in people without MS.',
    trials: 'Three trials compared the real procedure with a fake one. None found a benefit.',
  },

  explanation: {
    origin: {
      heading: 'Where the idea came from',
      text: 'In 2006 Paolo Zamboni, a vascular surgeon in Ferrara, Italy, suggested that vein problems might play a part in MS. In 2009 he reported ultrasound scans of 65 people with MS and 235 without. He found narrowed neck and chest veins in every person with MS and in none of the others. He called this CCSVI, short for chronic cerebrospinal venous insufficiency.',
    },
    spread: {
      heading: 'The treatment and how it spread',
      text: 'His team then widened these veins in 65 people with MS, using angioplasty. Everyone knew who was treated, and nobody was left untreated for comparison. The team reported improvements. The treatment became known as the “Liberation Procedure”, and many people with MS asked for it. Clinics abroad treated people who travelled there, for example in Costa Rica from June 2010. Some also placed stents, small mesh tubes left in the vein.',
    },
    stricter: {
      heading: 'What stricter studies found',
      text: 'Other teams then looked for CCSVI with blinding. Most found little or no difference between people with and without MS. An Italian study of 136 people found the pattern in 30.9% with MS and 33.8% without. The largest study, CoSMo, checked 1,767 people in Italy. It found CCSVI in 3.26% of people with MS and 2.13% of healthy people. A Canadian study used venography, which is more direct than ultrasound. It found CCSVI in 2% with MS and 3% of healthy people.',
    },
    consequence: {
      heading: 'A result of MS, not its cause?',
      text: 'Some researchers think the vein changes may follow MS rather than cause it. In the Italian blinded study, people with MS and CCSVI had had MS longer: 16.5 against 11.5 years on average. A team in Naples called CCSVI in MS a common finding linked to age. Researchers in Buffalo, USA, found it more often in advanced MS. Their lead author said it could be a symptom of MS.',
    },
    fairTests: {
      heading: 'Three fair tests of the treatment',
      text: 'The fairest test of a treatment is a randomized, double-blind trial with a sham. Chance decides who gets the real procedure, and nobody knows who had which. Three such trials were done. In PREMiSe (USA, 2014), treated people had more new brain lesions than those given the sham: 19 against 3. After allowing for other factors, new lesions were linked to the procedure. The authors wrote that it may make MS more active. In Brave Dreams (Italy, 2018), led by Zamboni himself, 115 people took part. The procedure gave no real benefit. In a Canadian trial of 104 people (2018), it was no better than the sham.',
    },
    supporters: {
      heading: 'What supporters point to in Brave Dreams',
      text: 'Brave Dreams saw a trend toward more people free of new lesions in months 6 to 12. A trend is a hint, not a proven effect. The trial team still said the procedure cannot be recommended. In 2020 the team published a wider look at the scans of 130 people. Some of its groups were chosen after the results were known. Such an analysis can suggest ideas for new trials, but it cannot prove a benefit.',
    },
    feltBetter: {
      heading: 'Why people felt better',
      text: 'Many people said they felt better after the procedure. A registry in British Columbia, Canada, interviewed 76 people treated abroad, twice. At the first interview, 50% said their general health was better. Six months later, only 16% said so. Feeling better can happen without the treatment itself working. That is why fair trials compare the procedure with a sham.',
    },
    harms: {
      heading: 'Warnings and harms',
      /** the safety statement (above) is inserted between these two parts */
      before:
        'In May 2012 the US FDA warned that the procedure was unproven. It listed serious harms, including death, stroke, blood clots and stents that moved. In 2017 it warned about TVAM, the same vein ballooning promoted for many illnesses. In Canada, doctors described 5 people harmed after treatment abroad. A man from Ontario died in 2010 after the procedure in Costa Rica.',
      after: 'NICE in the UK now says the procedure should not be used.',
    },
    niceCochrane: {
      heading: 'Why NICE and Cochrane seem to disagree',
      text: 'NICE says the procedure is not safe and does not work. Cochrane reviewers called it safe but not helpful. Cochrane looked only at the three trials, where serious harm was rare. Outside trials, deaths and clots were reported. Both agree that it does not help MS.',
    },
    link: {
      heading: 'Why some studies still find a link',
      text: 'Some reviews that pool ultrasound studies still find CCSVI more often in people with MS. An early review, from 2011, found that many studies did not report blinding well. The newest, from 2023, pooled 20 studies with 3,069 people. Its results differed a lot from study to study. The link grew stronger when studies by the Zamboni group and treatment supporters were left out. But a link on scans is not proof of cause. And the trials showed that opening the veins does not help MS.',
    },
  },

  evidencePicture: {
    title: 'How often CCSVI was found as studies got stricter',
    rows: {
      'zamboni-jnnp-2009': {
        label: 'First report, 2009',
        method: 'ultrasound',
        controlLabel: 'people without MS',
        note: 'As later journal articles describe it.',
      },
      'plos-one-blind': {
        label: 'Italian study, 2013, blinded',
        method: 'ultrasound',
        controlLabel: 'people without MS',
      },
      'cosmo-2013': { label: 'CoSMo, 2013, blinded', method: 'ultrasound', controlLabel: 'healthy people' },
      'traboulsee-2014': {
        label: 'Canadian study, 2014, blinded',
        method: 'catheter venography',
        controlLabel: 'unrelated healthy people',
      },
    },
    trials: {
      'premise-2014': 'PREMiSe (2014): no benefit; more new brain lesions after the procedure.',
      'brave-dreams-2018': 'Brave Dreams (2018): no benefit for daily function or new brain lesions.',
      'traboulsee-2018': 'Canadian trial (2018): no better than the sham procedure.',
    },
    note: 'Share of people found to have CCSVI. In the later studies, the people reading the scans did not know who had MS. They found the pattern about as often without MS.',
  },

  /**
   * Per study: its short name as the text uses it, the design in plain words, the group labels (in
   * the order of studies.ts), key numbers, the result in plain words, and notes. Titles, authors and
   * journals are not translated (they stay in studies.ts as published).
   */
  studies: {
    'zamboni-jnnp-2009': {
      shortName: 'Zamboni 2009, first report',
      kind: 'case-control study (ultrasound)',
      groups: ['MS', 'no MS'],
      keyNumbers: ['CCSVI in 100% of people with MS and 0% of the people without MS'],
      conclusion: 'Reported a very strong link between MS and narrowed neck and chest veins.',
      note: 'Online in December 2008, in print in 2009.',
      verification:
        'Checked on the journal’s page. The 100% and 0% are as the same journal and the Lancet later described this paper.',
    },
    'zamboni-jvs-2009': {
      shortName: 'Zamboni 2009, treatment study',
      kind: 'open-label treatment study, no comparison group',
      groups: ['MS, all treated'],
      keyNumbers: [
        'Followed for 18 months on average',
        'Treated veins stayed open: 96% of azygos, 53% of jugular veins',
      ],
      conclusion:
        'Reported that patients did better, but with no comparison group this could not show the procedure helped.',
      verification:
        'The citation was checked in a published review’s reference list. The figures come from a copy of the paper.',
    },
    'zivadinov-2011': {
      shortName: 'Buffalo study, 2011',
      kind: 'case-control study (ultrasound)',
      groups: ['MS', 'first MS-like episode', 'other neurological disease', 'healthy'],
      keyNumbers: [],
      conclusion:
        'CCSVI was more common in MS, most of all in advanced MS. The lead author said it could be a symptom of MS rather than its cause.',
      note: 'Its figures circulate in different versions, so we do not quote them.',
      verification:
        'We did not reach the paper’s abstract. The lead author’s words are from his interview with Canadian TV news.',
    },
    'cosmo-2013': {
      shortName: 'CoSMo study, 2013',
      kind: 'case-control study, 35 Italian centres (ultrasound)',
      groups: ['MS', 'other neurological disease', 'healthy'],
      keyNumbers: [
        '1,767 people at 35 centres',
        'CCSVI in 3.26% with MS, 3.10% with other neurological diseases, 2.13% of healthy people',
      ],
      conclusion: 'CCSVI was rare in people with and without MS, and not linked to MS.',
      verification: 'Checked in the abstract on PubMed.',
    },
    'traboulsee-2014': {
      shortName: 'Canadian vein X-ray study, 2014',
      kind: 'case-control study (catheter venography)',
      groups: ['MS', 'siblings without MS', 'unrelated healthy'],
      keyNumbers: [
        'CCSVI on venography in 2% with MS, 2% of siblings, 3% of unrelated healthy people',
        'A vein narrowed by more than half was common: 74% with MS, 66% of siblings',
      ],
      conclusion:
        'On the most direct test, CCSVI was rare in people with and without MS. Narrowed veins were common in both.',
      verification: 'Checked in the abstract (PubMed record and the Lancet summary).',
    },
    'mayer-jnnp': {
      shortName: 'Mayer study',
      kind: 'case-control study (ultrasound)',
      groups: ['MS', 'healthy'],
      keyNumbers: [
        'Backward flow in neck or brain veins: 0 people in either group',
        'Small jugular vein: 13 with MS, 16 healthy people',
      ],
      conclusion: 'No sign of CCSVI in MS; features counted as signs of it were common in healthy people.',
      note: 'Volume 82 suggests 2011, but the year was not seen; 436 is the first page.',
    },
    'baracchini-2011': {
      shortName: 'MS onset study (Baracchini)',
      kind: 'case-control study (ultrasound)',
      groups: ['first MS-like episode', 'healthy'],
      keyNumbers: [
        'Brain vein scans normal in all patients',
        'Venography in 7 patients with unusual scans: no vein problems',
      ],
      conclusion: 'No evidence of CCSVI at the start of MS, so no support for it causing MS.',
      note: 'Title as given by a blog summary.',
    },
    'marder-2011': {
      shortName: 'US veterans study (Marder)',
      kind: 'case-control study (ultrasound)',
      groups: ['MS', 'migraine or no disease'],
      keyNumbers: [],
      conclusion: 'Veterans with MS did not have more vein drainage problems than people without MS.',
    },
    'plos-one-blind': {
      shortName: 'Italian blinded ultrasound study, 2013',
      kind: 'case-control study (ultrasound)',
      groups: ['MS', 'no MS'],
      keyNumbers: [
        'CCSVI in 30.9% with MS and 33.8% without MS',
        'People with MS and CCSVI had had MS longer: 16.5 against 11.5 years on average',
      ],
      conclusion: 'CCSVI was as common without MS as with it, and not linked to how severe MS was.',
      verification: 'Checked in the abstract on the journal’s page and in the DOAJ record.',
    },
    'simka-funct-neurol': {
      shortName: 'Treating-clinic series (Simka)',
      kind: 'clinic records (venography), no comparison group',
      groups: ['MS'],
      keyNumbers: ['Vein abnormalities in 563 people (96.1%)'],
      conclusion:
        'With no comparison group this cannot show a link with MS; the authors called the medical meaning unproven.',
      note: 'From a group that offered the treatment. Year given as 2011/2012.',
    },
    'premise-2014': {
      shortName: 'PREMiSe trial, 2014',
      kind: 'randomized sham-controlled trial (USA)',
      groups: ['open safety phase', 'angioplasty', 'sham'],
      keyNumbers: [
        'New active brain lesions: 19 in the 9 treated people, 3 in the 10 given the sham',
        'After allowing for other factors, new lesions were linked to the procedure (p = 0.01)',
        'Relapses: 4 and 1, a difference that could be chance',
        'No complications during or just after the procedure',
      ],
      conclusion: 'No benefit in the short term. The authors wrote that it may make MS more active.',
      verification: 'Checked in the full abstract on PubMed Central and PubMed.',
    },
    'brave-dreams-2018': {
      shortName: 'Brave Dreams trial, 2018',
      kind: 'randomized sham-controlled trial, 6 Italian centres',
      groups: ['angioplasty', 'sham'],
      keyNumbers: [
        'No more people improved in daily function than after the sham',
        'No fewer new brain lesions on average at 12 months',
        'A trend toward more people free of new lesions in months 6 to 12',
      ],
      conclusion:
        'Led by the surgeon who proposed CCSVI: no real benefit; the procedure cannot be recommended.',
      verification:
        'Results checked in the key points and abstract on PubMed Central. The size of each group comes from a news summary.',
    },
    'traboulsee-2018': {
      shortName: 'Canadian trial, 2018',
      kind: 'randomized sham-controlled trial (Canada)',
      groups: ['venoplasty', 'sham'],
      keyNumbers: [
        '104 people: 49 had venoplasty and 55 the sham',
        'Serious adverse events: 10% after venoplasty, 2% after sham, judged not caused by it',
      ],
      conclusion: 'No better than the sham for quality of life, symptoms or the course of MS.',
      verification:
        'Citation checked in the Cochrane review. Group sizes read in the abstract as a library record gives it. The safety figure comes from a medical news summary.',
    },
    'laupacis-2011': {
      shortName: 'CMAJ pooled review, 2011',
      kind: 'meta-analysis of ultrasound studies',
      groups: ['studies'],
      keyNumbers: [
        'Odds ratio 13.5, with results that varied widely',
        'Most cautious analysis: odds ratio 3.7',
      ],
      conclusion:
        'A link on ultrasound, but poor reporting of blinding and mixed results allowed no firm conclusion.',
    },
    'zwischenberger-2013': {
      shortName: 'Zwischenberger pooled review, 2013',
      kind: 'meta-analysis of ultrasound studies',
      groups: ['studies'],
      keyNumbers: ['Odds ratio 1.885 after removing 4 outliers'],
      conclusion: 'A modest link on ultrasound, but no evidence that CCSVI causes MS.',
    },
    'cochrane-2012': {
      shortName: 'Cochrane review, 2012',
      kind: 'systematic review',
      groups: ['finished randomized trials'],
      keyNumbers: ['No finished randomized trial; 6 under way'],
      conclusion: 'No good evidence for or against yet; wait for well-designed trials.',
    },
    'cochrane-update': {
      shortName: 'Cochrane review update',
      kind: 'systematic review of sham-controlled trials',
      groups: ['trials', 'people'],
      keyNumbers: [
        'Searched up to 30 August 2018',
        'No benefit on disability, relapses or quality of life; no serious harm from the procedure',
      ],
      conclusion: 'Safe but does not work; cannot be recommended; no more trials needed.',
      verification:
        'Its question, methods, search date and the three trials were checked on the Cochrane Library. Its results are quoted from a second-hand summary.',
    },
    'bmjopen-2023': {
      shortName: 'BMJ Open pooled review, 2023',
      kind: 'meta-analysis of ultrasound studies',
      groups: ['studies', 'people'],
      keyNumbers: [
        'Odds ratio 3.36, with results that varied a lot',
        'The link was stronger when studies by the Zamboni group and by treatment supporters were left out',
      ],
      conclusion:
        'Still a link on ultrasound, with large differences between studies. A link does not show cause, and it does not change the trial results.',
      verification: 'Checked in the abstract on PubMed.',
    },
    'bc-registry-2013': {
      shortName: 'British Columbia registry, 2013',
      kind: 'telephone interviews of people treated abroad, no comparison group',
      groups: ['people interviewed twice'],
      keyNumbers: ['General health “better”: 50% at the first interview, 16% six months later'],
      conclusion: 'Benefits that people felt early on did not last.',
      verification:
        'Checked in the abstract on the congress abstract site. A full paper followed in 2017; we read only its first page.',
    },
    'lanzillo-2013': {
      shortName: 'Naples ultrasound study, 2013',
      kind: 'case-control study (ultrasound)',
      groups: ['MS', 'healthy'],
      keyNumbers: [],
      conclusion: 'The authors described CCSVI in MS as common and linked to age.',
      verification: 'Title, citation and methods checked on the journal’s page.',
    },
    'brave-dreams-2020': {
      shortName: 'Brave Dreams, later analysis, 2020',
      kind: 'second look at a sham-controlled trial, decided after the results',
      groups: ['angioplasty', 'sham'],
      keyNumbers: ['130 people, including 15 with a later, progressive form of MS'],
      conclusion:
        'A wider look at the brain scans by the trial team, with some groups chosen after the results were known. Such an analysis can suggest ideas but cannot prove a benefit.',
      verification:
        'Citation, design and group sizes checked on PubMed Central. We did not reach its results section.',
    },
  },

  /** Per study: its place in the story and what became of it, for pages that cite it. */
  citations: {
    'zamboni-jnnp-2009': {
      role: 'the first CCSVI report',
      outcome:
        'Later blinded studies did not find the same. The largest found CCSVI rare, and about as common without MS.',
    },
    'zamboni-jvs-2009': {
      role: 'the first treatment study, with no comparison group',
      outcome: 'Three later sham-controlled trials found that the treatment does not help.',
    },
    'zivadinov-2011': {
      role: 'the Buffalo ultrasound study',
      outcome: 'Its own authors said the results argue against CCSVI as a main cause of MS.',
    },
    'cosmo-2013': {
      role: 'the largest blinded study',
      outcome: 'It found CCSVI rare in everyone and not linked to MS.',
    },
    'traboulsee-2014': {
      role: 'a blinded study with venography, the most direct test',
      outcome: 'CCSVI was rare in people with and without MS.',
    },
    'mayer-jnnp': {
      role: 'a small blinded ultrasound study',
      outcome: 'It found no sign of CCSVI in MS. Larger blinded studies later found no link with MS either.',
    },
    'baracchini-2011': {
      role: 'a study of people at the start of MS',
      outcome:
        'It found no evidence of CCSVI at MS onset. Larger blinded studies later found no link with MS.',
    },
    'marder-2011': {
      role: 'a study of US veterans',
      outcome: 'Veterans with MS had no more vein drainage problems than people without MS.',
    },
    'plos-one-blind': {
      role: 'a blinded ultrasound study',
      outcome: 'CCSVI was about as common without MS as with it.',
    },
    'simka-funct-neurol': {
      role: 'records of a clinic that offered the treatment',
      outcome: 'With no comparison group it could not show a link with MS. Blinded studies later found none.',
    },
    'premise-2014': {
      role: 'the first sham-controlled trial',
      outcome:
        'No benefit, and more new brain lesions after treatment, possibly by chance. Two more trials also found no benefit.',
    },
    'brave-dreams-2018': {
      role: 'a sham-controlled trial led by Zamboni',
      outcome: 'No real benefit. Its authors said the procedure cannot be recommended.',
    },
    'traboulsee-2018': {
      role: 'the Canadian sham-controlled trial',
      outcome:
        'The procedure was no better than the sham. A Cochrane review of the three trials found it does not work.',
    },
    'laupacis-2011': {
      role: 'a review pooling ultrasound studies',
      outcome:
        'It found a link on ultrasound but no firm conclusion. Later trials showed the treatment does not help.',
    },
    'zwischenberger-2013': {
      role: 'a review pooling ultrasound studies',
      outcome: 'A modest link on ultrasound, with no evidence that CCSVI causes MS.',
    },
    'cochrane-2012': {
      role: 'the first Cochrane review',
      outcome:
        'It found no finished trials yet. Its update, after three sham-controlled trials, found the procedure does not work.',
    },
    'cochrane-update': {
      role: 'the review of the three sham-controlled trials',
      outcome: 'It found the procedure safe but not helpful, and said no more trials are needed.',
    },
    'bmjopen-2023': {
      role: 'a recent review pooling ultrasound studies',
      outcome:
        'Still a link on ultrasound, with large differences between studies. That does not show cause.',
    },
    'bc-registry-2013': {
      role: 'interviews of people treated abroad',
      outcome: 'Benefits that people felt early on did not last.',
    },
    'lanzillo-2013': {
      role: 'an ultrasound study in Naples',
      outcome:
        'Its authors found CCSVI common in MS and linked to age. The largest blinded study found no link with MS.',
    },
    'brave-dreams-2020': {
      role: 'a later look at the Brave Dreams trial',
      outcome:
        'Some groups were chosen after the results were known. Such an analysis cannot prove a benefit.',
    },
  },

  statements: {
    'fda-2012': {
      body: 'US Food and Drug Administration (FDA)',
      summary:
        'No reliable evidence from controlled trials that the procedure helps MS. The criteria for diagnosing CCSVI are not well established. It listed serious harms.',
    },
    'fda-2017-tvam': {
      body: 'US Food and Drug Administration (FDA)',
      summary:
        'Warned about TVAM: ballooning the jugular and other veins, promoted for nerve problems in many illnesses, including MS. There is no evidence it is safe or helpful. The balloons are approved only for arteries. This adds to the 2012 warning.',
    },
    'nice-draft-2011': {
      body: 'NICE (UK), draft guidance',
      summary: 'Use only in research; sham-controlled trials encouraged.',
    },
    'nice-ipg420': {
      body: 'NICE (UK), guidance IPG420',
      summary: 'Evidence not good enough; use only in research.',
    },
    'nice-ipg640': {
      body: 'NICE (UK), guidance IPG640',
      summary:
        'Replaced IPG420: the procedure should not be used, because the evidence shows it is not safe and does not work. Your healthcare professional should talk to you about other treatment options.',
    },
    'cvz-2011': {
      body: 'CVZ (now Zorginstituut Nederland), Netherlands',
      summary:
        'Ruled that vein ballooning for MS is not established medical practice and has no evidence that it works.',
    },
    'ms-society-uk': {
      body: 'MS Society (UK)',
      summary:
        'Treatment trials did not reduce symptoms or MRI damage, and might make relapses and MRI activity worse.',
    },
    'ms-society-canada': {
      body: 'MS Society of Canada',
      summary:
        'Research as a whole suggests no link between CCSVI and MS. It helped fund the Canadian trial.',
    },
    'nmss-2012': {
      body: 'National MS Society (US)',
      summary:
        'Passed on the FDA’s advice: talk with a neurologist who knows MS before any such procedure. Anyone who has one should keep to the MS treatment plan from their health care providers.',
    },
    'ms-ireland': {
      body: 'MS Ireland',
      summary: 'Passed on the FDA warnings of 2012 to its members.',
    },
  },

  harms: {
    'fda-2012-reports': {
      label: 'FDA reports, 2012',
      text: 'The FDA had learned of deaths, strokes, stents coming loose or moving, and damage to the treated vein. It also listed blood clots, nerve damage in the head and bleeding in the abdomen.',
    },
    'fda-2017-tvam-reports': {
      label: 'FDA reports on TVAM, 2017',
      text: 'A burst balloon that travelled to the lung, and at least one death. Also clots in brain veins, nerve damage in the head and bleeding in the abdomen.',
    },
    'burton-2011': {
      label: 'Calgary case series, 2011',
      text: 'Doctors in Calgary, Canada, described 5 people with MS harmed after treatment abroad. They had clots in stents (mesh tubes left in the vein) and in brain veins. One stent moved, and some had nerve or catheter injuries.',
    },
    'death-abroad-2010': {
      label: 'A death after treatment abroad, 2010',
      text: 'A man with MS from Ontario, Canada, was treated at a clinic in Costa Rica in June 2010. A stent in his vein later became blocked. He died in October 2010 after treatment to dissolve a clot; bleeding inside the body was suspected. News reports called it the first Canadian death after the treatment abroad.',
      citation: 'News reports, November 2010',
    },
    'trials-safety': {
      label: 'Safety in the trials',
      text: 'In the three sham-controlled trials, serious harm from the balloon procedure was rare. PREMiSe reported no complications during or just after the procedure. In the Canadian trial, serious adverse events happened to 10% after venoplasty and 2% after sham. The trial team judged them not caused by it.',
    },
    'treating-centres-2013': {
      label: 'Treating centres’ own records, 2013',
      text: 'Centres offering the treatment reported few complications in their own records (one torn vein among 1,202 patients), with no comparison group.',
      citation: 'Retrospective series, J Vasc Surg 2013',
    },
  },

  /** one line per dated event (dates are in timeline.ts, keyed the same) */
  timeline: {
    'zamboni-essay': 'Zamboni links vein problems and MS in an essay',
    'first-report-online': 'First CCSVI report online',
    'first-treatment-study': 'First treatment study, with no comparison group',
    'canadian-tv': 'Canadian TV coverage late in the year; demand for the treatment surges',
    'web-forum': 'US National MS Society and American Academy of Neurology host a web forum',
    'costa-rica-clinic': 'A clinic in Costa Rica starts offering the procedure',
    'canadian-death': 'A Canadian man dies after treatment in Costa Rica',
    'ms-onset-study': 'No evidence of CCSVI at MS onset',
    'buffalo-online': 'Buffalo study online',
    'dutch-ruling': 'Dutch ruling: not established practice',
    'canada-funds-trial': 'Canada decides to fund a treatment trial',
    'nice-draft': 'NICE draft: research only',
    'calgary-harms': 'Calgary doctors report harms after treatment abroad',
    'first-meta-analysis': 'Meta-analysis: a link on ultrasound, very mixed results',
    'nice-guidance-2012': 'NICE guidance: research only',
    'fda-warning': 'FDA safety warning',
    'brave-dreams-starts': 'Brave Dreams trial starts',
    'canadian-trial-approved': 'Canadian sham-controlled trial approved',
    'cochrane-2012': 'Cochrane review: no randomized trials yet',
    'naples-study': 'Naples study: CCSVI common in MS and linked to age',
    'cosmo-published': 'CoSMo study published',
    'bc-registry': 'British Columbia registry: early benefits people reported did not last',
    'venography-online': 'Canadian venography study online',
    'second-meta-analysis': 'Second meta-analysis: a modest link, no evidence of cause',
    'premise-online': 'PREMiSe trial online: no benefit, possible harm',
    'fda-tvam': 'FDA warns about the rebranded procedure, TVAM',
    'brave-dreams-result': 'Brave Dreams trial: no benefit',
    'cochrane-search-date':
      'Search date of the Cochrane update (not its publication date), which covers the three trials',
    'canadian-trial-result': 'Canadian trial: no benefit',
    'brave-dreams-rescan': 'Brave Dreams team publishes a wider look at its brain scans',
    'meta-analysis-2023': 'Meta-analysis still finds a link on ultrasound, very mixed results',
  },

  /**
   * Words explained at first use. `forms` are the spellings to look for in THIS language's text,
   * lower case, matched as whole words (list the inflected forms your text uses); `explanation`
   * uses none of the other glossary words.
   */
  glossary: {
    'double-blind': {
      term: 'Double-blind',
      forms: ['double-blind'],
      explanation: 'Neither the patients nor the people judging the results knew who had the real treatment.',
    },
    blinding: {
      term: 'Blinded',
      forms: ['blinded', 'blinding', 'blind'],
      explanation:
        'The people reading the scans or judging the results did not know who had MS or who was treated.',
    },
    sham: {
      term: 'Sham',
      forms: ['sham'],
      explanation: 'A fake procedure that looks like the real one. Nobody in the trial knows who had which.',
    },
    angioplasty: {
      term: 'Angioplasty, venoplasty, PTA',
      forms: ['angioplasty', 'venoplasty', 'pta'],
      explanation:
        'Widening a narrowed vein from inside with a small balloon. This is the Liberation Procedure.',
    },
    venography: {
      term: 'Venography',
      forms: ['venography', 'venogram', 'venograms'],
      explanation: 'An X-ray of the veins, taken after dye is put into them through a thin tube.',
    },
    lesion: {
      term: 'Lesion',
      forms: ['lesion', 'lesions'],
      explanation: 'An area of damage from MS that shows on a brain scan (MRI).',
    },
    'case-control': {
      term: 'Case-control study',
      forms: ['case-control'],
      explanation: 'A study that compares people who have an illness with people who do not.',
    },
    prevalence: {
      term: 'Prevalence',
      forms: ['prevalence'],
      explanation: 'How common something is in a group of people.',
    },
    'meta-analysis': {
      term: 'Meta-analysis',
      forms: ['meta-analysis', 'meta-analyses'],
      explanation: 'A study that pools the results of earlier studies to get one overall answer.',
    },
    'odds-ratio': {
      term: 'Odds ratio',
      forms: ['odds ratio'],
      explanation:
        'A number for how strongly two things go together. 1 means no link; higher means a stronger link.',
    },
    'adverse-event': {
      term: 'Adverse event',
      forms: ['adverse event', 'adverse events'],
      explanation: 'Any health problem during a trial, whether the treatment caused it or not.',
    },
    tvam: {
      term: 'TVAM',
      forms: ['tvam', 'transvascular autonomic modulation'],
      explanation:
        'Short for “transvascular autonomic modulation”. It is a later name for ballooning neck veins, sold for many illnesses.',
    },
    'disease-modifying': {
      term: 'Disease-modifying treatment',
      forms: ['disease-modifying'],
      explanation: 'A long-term medicine for MS that aims to slow the illness down.',
    },
  },

  /**
   * The line shown when a page predates the three sham-controlled trials:
   * "This page is from March 2011. Since then, three sham-controlled trials (2014–2018) found the
   * procedure does not help." `date` is already formatted ('March 2011'), `years` is '2014–2018' or
   * '2018'. `count` is how many of the `total` trials came after the page (1 to total).
   */
  pageAge: {
    published: (p: { date: string }) => `This page is from ${p.date}.`,
    updated: (p: { date: string }) => `This page was last updated in ${p.date}.`,
    since: (p: { count: number; total: number; years: string }) => {
      const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
      const count = words[p.count] ?? String(p.count);
      const more = p.count < p.total ? 'more ' : '';
      const noun = p.count === 1 ? 'sham-controlled trial' : 'sham-controlled trials';
      return `Since then, ${count} ${more}${noun} (${p.years}) found the procedure does not help.`;
    },
  },

  /** The hover card's own words (it speaks the page's language, so they live here, not in _locales). */
  card: enCard,

  /** Words of the evidence views (full view and popup), which show the topic in the same language. */
  views: {
    verdictHeading: 'What the evidence says',
    keyPointsHeading: 'Key points',
    storyHeading: 'The story in more detail',
    basedOn: 'Based on',
    studiesHeading: 'Studies and statements',
    wordsInList: 'Words used in this list',
    wordsUsedHere: 'Words used here',
    wordsExplained: (p: { count: number }) => `Words explained (${p.count})`,
    filterLabel: 'Show',
    filterAll: (p: { count: number }) => `All (${p.count})`,
    kinds: {
      original: { label: 'Early and uncontrolled studies', one: 'Early or uncontrolled study' },
      prevalence: { label: 'Studies of how common CCSVI is', one: 'How common CCSVI is' },
      trial: { label: 'Randomized trials', one: 'Randomized trial' },
      review: { label: 'Reviews and guidance', one: 'Review or guidance' },
    },
    orderLabel: 'Order',
    newestFirst: 'Newest first',
    oldestFirst: 'Oldest first',
    showing: (p: { shown: number; total: number }) =>
      `Showing ${p.shown} of ${p.total}. Open one to see how it was done and what it found.`,
    yearNotConfirmed: 'year not confirmed',
    /** "Trial registration NCT01450072" */
    trialRegistration: 'Trial registration',
    howItWasDone: 'How it was done',
    groups: 'Groups:',
    keyNumbers: 'Key numbers',
    whatItFound: 'What it found',
    howWeChecked: 'How we checked:',
    checkedSecondhand:
      'Some details were checked only in a secondary source (a news story, blog or reference list).',
    /** link text; the study's DOI or PubMed id follows in brackets */
    readStudy: 'Read the study',
    /** the label of a study link that is neither a DOI nor a PubMed id */
    sourcePage: 'Source page',
    whatItSays: 'What it says',
    readStatement: 'Read the statement',
    blinding: {
      none: 'Not blinded: everyone knew who had MS or who was treated.',
      reported: 'Reported as blinded, but the details are unclear or disputed.',
      assessor: 'Blinded: the people reading the scans or scoring results did not know who had MS.',
      double: 'Double-blind: neither patients nor assessors knew who had the real procedure.',
      unclear: 'Blinding not described in the sources we checked.',
      notApplicable: 'Blinding does not apply to a review of other studies.',
    },
    /** short tags in a study's summary line */
    blindingTag: {
      none: 'not blinded',
      reported: 'blinding unclear',
      assessor: 'blinded',
      double: 'double-blind',
    },
    statementKind: {
      regulator: 'Medicines regulator',
      healthTechnologyAssessment: 'Health guidance body',
      msSociety: 'MS society',
      professionalBody: 'Professional body',
    },
    /** the evidence picture's bar for people with MS */
    withMs: 'With MS',
    fairTests: 'Fair tests of the treatment',
    timelineHeading: 'Timeline',
    source: 'Source',
    safetyHeading: 'Safety warnings',
    readWarning: 'Read the warning',
    harmsHeading: 'Reported harms',
    allSources: (p: { count: number }) => `All sources (${p.count} ${p.count === 1 ? 'source' : 'sources'})`,
    studiesList: 'Studies',
    statementsList: 'Statements and guidance',
    statementLink: 'Statement',
    otherReports: 'Other reports',
    /** `date` already formatted; `version` like 1.1.0 */
    lastReviewed: {
      before: 'Evidence last reviewed ',
      after: (p: { version: string }) => ` (evidence set ${p.version}).`,
    },
  },
};

/** Every language's text has this shape: a missing entry fails the type-check. */
export type TopicText = typeof en;

/**
 * Tudo o que a extensão diz sobre a CCSVI, em português (um só texto para Portugal e para o Brasil;
 * tradução de en.ts, ver text/README.md). A esclerose múltipla é “EM”, como escrevem a SPEM e a ABEM;
 * o procedimento é o “tratamento de liberação”, como lhe chamam as páginas em português.
 */
import type { TopicText } from './en';

export const pt: TopicText = {
  name: 'A CCSVI e o “tratamento de liberação”',

  verdict:
    'Os estudos mais sólidos não encontraram provas de que a CCSVI cause a esclerose múltipla (EM). Ensaios rigorosos mostraram que o tratamento de liberação não ajuda as pessoas com EM.',

  subjects: {
    condition: 'A CCSVI, um problema das veias proposto como hipótese',
    procedure: 'O “tratamento de liberação”, uma intervenção nas veias contra a CCSVI',
  },

  safety:
    'Nos ensaios feitos em centros especializados, os danos graves da intervenção com balão foram raros. Fora desses ensaios, houve relatos de mortes, coágulos e stents que se deslocaram, muitas vezes em tratamentos com stents.',

  whatThisMeans: {
    heading: 'O que isto significa no seu caso',
    points: {
      talkToProfessional:
        'O NICE, o organismo do Reino Unido que dá orientações de saúde, diz que o seu profissional de saúde deve apresentar-lhe outras opções de tratamento.',
      currentCare:
        'Segundo o NICE, o tratamento atual da EM é a reabilitação especializada e medicamentos. Estes procuram aliviar os sintomas e tornar a EM mais lenta.',
      hadProcedure:
        'Se fez o tratamento, sobretudo com um stent, diga-o aos profissionais que acompanham a sua EM. A FDA aconselhou manter o plano de tratamento da EM indicado pelos seus médicos.',
    },
    disclaimer:
      'Isto é informação geral, não é aconselhamento médico. Muitas pessoas escolheram este tratamento de boa-fé, e ninguém tem culpa de ter tido esperança.',
  },

  keyPoints: {
    idea: 'A CCSVI é a ideia de que veias estreitadas do pescoço e do tórax têm um papel na EM. Estudos posteriores feitos às cegas encontraram este padrão das veias com a mesma frequência em pessoas sem EM.',
    trials:
      'Três ensaios compararam o tratamento com uma simulação. Nenhum encontrou benefício na incapacidade, nos surtos, nos exames do cérebro ou na qualidade de vida.',
    pooled:
      'Algumas análises que juntam estudos de ecografia ainda encontram a CCSVI mais vezes em pessoas com EM. Isso não mostra que ela cause a EM. E alargar as veias não ajudou nos ensaios.',
    guidance:
      'O organismo de orientações de saúde do Reino Unido, o NICE, diz que o tratamento não deve ser usado. A FDA dos EUA fez um alerta sobre ele em 2012, e em 2017 sobre a TVAM.',
  },

  cardPoints: {
    blinded:
      'Quando quem lia os exames não sabia quem tinha EM, encontrou este padrão das veias com a mesma frequência em pessoas sem EM.',
    trials: 'Três ensaios compararam o tratamento verdadeiro com um falso. Nenhum encontrou benefício.',
  },

  explanation: {
    origin: {
      heading: 'De onde veio a ideia',
      text: 'Em 2006, Paolo Zamboni, cirurgião vascular em Ferrara, Itália, sugeriu que problemas nas veias podiam ter um papel na EM. Em 2009, publicou ecografias de 65 pessoas com EM e de 235 pessoas sem EM. Encontrou veias do pescoço e do tórax estreitadas em todas as pessoas com EM e em nenhuma das outras. Deu a isto o nome de CCSVI. A sigla vem do inglês e designa uma insuficiência de longa duração das veias que drenam o cérebro e a medula.',
    },
    spread: {
      heading: 'O tratamento e como se espalhou',
      text: 'O seu grupo alargou depois estas veias em 65 pessoas com EM, por angioplastia. Todos sabiam quem era tratado, e ninguém ficou sem tratamento para comparação. O grupo relatou melhorias. O tratamento ficou conhecido como “tratamento de liberação”, e muitas pessoas com EM quiseram fazê-lo. Clínicas fora do país trataram pessoas que viajaram até lá, por exemplo na Costa Rica a partir de junho de 2010. Algumas também colocaram stents, pequenos tubos de malha deixados dentro da veia.',
    },
    stricter: {
      heading: 'O que revelaram estudos mais rigorosos',
      text: 'Outros grupos procuraram depois a CCSVI às cegas. A maioria encontrou pouca ou nenhuma diferença entre pessoas com e sem EM. Um estudo italiano com 136 pessoas encontrou o padrão em 30,9% das pessoas com EM e em 33,8% das pessoas sem EM. O maior estudo, o CoSMo, examinou 1.767 pessoas na Itália. Encontrou a CCSVI em 3,26% das pessoas com EM e em 2,13% das pessoas saudáveis. Um estudo do Canadá usou a venografia, um exame mais direto do que a ecografia. Encontrou a CCSVI em 2% das pessoas com EM e em 3% das pessoas saudáveis.',
    },
    consequence: {
      heading: 'Uma consequência da EM, e não a sua causa?',
      text: 'Alguns cientistas pensam que as alterações das veias podem vir depois da EM, em vez de a causar. No estudo italiano feito às cegas, as pessoas com EM e CCSVI tinham EM há mais tempo: 16,5 contra 11,5 anos, em média. Um grupo de Nápoles descreveu a CCSVI na EM como um achado comum, ligado à idade. Cientistas de Buffalo, nos EUA, encontraram-na mais vezes na EM avançada. O autor principal disse que ela podia ser um sintoma da EM.',
    },
    fairTests: {
      heading: 'Três testes justos do tratamento',
      text: 'O teste mais justo de um tratamento é um ensaio aleatorizado, duplo-cego e com uma simulação. O acaso decide quem recebe o tratamento verdadeiro, e ninguém sabe quem recebeu qual. Foram feitos três ensaios destes. No PREMiSe (EUA, 2014), as pessoas tratadas tiveram mais lesões novas no cérebro do que as do grupo da simulação: 19 contra 3. Tendo em conta outros fatores, as lesões novas estavam ligadas ao tratamento. Os autores escreveram que ele pode tornar a EM mais ativa. No Brave Dreams (Itália, 2018), dirigido pelo próprio Zamboni, participaram 115 pessoas. O tratamento não trouxe nenhum benefício real. Num ensaio do Canadá com 104 pessoas (2018), não foi melhor do que a simulação.',
    },
    supporters: {
      heading: 'O que os defensores apontam no Brave Dreams',
      text: 'O Brave Dreams viu uma tendência para mais pessoas sem lesões novas entre os meses 6 e 12. Uma tendência é um indício, não um efeito provado. Mesmo assim, os responsáveis do ensaio disseram que o tratamento não pode ser recomendado. Em 2020, publicaram uma análise mais ampla dos exames de 130 pessoas. Alguns dos seus grupos foram escolhidos depois de os resultados serem conhecidos. Uma análise assim pode sugerir ideias para novos ensaios, mas não pode provar um benefício.',
    },
    feltBetter: {
      heading: 'Por que razão as pessoas se sentiram melhor',
      text: 'Muitas pessoas disseram sentir-se melhor depois do tratamento. Um registro na Colúmbia Britânica, no Canadá, entrevistou duas vezes 76 pessoas tratadas fora do país. Na primeira entrevista, 50% disseram que a sua saúde geral estava melhor. Seis meses depois, só 16% o disseram. Uma pessoa pode sentir-se melhor sem que o próprio tratamento funcione. É por isso que os ensaios justos comparam o tratamento com uma simulação.',
    },
    harms: {
      heading: 'Alertas e danos',
      before:
        'Em maio de 2012, a FDA dos EUA alertou que o tratamento não estava provado. Indicou danos graves, entre eles mortes, AVC, coágulos no sangue e stents que se deslocaram. Em 2017, fez um alerta sobre a TVAM, a mesma dilatação das veias com balão, promovida para muitas doenças. No Canadá, médicos descreveram 5 pessoas prejudicadas após tratamento fora do país. Um homem da província de Ontário morreu em 2010, depois do tratamento na Costa Rica.',
      after: 'No Reino Unido, o NICE diz agora que o tratamento não deve ser usado.',
    },
    niceCochrane: {
      heading: 'Por que razão o NICE e a Cochrane parecem discordar',
      text: 'O NICE diz que o tratamento não é seguro e não funciona. Os autores da revisão Cochrane consideraram-no seguro, mas inútil. A Cochrane analisou só os três ensaios, onde os danos graves foram raros. Fora dos ensaios, houve relatos de mortes e coágulos. Ambos concordam que o tratamento não ajuda na EM.',
    },
    link: {
      heading: 'Por que razão alguns estudos ainda encontram uma ligação',
      text: 'Algumas revisões que juntam estudos de ecografia ainda encontram a CCSVI mais vezes em pessoas com EM. Uma revisão inicial, de 2011, viu que muitos estudos descreviam mal como os exames foram feitos às cegas. A mais recente, de 2023, juntou 20 estudos com 3.069 pessoas. Os seus resultados variavam muito de estudo para estudo. A ligação ficava mais forte quando se retiravam os estudos do grupo de Zamboni e dos defensores do tratamento. Mas uma ligação nos exames não prova uma causa. E os ensaios mostraram que alargar as veias não ajuda na EM.',
    },
  },

  evidencePicture: {
    title: 'Com que frequência a CCSVI foi encontrada, à medida que os estudos ficaram mais rigorosos',
    rows: {
      'zamboni-jnnp-2009': {
        label: 'Primeiro relato, 2009',
        method: 'ecografia',
        controlLabel: 'pessoas sem EM',
        note: 'Tal como o descrevem artigos de revistas científicas publicados mais tarde.',
      },
      'plos-one-blind': {
        label: 'Estudo italiano, 2013, às cegas',
        method: 'ecografia',
        controlLabel: 'pessoas sem EM',
      },
      'cosmo-2013': {
        label: 'CoSMo, 2013, às cegas',
        method: 'ecografia',
        controlLabel: 'pessoas saudáveis',
      },
      'traboulsee-2014': {
        label: 'Estudo do Canadá, 2014, às cegas',
        method: 'venografia por cateter',
        controlLabel: 'pessoas saudáveis sem parentesco',
      },
    },
    trials: {
      'premise-2014': 'PREMiSe (2014): nenhum benefício; mais lesões novas no cérebro após o tratamento.',
      'brave-dreams-2018':
        'Brave Dreams (2018): nenhum benefício no funcionamento diário nem nas lesões novas no cérebro.',
      'traboulsee-2018': 'Ensaio do Canadá (2018): não foi melhor do que a simulação.',
    },
    note: 'Proporção de pessoas em quem se encontrou a CCSVI. Nos estudos mais recentes, quem lia os exames não sabia quem tinha EM. Encontrou o padrão quase com a mesma frequência sem EM.',
  },

  studies: {
    'zamboni-jnnp-2009': {
      shortName: 'Zamboni 2009, primeiro relato',
      kind: 'estudo caso-controle (ecografia)',
      groups: ['EM', 'sem EM'],
      keyNumbers: ['CCSVI em 100% das pessoas com EM e em 0% das pessoas sem EM'],
      conclusion: 'Relatou uma ligação muito forte entre a EM e veias estreitadas do pescoço e do tórax.',
      note: 'Publicado online em dezembro de 2008 e impresso em 2009.',
      verification:
        'Verificado na página da revista. Os 100% e 0% são os números com que a mesma revista e a Lancet descreveram depois este artigo.',
    },
    'zamboni-jvs-2009': {
      shortName: 'Zamboni 2009, estudo de tratamento',
      kind: 'estudo de tratamento aberto, sem grupo de comparação',
      groups: ['EM, todos tratados'],
      keyNumbers: [
        'Acompanhamento de 18 meses, em média',
        'Veias tratadas que ficaram abertas: 96% das ázigos, 53% das jugulares',
      ],
      conclusion:
        'Relatou que os pacientes melhoraram. Mas, sem grupo de comparação, não podia mostrar que o tratamento ajudou.',
      verification:
        'A citação foi verificada na lista de referências de uma revisão publicada. Os números vêm de uma cópia do artigo.',
    },
    'zivadinov-2011': {
      shortName: 'Estudo de Buffalo, 2011',
      kind: 'estudo caso-controle (ecografia)',
      groups: ['EM', 'primeiro episódio semelhante à EM', 'outra doença neurológica', 'saudáveis'],
      keyNumbers: [],
      conclusion:
        'A CCSVI era mais comum na EM, sobretudo na EM avançada. O autor principal disse que podia ser um sintoma da EM, e não a sua causa.',
      note: 'Os seus números circulam em versões diferentes, por isso não os citamos.',
      verification:
        'Não tivemos acesso ao resumo do artigo. As palavras do autor principal vêm de uma entrevista que deu a uma televisão do Canadá.',
    },
    'cosmo-2013': {
      shortName: 'Estudo CoSMo, 2013',
      kind: 'estudo caso-controle, 35 centros italianos (ecografia)',
      groups: ['EM', 'outra doença neurológica', 'saudáveis'],
      keyNumbers: [
        '1.767 pessoas em 35 centros',
        'CCSVI em 3,26% das pessoas com EM, 3,10% das pessoas com outras doenças neurológicas e 2,13% das pessoas saudáveis',
      ],
      conclusion: 'A CCSVI era rara em pessoas com e sem EM, e não estava ligada à EM.',
      verification: 'Verificado no resumo da PubMed.',
    },
    'traboulsee-2014': {
      shortName: 'Estudo do Canadá com radiografia das veias, 2014',
      kind: 'estudo caso-controle (venografia por cateter)',
      groups: ['EM', 'irmãos sem EM', 'saudáveis sem parentesco'],
      keyNumbers: [
        'CCSVI na venografia em 2% das pessoas com EM, 2% dos irmãos e 3% das pessoas saudáveis sem parentesco',
        'Uma veia estreitada em mais de metade era comum: 74% das pessoas com EM, 66% dos irmãos',
      ],
      conclusion:
        'No exame mais direto, a CCSVI era rara em pessoas com e sem EM. As veias estreitadas eram comuns nos dois grupos.',
      verification: 'Verificado no resumo (registro da PubMed e resumo da Lancet).',
    },
    'mayer-jnnp': {
      shortName: 'Estudo de Mayer',
      kind: 'estudo caso-controle (ecografia)',
      groups: ['EM', 'saudáveis'],
      keyNumbers: [
        'Fluxo ao contrário nas veias do pescoço ou do cérebro: 0 pessoas em cada grupo',
        'Veia jugular pequena: 13 pessoas com EM, 16 pessoas saudáveis',
      ],
      conclusion:
        'Nenhum sinal de CCSVI na EM; as características contadas como sinais dela eram comuns em pessoas saudáveis.',
      note: 'O volume 82 sugere 2011, mas não vimos o ano; 436 é a primeira página.',
    },
    'baracchini-2011': {
      shortName: 'Estudo do início da EM (Baracchini)',
      kind: 'estudo caso-controle (ecografia)',
      groups: ['primeiro episódio semelhante à EM', 'saudáveis'],
      keyNumbers: [
        'Exames das veias do cérebro normais em todos os pacientes',
        'Venografia em 7 pacientes com exames fora do normal: nenhum problema nas veias',
      ],
      conclusion: 'Nenhuma prova de CCSVI no início da EM, e portanto nada que apoie que ela cause a EM.',
      note: 'Título tal como o dá o resumo de um blog.',
    },
    'marder-2011': {
      shortName: 'Estudo com veteranos dos EUA (Marder)',
      kind: 'estudo caso-controle (ecografia)',
      groups: ['EM', 'enxaqueca ou nenhuma doença'],
      keyNumbers: [],
      conclusion:
        'Os veteranos com EM não tinham mais problemas de drenagem das veias do que as pessoas sem EM.',
    },
    'plos-one-blind': {
      shortName: 'Estudo italiano de ecografia às cegas, 2013',
      kind: 'estudo caso-controle (ecografia)',
      groups: ['EM', 'sem EM'],
      keyNumbers: [
        'CCSVI em 30,9% das pessoas com EM e 33,8% das pessoas sem EM',
        'As pessoas com EM e CCSVI tinham EM há mais tempo: 16,5 contra 11,5 anos, em média',
      ],
      conclusion: 'A CCSVI era tão comum sem EM como com EM, e não estava ligada à gravidade da EM.',
      verification: 'Verificado no resumo na página da revista e no registro do DOAJ.',
    },
    'simka-funct-neurol': {
      shortName: 'Série de uma clínica que tratava (Simka)',
      kind: 'registros clínicos (venografia), sem grupo de comparação',
      groups: ['EM'],
      keyNumbers: ['Anomalias das veias em 563 pessoas (96,1%)'],
      conclusion:
        'Sem grupo de comparação, não pode mostrar uma ligação com a EM; os autores disseram que o significado médico não está provado.',
      note: 'De um grupo que oferecia o tratamento. Ano indicado como 2011/2012.',
    },
    'premise-2014': {
      shortName: 'Ensaio PREMiSe, 2014',
      kind: 'ensaio aleatorizado com simulação (EUA)',
      groups: ['fase aberta de segurança', 'angioplastia', 'simulação'],
      keyNumbers: [
        'Lesões ativas novas no cérebro: 19 nas 9 pessoas tratadas, 3 nas 10 que tiveram a simulação',
        'Tendo em conta outros fatores, as lesões novas estavam ligadas ao tratamento (p = 0,01)',
        'Surtos: 4 e 1, uma diferença que podia ser por acaso',
        'Nenhuma complicação durante o tratamento ou logo depois',
      ],
      conclusion:
        'Nenhum benefício a curto prazo. Os autores escreveram que o tratamento pode tornar a EM mais ativa.',
      verification: 'Verificado no resumo completo na PubMed Central e na PubMed.',
    },
    'brave-dreams-2018': {
      shortName: 'Ensaio Brave Dreams, 2018',
      kind: 'ensaio aleatorizado com simulação, 6 centros italianos',
      groups: ['angioplastia', 'simulação'],
      keyNumbers: [
        'Não houve mais pessoas com melhor funcionamento diário do que após a simulação',
        'Não houve menos lesões novas no cérebro, em média, aos 12 meses',
        'Uma tendência para mais pessoas sem lesões novas entre os meses 6 e 12',
      ],
      conclusion:
        'Dirigido pelo cirurgião que propôs a CCSVI: nenhum benefício real; o tratamento não pode ser recomendado.',
      verification:
        'Resultados verificados nos pontos principais e no resumo na PubMed Central. O tamanho de cada grupo vem de um resumo noticioso.',
    },
    'traboulsee-2018': {
      shortName: 'Ensaio do Canadá, 2018',
      kind: 'ensaio aleatorizado com simulação (Canadá)',
      groups: ['venoplastia', 'simulação'],
      keyNumbers: [
        '104 pessoas: 49 fizeram venoplastia e 55 a simulação',
        'Eventos adversos graves: 10% após a venoplastia, 2% após a simulação; considerados não causados por ela',
      ],
      conclusion:
        'Não foi melhor do que a simulação na qualidade de vida, nos sintomas ou na evolução da EM.',
      verification:
        'Citação verificada na revisão Cochrane. Tamanho dos grupos lido no resumo, tal como o dá o registro de uma biblioteca. O número sobre segurança vem de um resumo de notícias médicas.',
    },
    'laupacis-2011': {
      shortName: 'Revisão conjunta da CMAJ, 2011',
      kind: 'meta-análise de estudos de ecografia',
      groups: ['estudos'],
      keyNumbers: [
        'Odds ratio de 13,5, com resultados que variavam muito',
        'Análise mais prudente: odds ratio de 3,7',
      ],
      conclusion:
        'Uma ligação na ecografia. Mas o uso de exames às cegas estava mal descrito e os resultados eram mistos, por isso não houve conclusão firme.',
    },
    'zwischenberger-2013': {
      shortName: 'Revisão conjunta de Zwischenberger, 2013',
      kind: 'meta-análise de estudos de ecografia',
      groups: ['estudos'],
      keyNumbers: ['Odds ratio de 1,885 após retirar 4 valores atípicos'],
      conclusion: 'Uma ligação modesta na ecografia, mas nenhuma prova de que a CCSVI cause a EM.',
    },
    'cochrane-2012': {
      shortName: 'Revisão Cochrane, 2012',
      kind: 'revisão sistemática',
      groups: ['ensaios aleatorizados terminados'],
      keyNumbers: ['Nenhum ensaio aleatorizado terminado; 6 em curso'],
      conclusion: 'Ainda sem boas provas a favor ou contra; esperar por ensaios bem concebidos.',
    },
    'cochrane-update': {
      shortName: 'Atualização da revisão Cochrane',
      kind: 'revisão sistemática de ensaios com simulação',
      groups: ['ensaios', 'pessoas'],
      keyNumbers: [
        'Pesquisa até 30 de agosto de 2018',
        'Nenhum benefício na incapacidade, nos surtos ou na qualidade de vida; nenhum dano grave do tratamento',
      ],
      conclusion: 'Seguro, mas não funciona; não pode ser recomendado; não são precisos mais ensaios.',
      verification:
        'A pergunta, os métodos, a data da pesquisa e os três ensaios foram verificados na Cochrane Library. Os resultados são citados a partir de um resumo em segunda mão.',
    },
    'bmjopen-2023': {
      shortName: 'Revisão conjunta da BMJ Open, 2023',
      kind: 'meta-análise de estudos de ecografia',
      groups: ['estudos', 'pessoas'],
      keyNumbers: [
        'Odds ratio de 3,36, com resultados que variavam muito',
        'A ligação era mais forte quando se retiravam os estudos do grupo de Zamboni e dos defensores do tratamento',
      ],
      conclusion:
        'Ainda uma ligação na ecografia, com grandes diferenças entre estudos. Uma ligação não mostra uma causa, e não muda os resultados dos ensaios.',
      verification: 'Verificado no resumo da PubMed.',
    },
    'bc-registry-2013': {
      shortName: 'Registro da Colúmbia Britânica, 2013',
      kind: 'entrevistas por telefone a pessoas tratadas fora do país, sem grupo de comparação',
      groups: ['pessoas entrevistadas duas vezes'],
      keyNumbers: ['Saúde geral “melhor”: 50% na primeira entrevista, 16% seis meses depois'],
      conclusion: 'Os benefícios que as pessoas sentiram no início não duraram.',
      verification:
        'Verificado no resumo, no site de resumos do congresso. Em 2017 saiu um artigo completo; lemos só a primeira página.',
    },
    'lanzillo-2013': {
      shortName: 'Estudo de ecografia de Nápoles, 2013',
      kind: 'estudo caso-controle (ecografia)',
      groups: ['EM', 'saudáveis'],
      keyNumbers: [],
      conclusion: 'Os autores descreveram a CCSVI na EM como comum e ligada à idade.',
      verification: 'Título, citação e métodos verificados na página da revista.',
    },
    'brave-dreams-2020': {
      shortName: 'Brave Dreams, análise posterior, 2020',
      kind: 'nova análise de um ensaio com simulação, decidida depois dos resultados',
      groups: ['angioplastia', 'simulação'],
      keyNumbers: ['130 pessoas, incluindo 15 com uma forma progressiva que surge mais tarde na EM'],
      conclusion:
        'Uma análise mais ampla dos exames do cérebro, feita pelos responsáveis do ensaio. Alguns grupos foram escolhidos depois de os resultados serem conhecidos. Uma análise assim pode sugerir ideias, mas não pode provar um benefício.',
      verification:
        'Citação, desenho e tamanho dos grupos verificados na PubMed Central. Não tivemos acesso à parte dos resultados.',
    },
  },

  citations: {
    'zamboni-jnnp-2009': {
      role: 'o primeiro relato sobre a CCSVI',
      outcome:
        'Estudos posteriores feitos às cegas não encontraram o mesmo. O maior achou a CCSVI rara, e quase tão comum sem EM.',
    },
    'zamboni-jvs-2009': {
      role: 'o primeiro estudo de tratamento, sem grupo de comparação',
      outcome: 'Três ensaios posteriores com simulação concluíram que o tratamento não ajuda.',
    },
    'zivadinov-2011': {
      role: 'o estudo de ecografia de Buffalo',
      outcome:
        'Os próprios autores disseram que os resultados contrariam a CCSVI como causa principal da EM.',
    },
    'cosmo-2013': {
      role: 'o maior estudo feito às cegas',
      outcome: 'Achou a CCSVI rara em todos e não ligada à EM.',
    },
    'traboulsee-2014': {
      role: 'um estudo feito às cegas com venografia, o exame mais direto',
      outcome: 'A CCSVI era rara em pessoas com e sem EM.',
    },
    'mayer-jnnp': {
      role: 'um pequeno estudo de ecografia feito às cegas',
      outcome:
        'Não encontrou nenhum sinal de CCSVI na EM. Estudos maiores feitos às cegas também não encontraram depois ligação com a EM.',
    },
    'baracchini-2011': {
      role: 'um estudo de pessoas no início da EM',
      outcome:
        'Não encontrou provas de CCSVI no início da EM. Estudos maiores feitos às cegas não encontraram depois ligação com a EM.',
    },
    'marder-2011': {
      role: 'um estudo com veteranos dos EUA',
      outcome:
        'Os veteranos com EM não tinham mais problemas de drenagem das veias do que as pessoas sem EM.',
    },
    'plos-one-blind': {
      role: 'um estudo de ecografia feito às cegas',
      outcome: 'A CCSVI era quase tão comum sem EM como com EM.',
    },
    'simka-funct-neurol': {
      role: 'registros de uma clínica que oferecia o tratamento',
      outcome:
        'Sem grupo de comparação, não podia mostrar uma ligação com a EM. Estudos feitos às cegas não encontraram depois nenhuma.',
    },
    'premise-2014': {
      role: 'o primeiro ensaio com simulação',
      outcome:
        'Nenhum benefício, e mais lesões novas no cérebro após o tratamento, talvez por acaso. Mais dois ensaios também não encontraram benefício.',
    },
    'brave-dreams-2018': {
      role: 'um ensaio com simulação dirigido por Zamboni',
      outcome: 'Nenhum benefício real. Os autores disseram que o tratamento não pode ser recomendado.',
    },
    'traboulsee-2018': {
      role: 'o ensaio do Canadá com simulação',
      outcome:
        'O tratamento não foi melhor do que a simulação. Uma revisão Cochrane dos três ensaios concluiu que ele não funciona.',
    },
    'laupacis-2011': {
      role: 'uma revisão que junta estudos de ecografia',
      outcome:
        'Encontrou uma ligação na ecografia, mas nenhuma conclusão firme. Ensaios posteriores mostraram que o tratamento não ajuda.',
    },
    'zwischenberger-2013': {
      role: 'uma revisão que junta estudos de ecografia',
      outcome: 'Uma ligação modesta na ecografia, sem provas de que a CCSVI cause a EM.',
    },
    'cochrane-2012': {
      role: 'a primeira revisão Cochrane',
      outcome:
        'Ainda não encontrou ensaios terminados. A sua atualização, após três ensaios com simulação, concluiu que o tratamento não funciona.',
    },
    'cochrane-update': {
      role: 'a revisão dos três ensaios com simulação',
      outcome: 'Considerou o tratamento seguro, mas inútil, e disse que não são precisos mais ensaios.',
    },
    'bmjopen-2023': {
      role: 'uma revisão recente que junta estudos de ecografia',
      outcome:
        'Ainda uma ligação na ecografia, com grandes diferenças entre estudos. Isso não mostra uma causa.',
    },
    'bc-registry-2013': {
      role: 'entrevistas a pessoas tratadas fora do país',
      outcome: 'Os benefícios que as pessoas sentiram no início não duraram.',
    },
    'lanzillo-2013': {
      role: 'um estudo de ecografia em Nápoles',
      outcome:
        'Os autores acharam a CCSVI comum na EM e ligada à idade. O maior estudo feito às cegas não encontrou ligação com a EM.',
    },
    'brave-dreams-2020': {
      role: 'uma análise posterior do ensaio Brave Dreams',
      outcome:
        'Alguns grupos foram escolhidos depois de os resultados serem conhecidos. Uma análise assim não pode provar um benefício.',
    },
  },

  statements: {
    'fda-2012': {
      body: 'FDA, a agência dos alimentos e medicamentos dos EUA',
      summary:
        'Não há provas sólidas, vindas de ensaios controlados, de que o tratamento ajude na EM. Os critérios para diagnosticar a CCSVI não estão bem definidos. A FDA indicou danos graves.',
    },
    'fda-2017-tvam': {
      body: 'FDA, a agência dos alimentos e medicamentos dos EUA',
      summary:
        'Alertou sobre a TVAM: dilatar com balão as veias jugulares e outras, promovida para problemas dos nervos em muitas doenças, incluindo a EM. Não há provas de que seja segura ou útil. Os balões só estão aprovados para artérias. Isto soma-se ao alerta de 2012.',
    },
    'nice-draft-2011': {
      body: 'NICE (Reino Unido), versão provisória das orientações',
      summary: 'Usar só em estudos científicos; recomenda ensaios com simulação.',
    },
    'nice-ipg420': {
      body: 'NICE (Reino Unido), orientação IPG420',
      summary: 'As provas não são suficientes; usar só em estudos científicos.',
    },
    'nice-ipg640': {
      body: 'NICE (Reino Unido), orientação IPG640',
      summary:
        'Substituiu a IPG420: o tratamento não deve ser usado, porque as provas mostram que não é seguro e não funciona. O seu profissional de saúde deve apresentar-lhe outras opções de tratamento.',
    },
    'cvz-2011': {
      body: 'CVZ (hoje Zorginstituut Nederland), Países Baixos',
      summary:
        'Decidiu que dilatar as veias com balão na EM não é prática médica estabelecida e não tem provas de que funcione.',
    },
    'ms-society-uk': {
      body: 'MS Society (Reino Unido)',
      summary:
        'Os ensaios do tratamento não reduziram os sintomas nem os danos vistos na RM, e podem agravar os surtos e a atividade na RM.',
    },
    'ms-society-canada': {
      body: 'MS Society of Canada',
      summary:
        'No seu conjunto, os estudos sugerem que não há ligação entre a CCSVI e a EM. Ajudou a financiar o ensaio do Canadá.',
    },
    'nmss-2012': {
      body: 'National MS Society (EUA)',
      summary:
        'Transmitiu o conselho da FDA: falar com um neurologista que conheça a EM antes de qualquer intervenção destas. Quem fizer uma deve manter o plano de tratamento da EM indicado pelos seus profissionais de saúde.',
    },
    'ms-ireland': {
      body: 'MS Ireland',
      summary: 'Transmitiu aos seus membros os alertas da FDA de 2012.',
    },
  },

  harms: {
    'fda-2012-reports': {
      label: 'Relatos à FDA, 2012',
      text: 'A FDA soube de mortes, AVC, stents que se soltaram ou deslocaram, e danos na veia tratada. Indicou também coágulos no sangue, danos em nervos da cabeça e hemorragia abdominal.',
    },
    'fda-2017-tvam-reports': {
      label: 'Relatos à FDA sobre a TVAM, 2017',
      text: 'Um balão que se rompeu e se deslocou para o pulmão, e pelo menos uma morte. Também coágulos em veias do cérebro, danos em nervos da cabeça e hemorragia abdominal.',
    },
    'burton-2011': {
      label: 'Série de casos de Calgary, 2011',
      text: 'Médicos de Calgary, no Canadá, descreveram 5 pessoas com EM prejudicadas após tratamento fora do país. Tinham coágulos nos stents (tubos de malha deixados na veia) e em veias do cérebro. Um stent deslocou-se, e algumas pessoas tiveram danos em nervos ou causados pelo cateter.',
    },
    'death-abroad-2010': {
      label: 'Uma morte após tratamento fora do país, 2010',
      text: 'Um homem com EM, da província de Ontário, no Canadá, foi tratado numa clínica da Costa Rica em junho de 2010. Mais tarde, um stent na sua veia ficou bloqueado. Morreu em outubro de 2010, após um tratamento para dissolver um coágulo; suspeitou-se de uma hemorragia interna. As notícias disseram que foi a primeira morte de uma pessoa do Canadá após o tratamento fora do país.',
      citation: 'Notícias, novembro de 2010',
    },
    'trials-safety': {
      label: 'Segurança nos ensaios',
      text: 'Nos três ensaios com simulação, os danos graves da intervenção com balão foram raros. O PREMiSe não relatou complicações durante o tratamento ou logo depois. No ensaio do Canadá, houve eventos adversos graves em 10% após a venoplastia e em 2% após a simulação. Os responsáveis do ensaio consideraram que não foram causados por ela.',
    },
    'treating-centres-2013': {
      label: 'Registros dos próprios centros de tratamento, 2013',
      text: 'Os centros que ofereciam o tratamento relataram poucas complicações nos seus próprios registros (uma veia rasgada em 1.202 pacientes), sem grupo de comparação.',
      citation: 'Série de casos passados, J Vasc Surg 2013',
    },
  },

  timeline: {
    'zamboni-essay': 'Zamboni liga problemas das veias à EM num artigo de reflexão',
    'first-report-online': 'Primeiro relato sobre a CCSVI publicado online',
    'first-treatment-study': 'Primeiro estudo de tratamento, sem grupo de comparação',
    'canadian-tv': 'Reportagens na televisão do Canadá no fim do ano; a procura do tratamento dispara',
    'web-forum':
      'A National MS Society dos EUA e a Academia Americana de Neurologia organizam um fórum na web',
    'costa-rica-clinic': 'Uma clínica na Costa Rica começa a oferecer o tratamento',
    'canadian-death': 'Um homem do Canadá morre após tratamento na Costa Rica',
    'ms-onset-study': 'Nenhuma prova de CCSVI no início da EM',
    'buffalo-online': 'Estudo de Buffalo publicado online',
    'dutch-ruling': 'Decisão nos Países Baixos: não é prática estabelecida',
    'canada-funds-trial': 'O Canadá decide financiar um ensaio do tratamento',
    'nice-draft': 'Versão provisória do NICE: só em estudos científicos',
    'calgary-harms': 'Médicos de Calgary relatam danos após tratamento fora do país',
    'first-meta-analysis': 'Meta-análise: uma ligação na ecografia, resultados muito variados',
    'nice-guidance-2012': 'Orientação do NICE: só em estudos científicos',
    'fda-warning': 'Alerta de segurança da FDA',
    'brave-dreams-starts': 'Começa o ensaio Brave Dreams',
    'canadian-trial-approved': 'Aprovado o ensaio do Canadá com simulação',
    'cochrane-2012': 'Revisão Cochrane: ainda nenhum ensaio aleatorizado',
    'naples-study': 'Estudo de Nápoles: CCSVI comum na EM e ligada à idade',
    'cosmo-published': 'Publicado o estudo CoSMo',
    'bc-registry': 'Registro da Colúmbia Britânica: os benefícios sentidos no início não duraram',
    'venography-online': 'Estudo do Canadá com venografia publicado online',
    'second-meta-analysis': 'Segunda meta-análise: uma ligação modesta, nenhuma prova de causa',
    'premise-online': 'Ensaio PREMiSe publicado online: nenhum benefício, possível dano',
    'fda-tvam': 'A FDA alerta sobre o tratamento com um novo nome, TVAM',
    'brave-dreams-result': 'Ensaio Brave Dreams: nenhum benefício',
    'cochrane-search-date':
      'Data da pesquisa da atualização Cochrane (não a data de publicação), que abrange os três ensaios',
    'canadian-trial-result': 'Ensaio do Canadá: nenhum benefício',
    'brave-dreams-rescan':
      'Os responsáveis do Brave Dreams publicam uma análise mais ampla dos exames do cérebro',
    'meta-analysis-2023':
      'Uma meta-análise ainda encontra uma ligação na ecografia, resultados muito variados',
  },

  glossary: {
    'double-blind': {
      term: 'Duplo-cego',
      forms: ['duplo-cego'],
      explanation:
        'Nem os pacientes nem quem avaliava os resultados sabiam quem recebeu o tratamento verdadeiro.',
    },
    blinding: {
      term: 'Às cegas',
      forms: ['às cegas', 'cego', 'cegos'],
      explanation:
        'Quem lia os exames ou avaliava os resultados não sabia quem tinha EM ou quem foi tratado.',
    },
    sham: {
      term: 'Simulação',
      forms: ['simulação'],
      explanation: 'Uma intervenção falsa que parece a verdadeira. Ninguém no ensaio sabe quem recebeu qual.',
    },
    angioplasty: {
      term: 'Angioplastia, venoplastia',
      forms: ['angioplastia', 'venoplastia', 'angioplastias'],
      explanation:
        'Alargar por dentro uma veia estreitada, com um pequeno balão. É isto o tratamento de liberação.',
    },
    venography: {
      term: 'Venografia',
      forms: ['venografia', 'venografias', 'venograma'],
      explanation: 'Um raio X das veias, feito depois de pôr nelas um contraste por um tubo fino.',
    },
    lesion: {
      term: 'Lesão',
      forms: ['lesão', 'lesões'],
      explanation: 'Uma área de dano da EM que aparece num exame do cérebro (RM).',
    },
    'case-control': {
      term: 'Estudo caso-controle',
      forms: ['caso-controle'],
      explanation: 'Um estudo que compara pessoas que têm uma doença com pessoas que não a têm.',
    },
    prevalence: {
      term: 'Prevalência',
      forms: ['prevalência'],
      explanation: 'Quão frequente é algo num grupo de pessoas.',
    },
    'meta-analysis': {
      term: 'Meta-análise',
      forms: ['meta-análise', 'meta-análises'],
      explanation:
        'Um estudo que junta os resultados de estudos anteriores para chegar a uma resposta global.',
    },
    'odds-ratio': {
      term: 'Odds ratio',
      forms: ['odds ratio'],
      explanation:
        'Um número que mostra quão fortemente duas coisas andam juntas. 1 significa nenhuma ligação; mais alto significa uma ligação mais forte.',
    },
    'adverse-event': {
      term: 'Evento adverso',
      forms: ['evento adverso', 'eventos adversos'],
      explanation:
        'Qualquer problema de saúde durante um ensaio, quer o tratamento o tenha causado, quer não.',
    },
    tvam: {
      term: 'TVAM',
      forms: ['tvam', 'transvascular autonomic modulation'],
      explanation:
        'Sigla inglesa de “transvascular autonomic modulation”. É um nome mais recente para a dilatação com balão das veias do pescoço, vendida para muitas doenças.',
    },
    'disease-modifying': {
      term: 'Tratamento modificador da doença',
      forms: ['modificador da doença'],
      explanation: 'Um medicamento de longo prazo para a EM, que procura tornar a doença mais lenta.',
    },
  },

  pageAge: {
    published: (p: { date: string }) => `Esta página é de ${p.date}.`,
    updated: (p: { date: string }) => `Esta página foi atualizada pela última vez em ${p.date}.`,
    since: (p: { count: number; total: number; years: string }) => {
      const words = ['nenhum', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'];
      const count = words[p.count] ?? String(p.count);
      const more = p.count < p.total ? 'mais ' : '';
      const one = p.count === 1;
      const noun = one ? 'ensaio com simulação' : 'ensaios com simulação';
      const verb = one ? 'mostrou' : 'mostraram';
      return `Desde então, ${more}${count} ${noun} (${p.years}) ${verb} que o tratamento não ajuda.`;
    },
  },

  card: {
    eyebrow: 'Verificação das provas',
    titleLoading: 'o que dizem as provas',
    close: 'Fechar',
    closeHint: 'Fechar (Esc)',
    basedOn: 'Com base em:',
    keyPoints: 'Pontos principais',
    fullView: 'Ver todos os estudos e a cronologia',
    notAbout: 'Não é sobre a CCSVI?',
    neverOnSite: 'Não destacar neste site',
    neverOnSiteHint: (p: { site: string }) => `Deixar de destacar em ${p.site}`,
    mentionHidden: 'Esta menção está oculta nesta página.',
    siteOff: (p: { site: string }) => `O destaque está desligado em ${p.site}.`,
    undo: 'Desfazer',
    lastReviewed: (p: { date: string }) => `Provas verificadas pela última vez em ${p.date}.`,
    escCloses: { before: '', after: ' fecha este cartão.' },
    nextMention: { before: '', after: ' vai para a menção seguinte.' },
  },

  views: {
    verdictHeading: 'O que dizem as provas',
    keyPointsHeading: 'Pontos principais',
    storyHeading: 'A história em mais detalhe',
    basedOn: 'Com base em',
    studiesHeading: 'Estudos e declarações',
    wordsInList: 'Palavras usadas nesta lista',
    wordsUsedHere: 'Palavras usadas aqui',
    wordsExplained: (p: { count: number }) => `Palavras explicadas (${p.count})`,
    filterLabel: 'Mostrar',
    filterAll: (p: { count: number }) => `Todos (${p.count})`,
    kinds: {
      original: { label: 'Estudos iniciais e sem comparação', one: 'Estudo inicial ou sem comparação' },
      prevalence: { label: 'Estudos sobre a frequência da CCSVI', one: 'Frequência da CCSVI' },
      trial: { label: 'Ensaios aleatorizados', one: 'Ensaio aleatorizado' },
      review: { label: 'Revisões e orientações', one: 'Revisão ou orientação' },
    },
    orderLabel: 'Ordem',
    newestFirst: 'Mais recentes primeiro',
    oldestFirst: 'Mais antigos primeiro',
    showing: (p: { shown: number; total: number }) =>
      `São mostrados ${p.shown} de ${p.total}. Abra um para ver como foi feito e o que revelou.`,
    yearNotConfirmed: 'ano não confirmado',
    trialRegistration: 'Registro do ensaio',
    howItWasDone: 'Como foi feito',
    groups: 'Grupos:',
    keyNumbers: 'Números principais',
    whatItFound: 'O que revelou',
    howWeChecked: 'Como fizemos a verificação:',
    checkedSecondhand:
      'Alguns detalhes só foram verificados numa fonte secundária (uma notícia, um blog ou uma lista de referências).',
    readStudy: 'Ler o estudo',
    sourcePage: 'Página da fonte',
    whatItSays: 'O que diz',
    readStatement: 'Ler a declaração',
    blinding: {
      none: 'Não foi feito às cegas: todos sabiam quem tinha EM ou quem foi tratado.',
      reported: 'Descrito como feito às cegas, mas os detalhes não são claros ou são contestados.',
      assessor: 'Feito às cegas: quem lia os exames ou avaliava os resultados não sabia quem tinha EM.',
      double: 'Duplo-cego: nem os pacientes nem os avaliadores sabiam quem recebeu o tratamento verdadeiro.',
      unclear: 'Não há descrição de exames feitos às cegas nas fontes verificadas.',
      notApplicable: 'Fazer os exames às cegas não se aplica a uma revisão de outros estudos.',
    },
    blindingTag: {
      none: 'não feito às cegas',
      reported: 'às cegas, pouco claro',
      assessor: 'às cegas',
      double: 'duplo-cego',
    },
    statementKind: {
      regulator: 'Agência reguladora de medicamentos',
      healthTechnologyAssessment: 'Organismo de orientações de saúde',
      msSociety: 'Associação de EM',
      professionalBody: 'Organização profissional',
    },
    withMs: 'Com EM',
    fairTests: 'Testes justos do tratamento',
    timelineHeading: 'Cronologia',
    source: 'Fonte',
    safetyHeading: 'Alertas de segurança',
    readWarning: 'Ler o alerta',
    harmsHeading: 'Danos relatados',
    allSources: (p: { count: number }) =>
      `Todas as fontes (${p.count} ${p.count === 1 ? 'fonte' : 'fontes'})`,
    studiesList: 'Estudos',
    statementsList: 'Declarações e orientações',
    statementLink: 'Declaração',
    otherReports: 'Outros relatos',
    lastReviewed: {
      before: 'Provas verificadas pela última vez em ',
      after: (p: { version: string }) => ` (conjunto de provas ${p.version}).`,
    },
  },
};

/**
 * Todo lo que la extensión dice sobre la CCSVI, en español (traducción de en.ts; ver text/README.md).
 * EM = esclerosis múltiple. Los números, identificadores y nombres de estudios y organismos no cambian.
 */
import type { TopicText } from './en';

export const es: TopicText = {
  name: 'La CCSVI y el «procedimiento de liberación»',

  verdict:
    'Los mejores estudios no hallaron pruebas de que la CCSVI cause la esclerosis múltiple (EM). Ensayos rigurosos mostraron que el «procedimiento de liberación» no ayuda a las personas con EM.',

  subjects: {
    condition: 'CCSVI, una alteración de las venas propuesta como hipótesis',
    procedure: 'El «procedimiento de liberación», un tratamiento de las venas para la CCSVI',
  },

  safety:
    'En los ensayos hechos en centros expertos, los daños graves por el procedimiento con balón fueron raros. Tras tratamientos fuera de estos ensayos, a menudo con stents, se comunicaron muertes, coágulos y stents que se desplazaron.',

  whatThisMeans: {
    heading: 'Qué significa esto para usted',
    points: {
      talkToProfessional:
        'NICE, el organismo del Reino Unido que emite recomendaciones sanitarias, dice que su profesional sanitario debe hablarle de otras opciones de tratamiento.',
      currentCare:
        'NICE describe la atención actual de la EM como rehabilitación especializada y medicamentos que buscan aliviar los síntomas y frenar la EM.',
      hadProcedure:
        'Si se sometió al procedimiento, sobre todo con un stent, dígaselo a su equipo de EM. La FDA aconsejó seguir el plan de tratamiento de la EM de sus médicos.',
    },
    disclaimer:
      'Esto es información general, no consejo médico. Muchas personas eligieron este procedimiento de buena fe, y nadie tiene la culpa por tener esperanza.',
  },

  keyPoints: {
    idea: 'La CCSVI es la idea de que venas estrechas del cuello y del tórax influyen en la EM. Estudios a ciegas posteriores vieron ese patrón igual de a menudo en personas sin EM.',
    trials:
      'Tres ensayos compararon el procedimiento con uno simulado. Ninguno halló beneficio en la discapacidad, los brotes, las imágenes del cerebro ni la calidad de vida.',
    pooled:
      'Algunas revisiones que combinan estudios con ecografía aún hallan la CCSVI más a menudo en personas con EM. Eso no demuestra que cause la EM, y abrir las venas no ayudó en los ensayos.',
    guidance:
      'NICE, el organismo británico de recomendaciones sanitarias, dice que el procedimiento no debe usarse. La FDA estadounidense advirtió sobre él en 2012, y en 2017 sobre la TVAM.',
  },

  cardPoints: {
    blinded:
      'Cuando quienes leían las imágenes no sabían quién tenía EM, vieron el patrón de las venas igual de a menudo en personas sin EM.',
    trials: 'Tres ensayos compararon el procedimiento real con uno falso. Ninguno halló beneficio.',
  },

  explanation: {
    origin: {
      heading: 'De dónde surgió la idea',
      text: 'En 2006, Paolo Zamboni, cirujano vascular de Ferrara (Italia), propuso que problemas en las venas podrían influir en la EM. En 2009 publicó ecografías de 65 personas con EM y de 235 sin EM. Halló venas estrechas en el cuello y el tórax en todas las personas con EM y en ninguna de las demás. Lo llamó CCSVI, siglas en inglés de «insuficiencia venosa cerebroespinal crónica» (en español, IVCEC).',
    },
    spread: {
      heading: 'El tratamiento y cómo se extendió',
      text: 'Después, su equipo ensanchó estas venas en 65 personas con EM mediante angioplastia. Todos sabían quién recibía el tratamiento, y nadie quedó sin tratar para comparar. El equipo informó de mejorías. El tratamiento pasó a llamarse «procedimiento de liberación», y muchas personas con EM lo pidieron. Clínicas de otros países trataron a personas que viajaban allí, por ejemplo en Costa Rica desde junio de 2010. Algunas también colocaban stents, pequeños tubos de malla que se dejan en la vena.',
    },
    stricter: {
      heading: 'Qué hallaron los estudios más rigurosos',
      text: 'Otros equipos buscaron después la CCSVI con evaluación a ciegas. La mayoría halló poca o ninguna diferencia entre personas con y sin EM. Un estudio italiano de 136 personas halló el patrón en el 30,9 % con EM y el 33,8 % sin EM. El mayor estudio, CoSMo, examinó a 1767 personas en Italia. Halló CCSVI en el 3,26 % de las personas con EM y el 2,13 % de las sanas. Un estudio canadiense usó venografía, que es más directa que la ecografía. Halló CCSVI en el 2 % con EM y el 3 % de las personas sanas.',
    },
    consequence: {
      heading: '¿Una consecuencia de la EM y no su causa?',
      text: 'Algunos investigadores creen que los cambios en las venas podrían ser consecuencia de la EM y no su causa. En el estudio italiano a ciegas, quienes tenían EM y CCSVI llevaban más tiempo con EM: 16,5 frente a 11,5 años de media. Un equipo de Nápoles describió la CCSVI en la EM como un hallazgo frecuente ligado a la edad. Investigadores de Buffalo, en Estados Unidos, la hallaron más a menudo en la EM avanzada. Su autor principal dijo que podría ser un síntoma de la EM.',
    },
    fairTests: {
      heading: 'Tres ensayos justos del tratamiento',
      text: 'La forma más justa de probar un tratamiento es un ensayo aleatorizado, doble ciego, con un procedimiento simulado. El azar decide quién recibe el procedimiento real, y nadie sabe quién recibió cada uno. Se hicieron tres ensayos así. En PREMiSe (Estados Unidos, 2014), los tratados tuvieron más lesiones cerebrales nuevas que quienes recibieron el simulado: 19 frente a 3. Teniendo en cuenta otros factores, las lesiones nuevas se asociaron al procedimiento. Los autores escribieron que podría hacer la EM más activa. En Brave Dreams (Italia, 2018), dirigido por el propio Zamboni, participaron 115 personas. El procedimiento no dio ningún beneficio real. En un ensayo canadiense con 104 personas (2018), no fue mejor que el simulado.',
    },
    supporters: {
      heading: 'En qué se fijan los defensores en Brave Dreams',
      text: 'En Brave Dreams se vio una tendencia a que más personas no tuvieran lesiones nuevas entre los meses 6 y 12. Una tendencia es un indicio, no un efecto demostrado. Aun así, el equipo del ensayo dijo que el procedimiento no puede recomendarse. En 2020 el equipo publicó un análisis más amplio de las imágenes de 130 personas. Algunos de sus grupos se eligieron cuando ya se conocían los resultados. Un análisis así puede sugerir ideas para nuevos ensayos, pero no puede demostrar un beneficio.',
    },
    feltBetter: {
      heading: 'Por qué la gente se sintió mejor',
      text: 'Muchas personas dijeron sentirse mejor tras el procedimiento. Un registro de la Columbia Británica (Canadá) entrevistó dos veces a 76 personas tratadas en otros países. En la primera entrevista, el 50 % dijo que su salud general había mejorado. Seis meses después, solo el 16 % lo decía. Uno puede sentirse mejor aunque el tratamiento en sí no funcione. Por eso los ensayos justos comparan el procedimiento con uno simulado.',
    },
    harms: {
      heading: 'Advertencias y daños',
      before:
        'En mayo de 2012, la FDA de Estados Unidos advirtió que el procedimiento no estaba probado. Enumeró daños graves, como muerte, accidente cerebrovascular, coágulos de sangre y stents que se desplazaron. En 2017 advirtió sobre la TVAM, la misma dilatación de venas con balón, promocionada para muchas enfermedades. En Canadá, unos médicos describieron a 5 personas perjudicadas tras tratarse en otro país. Un hombre de Ontario murió en 2010 tras el procedimiento en Costa Rica.',
      after: 'NICE, en el Reino Unido, dice ahora que el procedimiento no debe usarse.',
    },
    niceCochrane: {
      heading: 'Por qué NICE y Cochrane parecen no estar de acuerdo',
      text: 'NICE dice que el procedimiento no es seguro y no funciona. Los revisores de Cochrane lo consideraron seguro pero no útil. Cochrane solo analizó los tres ensayos, en los que los daños graves fueron raros. Fuera de los ensayos se comunicaron muertes y coágulos. Ambos coinciden en que no ayuda en la EM.',
    },
    link: {
      heading: 'Por qué algunos estudios aún hallan una relación',
      text: 'Algunas revisiones que combinan estudios con ecografía aún hallan la CCSVI más a menudo en personas con EM. Una de las primeras, de 2011, vio que muchos estudios no explicaban bien su evaluación a ciegas. La más reciente, de 2023, combinó 20 estudios con 3069 personas. Sus resultados variaban mucho de un estudio a otro. La relación se hizo más fuerte al excluir los estudios del grupo de Zamboni y de defensores del tratamiento. Pero una relación en las imágenes no es prueba de causa. Y los ensayos mostraron que abrir las venas no ayuda en la EM.',
    },
  },

  evidencePicture: {
    title: 'Con qué frecuencia se halló la CCSVI a medida que los estudios fueron más rigurosos',
    rows: {
      'zamboni-jnnp-2009': {
        label: 'Primer informe, 2009',
        method: 'ecografía',
        controlLabel: 'personas sin EM',
        note: 'Tal como lo describen artículos posteriores de revistas científicas.',
      },
      'plos-one-blind': {
        label: 'Estudio italiano, 2013, a ciegas',
        method: 'ecografía',
        controlLabel: 'personas sin EM',
      },
      'cosmo-2013': { label: 'CoSMo, 2013, a ciegas', method: 'ecografía', controlLabel: 'personas sanas' },
      'traboulsee-2014': {
        label: 'Estudio canadiense, 2014, a ciegas',
        method: 'venografía con catéter',
        controlLabel: 'personas sanas sin parentesco',
      },
    },
    trials: {
      'premise-2014': 'PREMiSe (2014): sin beneficio; más lesiones cerebrales nuevas tras el procedimiento.',
      'brave-dreams-2018':
        'Brave Dreams (2018): sin beneficio en la actividad diaria ni en las lesiones cerebrales nuevas.',
      'traboulsee-2018': 'Ensayo canadiense (2018): no fue mejor que el procedimiento simulado.',
    },
    note: 'Proporción de personas en las que se halló CCSVI. En los estudios posteriores, quienes leían las imágenes no sabían quién tenía EM. Vieron el patrón casi igual de a menudo sin EM.',
  },

  studies: {
    'zamboni-jnnp-2009': {
      shortName: 'Zamboni 2009, primer informe',
      kind: 'estudio de casos y controles (ecografía)',
      groups: ['EM', 'sin EM'],
      keyNumbers: ['CCSVI en el 100 % de las personas con EM y en el 0 % de las personas sin EM'],
      conclusion: 'Informó de una relación muy fuerte entre la EM y venas estrechas del cuello y del tórax.',
      note: 'Publicado en internet en diciembre de 2008 y en papel en 2009.',
      verification:
        'Comprobado en la página de la revista. El 100 % y el 0 % son como la misma revista y The Lancet describieron después este artículo.',
    },
    'zamboni-jvs-2009': {
      shortName: 'Zamboni 2009, estudio de tratamiento',
      kind: 'estudio de tratamiento abierto, sin grupo de comparación',
      groups: ['EM, todos tratados'],
      keyNumbers: [
        'Seguimiento de 18 meses de media',
        'Venas tratadas que siguieron abiertas: el 96 % de las ácigos y el 53 % de las yugulares',
      ],
      conclusion:
        'Informó de que los pacientes mejoraron, pero sin grupo de comparación no podía mostrar que el procedimiento ayudara.',
      verification:
        'La cita se comprobó en la lista de referencias de una revisión publicada. Las cifras proceden de una copia del artículo.',
    },
    'zivadinov-2011': {
      shortName: 'Estudio de Buffalo, 2011',
      kind: 'estudio de casos y controles (ecografía)',
      groups: ['EM', 'primer episodio parecido a la EM', 'otra enfermedad neurológica', 'sanos'],
      keyNumbers: [],
      conclusion:
        'La CCSVI era más frecuente en la EM, sobre todo en la EM avanzada. El autor principal dijo que podría ser un síntoma de la EM y no su causa.',
      note: 'Sus cifras circulan en versiones distintas, así que no las citamos.',
      verification:
        'No pudimos consultar el resumen del artículo. Las palabras del autor principal proceden de su entrevista con un informativo de la televisión canadiense.',
    },
    'cosmo-2013': {
      shortName: 'Estudio CoSMo, 2013',
      kind: 'estudio de casos y controles, 35 centros italianos (ecografía)',
      groups: ['EM', 'otra enfermedad neurológica', 'sanos'],
      keyNumbers: [
        '1767 personas en 35 centros',
        'CCSVI en el 3,26 % con EM, el 3,10 % con otras enfermedades neurológicas y el 2,13 % de las personas sanas',
      ],
      conclusion: 'La CCSVI fue rara en personas con y sin EM, y no se relacionó con la EM.',
      verification: 'Comprobado en el resumen de PubMed.',
    },
    'traboulsee-2014': {
      shortName: 'Estudio canadiense con radiografía de las venas, 2014',
      kind: 'estudio de casos y controles (venografía con catéter)',
      groups: ['EM', 'hermanos sin EM', 'sanos sin parentesco'],
      keyNumbers: [
        'CCSVI en la venografía en el 2 % con EM, el 2 % de los hermanos y el 3 % de las personas sanas sin parentesco',
        'Era frecuente una vena estrechada en más de la mitad: el 74 % con EM y el 66 % de los hermanos',
      ],
      conclusion:
        'Con la prueba más directa, la CCSVI fue rara en personas con y sin EM. Las venas estrechas eran frecuentes en ambos grupos.',
      verification: 'Comprobado en el resumen (registro de PubMed y resumen de The Lancet).',
    },
    'mayer-jnnp': {
      shortName: 'Estudio de Mayer',
      kind: 'estudio de casos y controles (ecografía)',
      groups: ['EM', 'sanos'],
      keyNumbers: [
        'Flujo hacia atrás en venas del cuello o del cerebro: 0 personas en cada grupo',
        'Vena yugular pequeña: 13 con EM, 16 personas sanas',
      ],
      conclusion:
        'Ningún signo de CCSVI en la EM; los rasgos que se contaban como signos de ella eran frecuentes en personas sanas.',
      note: 'El volumen 82 sugiere 2011, pero no vimos el año; 436 es la primera página.',
    },
    'baracchini-2011': {
      shortName: 'Estudio al inicio de la EM (Baracchini)',
      kind: 'estudio de casos y controles (ecografía)',
      groups: ['primer episodio parecido a la EM', 'sanos'],
      keyNumbers: [
        'Ecografías de las venas del cerebro normales en todos los pacientes',
        'Venografía en 7 pacientes con ecografías inusuales: sin problemas en las venas',
      ],
      conclusion: 'Ninguna prueba de CCSVI al inicio de la EM, así que nada apoya que cause la EM.',
      note: 'Título según el resumen de un blog.',
    },
    'marder-2011': {
      shortName: 'Estudio en veteranos estadounidenses (Marder)',
      kind: 'estudio de casos y controles (ecografía)',
      groups: ['EM', 'migraña o sin enfermedad'],
      keyNumbers: [],
      conclusion:
        'Los veteranos con EM no tenían más problemas de drenaje de las venas que las personas sin EM.',
    },
    'plos-one-blind': {
      shortName: 'Estudio italiano con ecografía a ciegas, 2013',
      kind: 'estudio de casos y controles (ecografía)',
      groups: ['EM', 'sin EM'],
      keyNumbers: [
        'CCSVI en el 30,9 % con EM y el 33,8 % sin EM',
        'Quienes tenían EM y CCSVI llevaban más tiempo con EM: 16,5 frente a 11,5 años de media',
      ],
      conclusion:
        'La CCSVI era igual de frecuente sin EM que con EM, y no se relacionó con la gravedad de la EM.',
      verification: 'Comprobado en el resumen de la página de la revista y en el registro de DOAJ.',
    },
    'simka-funct-neurol': {
      shortName: 'Serie de una clínica que daba el tratamiento (Simka)',
      kind: 'historias clínicas (venografía), sin grupo de comparación',
      groups: ['EM'],
      keyNumbers: ['Alteraciones de las venas en 563 personas (96,1 %)'],
      conclusion:
        'Sin grupo de comparación no puede mostrar una relación con la EM; los autores dijeron que su significado médico no está probado.',
      note: 'De un grupo que ofrecía el tratamiento. Año indicado como 2011/2012.',
    },
    'premise-2014': {
      shortName: 'Ensayo PREMiSe, 2014',
      kind: 'ensayo aleatorizado con procedimiento simulado (Estados Unidos)',
      groups: ['fase abierta de seguridad', 'angioplastia', 'simulado'],
      keyNumbers: [
        'Lesiones cerebrales activas nuevas: 19 en las 9 personas tratadas y 3 en las 10 con el simulado',
        'Teniendo en cuenta otros factores, las lesiones nuevas se asociaron al procedimiento (p = 0,01)',
        'Brotes: 4 y 1, una diferencia que podría deberse al azar',
        'Sin complicaciones durante el procedimiento ni justo después',
      ],
      conclusion: 'Sin beneficio a corto plazo. Los autores escribieron que podría hacer la EM más activa.',
      verification: 'Comprobado en el resumen completo en PubMed Central y en PubMed.',
    },
    'brave-dreams-2018': {
      shortName: 'Ensayo Brave Dreams, 2018',
      kind: 'ensayo aleatorizado con procedimiento simulado, 6 centros italianos',
      groups: ['angioplastia', 'simulado'],
      keyNumbers: [
        'No mejoraron en la actividad diaria más personas que con el simulado',
        'De media, no hubo menos lesiones cerebrales nuevas a los 12 meses',
        'Una tendencia a más personas sin lesiones nuevas entre los meses 6 y 12',
      ],
      conclusion:
        'Dirigido por el cirujano que propuso la CCSVI: sin beneficio real; el procedimiento no puede recomendarse.',
      verification:
        'Resultados comprobados en los puntos clave y el resumen en PubMed Central. El tamaño de cada grupo procede de un resumen de prensa.',
    },
    'traboulsee-2018': {
      shortName: 'Ensayo canadiense, 2018',
      kind: 'ensayo aleatorizado con procedimiento simulado (Canadá)',
      groups: ['venoplastia', 'simulado'],
      keyNumbers: [
        '104 personas: 49 recibieron venoplastia y 55 el simulado',
        'Eventos adversos graves: 10 % tras la venoplastia y 2 % tras el simulado; se consideró que la venoplastia no los causó',
      ],
      conclusion: 'No fue mejor que el simulado en calidad de vida, síntomas ni evolución de la EM.',
      verification:
        'Cita comprobada en la revisión Cochrane. Tamaños de los grupos leídos en el resumen, tal como lo da el registro de una biblioteca. La cifra de seguridad procede de un resumen de noticias médicas.',
    },
    'laupacis-2011': {
      shortName: 'Revisión conjunta de CMAJ, 2011',
      kind: 'metaanálisis de estudios con ecografía',
      groups: ['estudios'],
      keyNumbers: [
        'Odds ratio de 13,5, con resultados muy variables',
        'Análisis más prudente: odds ratio de 3,7',
      ],
      conclusion:
        'Una relación en la ecografía, pero la evaluación a ciegas mal descrita y los resultados dispares no permitieron una conclusión firme.',
    },
    'zwischenberger-2013': {
      shortName: 'Revisión conjunta de Zwischenberger, 2013',
      kind: 'metaanálisis de estudios con ecografía',
      groups: ['estudios'],
      keyNumbers: ['Odds ratio de 1,885 tras excluir 4 valores atípicos'],
      conclusion: 'Una relación modesta en la ecografía, pero ninguna prueba de que la CCSVI cause la EM.',
    },
    'cochrane-2012': {
      shortName: 'Revisión Cochrane, 2012',
      kind: 'revisión sistemática',
      groups: ['ensayos aleatorizados terminados'],
      keyNumbers: ['Ningún ensayo aleatorizado terminado; 6 en curso'],
      conclusion:
        'Aún no había pruebas sólidas a favor ni en contra; había que esperar a ensayos bien diseñados.',
    },
    'cochrane-update': {
      shortName: 'Actualización de la revisión Cochrane',
      kind: 'revisión sistemática de ensayos con procedimiento simulado',
      groups: ['ensayos', 'personas'],
      keyNumbers: [
        'Búsqueda hasta el 30 de agosto de 2018',
        'Sin beneficio en la discapacidad, los brotes ni la calidad de vida; sin daños graves por el procedimiento',
      ],
      conclusion: 'Seguro pero no funciona; no puede recomendarse; no hacen falta más ensayos.',
      verification:
        'Su pregunta, sus métodos, su fecha de búsqueda y los tres ensayos se comprobaron en la Cochrane Library. Sus resultados se citan de un resumen de segunda mano.',
    },
    'bmjopen-2023': {
      shortName: 'Revisión conjunta de BMJ Open, 2023',
      kind: 'metaanálisis de estudios con ecografía',
      groups: ['estudios', 'personas'],
      keyNumbers: [
        'Odds ratio de 3,36, con resultados muy variables',
        'La relación fue más fuerte al excluir los estudios del grupo de Zamboni y de defensores del tratamiento',
      ],
      conclusion:
        'Aún hay una relación en la ecografía, con grandes diferencias entre estudios. Una relación no demuestra la causa, y no cambia los resultados de los ensayos.',
      verification: 'Comprobado en el resumen de PubMed.',
    },
    'bc-registry-2013': {
      shortName: 'Registro de la Columbia Británica, 2013',
      kind: 'entrevistas telefónicas a personas tratadas en otros países, sin grupo de comparación',
      groups: ['personas entrevistadas dos veces'],
      keyNumbers: ['Salud general «mejor»: 50 % en la primera entrevista, 16 % seis meses después'],
      conclusion: 'Los beneficios que la gente notó al principio no duraron.',
      verification:
        'Comprobado en el resumen publicado en el sitio web del congreso. En 2017 salió un artículo completo; solo leímos su primera página.',
    },
    'lanzillo-2013': {
      shortName: 'Estudio de Nápoles con ecografía, 2013',
      kind: 'estudio de casos y controles (ecografía)',
      groups: ['EM', 'sanos'],
      keyNumbers: [],
      conclusion: 'Los autores describieron la CCSVI en la EM como frecuente y ligada a la edad.',
      verification: 'Título, cita y métodos comprobados en la página de la revista.',
    },
    'brave-dreams-2020': {
      shortName: 'Brave Dreams, análisis posterior, 2020',
      kind: 'segundo análisis de un ensayo con procedimiento simulado, decidido tras conocer los resultados',
      groups: ['angioplastia', 'simulado'],
      keyNumbers: ['130 personas, entre ellas 15 con una forma progresiva y más tardía de EM'],
      conclusion:
        'Un análisis más amplio de las imágenes del cerebro, hecho por el equipo del ensayo. Algunos grupos se eligieron tras conocer los resultados. Un análisis así puede sugerir ideas, pero no demostrar un beneficio.',
      verification:
        'Cita, diseño y tamaños de los grupos comprobados en PubMed Central. No pudimos consultar su sección de resultados.',
    },
  },

  citations: {
    'zamboni-jnnp-2009': {
      role: 'el primer informe sobre la CCSVI',
      outcome:
        'Estudios a ciegas posteriores no hallaron lo mismo. El mayor vio que la CCSVI era rara, y casi igual de frecuente sin EM.',
    },
    'zamboni-jvs-2009': {
      role: 'el primer estudio de tratamiento, sin grupo de comparación',
      outcome: 'Después, tres ensayos con procedimiento simulado hallaron que el tratamiento no ayuda.',
    },
    'zivadinov-2011': {
      role: 'el estudio de Buffalo con ecografía',
      outcome:
        'Sus propios autores dijeron que los resultados van en contra de la CCSVI como causa principal de la EM.',
    },
    'cosmo-2013': {
      role: 'el mayor estudio a ciegas',
      outcome: 'Halló que la CCSVI era rara en todos y que no estaba relacionada con la EM.',
    },
    'traboulsee-2014': {
      role: 'un estudio a ciegas con venografía, la prueba más directa',
      outcome: 'La CCSVI fue rara en personas con y sin EM.',
    },
    'mayer-jnnp': {
      role: 'un pequeño estudio a ciegas con ecografía',
      outcome:
        'No halló signos de CCSVI en la EM. Después, estudios a ciegas más grandes tampoco hallaron relación con la EM.',
    },
    'baracchini-2011': {
      role: 'un estudio en personas al inicio de la EM',
      outcome:
        'No halló pruebas de CCSVI al inicio de la EM. Después, estudios a ciegas más grandes no hallaron relación con la EM.',
    },
    'marder-2011': {
      role: 'un estudio en veteranos estadounidenses',
      outcome:
        'Los veteranos con EM no tenían más problemas de drenaje de las venas que las personas sin EM.',
    },
    'plos-one-blind': {
      role: 'un estudio a ciegas con ecografía',
      outcome: 'La CCSVI era casi igual de frecuente sin EM que con EM.',
    },
    'simka-funct-neurol': {
      role: 'registros de una clínica que ofrecía el tratamiento',
      outcome:
        'Sin grupo de comparación, no podía mostrar una relación con la EM. Después, estudios a ciegas no la hallaron.',
    },
    'premise-2014': {
      role: 'el primer ensayo con procedimiento simulado',
      outcome:
        'Sin beneficio, y más lesiones cerebrales nuevas tras el tratamiento, quizá por azar. Otros dos ensayos tampoco hallaron beneficio.',
    },
    'brave-dreams-2018': {
      role: 'un ensayo con procedimiento simulado dirigido por Zamboni',
      outcome: 'Sin beneficio real. Sus autores dijeron que el procedimiento no puede recomendarse.',
    },
    'traboulsee-2018': {
      role: 'el ensayo canadiense con procedimiento simulado',
      outcome:
        'El procedimiento no fue mejor que el simulado. Una revisión Cochrane de los tres ensayos concluyó que no funciona.',
    },
    'laupacis-2011': {
      role: 'una revisión que combina estudios con ecografía',
      outcome:
        'Halló una relación en la ecografía, pero ninguna conclusión firme. Ensayos posteriores mostraron que el tratamiento no ayuda.',
    },
    'zwischenberger-2013': {
      role: 'una revisión que combina estudios con ecografía',
      outcome: 'Una relación modesta en la ecografía, sin pruebas de que la CCSVI cause la EM.',
    },
    'cochrane-2012': {
      role: 'la primera revisión Cochrane',
      outcome:
        'Aún no halló ensayos terminados. Su actualización, tras tres ensayos con procedimiento simulado, concluyó que el procedimiento no funciona.',
    },
    'cochrane-update': {
      role: 'la revisión de los tres ensayos con procedimiento simulado',
      outcome: 'Consideró el procedimiento seguro pero no útil, y dijo que no hacen falta más ensayos.',
    },
    'bmjopen-2023': {
      role: 'una revisión reciente que combina estudios con ecografía',
      outcome:
        'Aún hay una relación en la ecografía, con grandes diferencias entre estudios. Eso no demuestra la causa.',
    },
    'bc-registry-2013': {
      role: 'entrevistas a personas tratadas en otros países',
      outcome: 'Los beneficios que la gente notó al principio no duraron.',
    },
    'lanzillo-2013': {
      role: 'un estudio con ecografía en Nápoles',
      outcome:
        'Sus autores vieron la CCSVI frecuente en la EM y ligada a la edad. El mayor estudio a ciegas no halló relación con la EM.',
    },
    'brave-dreams-2020': {
      role: 'un análisis posterior del ensayo Brave Dreams',
      outcome:
        'Algunos grupos se eligieron tras conocer los resultados. Un análisis así no puede demostrar un beneficio.',
    },
  },

  statements: {
    'fda-2012': {
      body: 'Administración de Alimentos y Medicamentos de Estados Unidos (FDA)',
      summary:
        'No hay pruebas fiables de ensayos controlados de que el procedimiento ayude en la EM. Los criterios para diagnosticar la CCSVI no están bien establecidos. Enumeró daños graves.',
    },
    'fda-2017-tvam': {
      body: 'Administración de Alimentos y Medicamentos de Estados Unidos (FDA)',
      summary:
        'Advirtió sobre la TVAM: dilatar con balón la yugular y otras venas, promocionada para problemas nerviosos en muchas enfermedades, entre ellas la EM. No hay pruebas de que sea segura ni útil. Los balones solo están aprobados para arterias. Esto se suma a la advertencia de 2012.',
    },
    'nice-draft-2011': {
      body: 'NICE (Reino Unido), borrador de recomendaciones',
      summary: 'Usar solo en investigación; se recomiendan ensayos con procedimiento simulado.',
    },
    'nice-ipg420': {
      body: 'NICE (Reino Unido), guía IPG420',
      summary: 'Pruebas insuficientes; usar solo en investigación.',
    },
    'nice-ipg640': {
      body: 'NICE (Reino Unido), guía IPG640',
      summary:
        'Sustituyó a la IPG420: el procedimiento no debe usarse, porque las pruebas muestran que no es seguro y no funciona. Su profesional sanitario debe hablarle de otras opciones de tratamiento.',
    },
    'cvz-2011': {
      body: 'CVZ (hoy Zorginstituut Nederland), Países Bajos',
      summary:
        'Dictaminó que dilatar venas con balón para la EM no es una práctica médica establecida y que no hay pruebas de que funcione.',
    },
    'ms-society-uk': {
      body: 'MS Society (Reino Unido)',
      summary:
        'En los ensayos, el tratamiento no redujo los síntomas ni el daño visto en la resonancia magnética. Además, podría empeorar los brotes y la actividad en la resonancia.',
    },
    'ms-society-canada': {
      body: 'MS Society of Canada (Sociedad de EM de Canadá)',
      summary:
        'En conjunto, la investigación sugiere que no hay relación entre la CCSVI y la EM. Ayudó a financiar el ensayo canadiense.',
    },
    'nmss-2012': {
      body: 'National MS Society (Estados Unidos)',
      summary:
        'Transmitió el consejo de la FDA: hablar con un neurólogo que conozca la EM antes de cualquier procedimiento así. Quien se someta a uno debe seguir el plan de tratamiento de la EM de sus profesionales sanitarios.',
    },
    'ms-ireland': {
      body: 'MS Ireland',
      summary: 'Transmitió a sus socios las advertencias de la FDA de 2012.',
    },
  },

  harms: {
    'fda-2012-reports': {
      label: 'Informes de la FDA, 2012',
      text: 'La FDA tenía noticia de muertes, accidentes cerebrovasculares, stents que se soltaron o se desplazaron y daños en la vena tratada. También enumeró coágulos de sangre, daños en nervios de la cabeza y hemorragias en el abdomen.',
    },
    'fda-2017-tvam-reports': {
      label: 'Informes de la FDA sobre la TVAM, 2017',
      text: 'Un balón roto que viajó hasta el pulmón, y al menos una muerte. También coágulos en venas del cerebro, daños en nervios de la cabeza y hemorragias en el abdomen.',
    },
    'burton-2011': {
      label: 'Serie de casos de Calgary, 2011',
      text: 'Médicos de Calgary (Canadá) describieron a 5 personas con EM perjudicadas tras tratarse en otro país. Tenían coágulos en los stents (tubos de malla que se dejan en la vena) y en venas del cerebro. Un stent se desplazó, y algunas sufrieron daños en nervios o por el catéter.',
    },
    'death-abroad-2010': {
      label: 'Una muerte tras un tratamiento en otro país, 2010',
      text: 'Un hombre con EM de Ontario (Canadá) fue tratado en una clínica de Costa Rica en junio de 2010. Más tarde, un stent de su vena se obstruyó. Murió en octubre de 2010 tras un tratamiento para disolver un coágulo; se sospechó una hemorragia interna. Las noticias dijeron que era la primera muerte de un canadiense tras el tratamiento en otro país.',
      citation: 'Noticias, noviembre de 2010',
    },
    'trials-safety': {
      label: 'Seguridad en los ensayos',
      text: 'En los tres ensayos con procedimiento simulado, los daños graves por el procedimiento con balón fueron raros. PREMiSe no comunicó complicaciones durante el procedimiento ni justo después. En el ensayo canadiense hubo eventos adversos graves en el 10 % tras la venoplastia y en el 2 % tras el simulado. El equipo del ensayo consideró que no los causó el procedimiento.',
    },
    'treating-centres-2013': {
      label: 'Registros propios de los centros que trataban, 2013',
      text: 'Los centros que ofrecían el tratamiento comunicaron pocas complicaciones en sus propios registros (una vena desgarrada entre 1202 pacientes), sin grupo de comparación.',
      citation: 'Serie retrospectiva, J Vasc Surg 2013',
    },
  },

  timeline: {
    'zamboni-essay': 'Zamboni relaciona en un artículo los problemas de las venas con la EM',
    'first-report-online': 'Se publica en internet el primer informe sobre la CCSVI',
    'first-treatment-study': 'Primer estudio de tratamiento, sin grupo de comparación',
    'canadian-tv':
      'La televisión canadiense lo difunde a finales de año; se dispara la demanda del tratamiento',
    'web-forum':
      'La National MS Society y la American Academy of Neurology de Estados Unidos organizan un foro en internet',
    'costa-rica-clinic': 'Una clínica de Costa Rica empieza a ofrecer el procedimiento',
    'canadian-death': 'Muere un hombre canadiense tras tratarse en Costa Rica',
    'ms-onset-study': 'Ninguna prueba de CCSVI al inicio de la EM',
    'buffalo-online': 'Se publica en internet el estudio de Buffalo',
    'dutch-ruling': 'Dictamen en los Países Bajos: no es una práctica establecida',
    'canada-funds-trial': 'Canadá decide financiar un ensayo del tratamiento',
    'nice-draft': 'Borrador de NICE: solo en investigación',
    'calgary-harms': 'Médicos de Calgary comunican daños tras tratamientos en otros países',
    'first-meta-analysis': 'Metaanálisis: una relación en la ecografía, resultados muy dispares',
    'nice-guidance-2012': 'Guía de NICE: solo en investigación',
    'fda-warning': 'Advertencia de seguridad de la FDA',
    'brave-dreams-starts': 'Empieza el ensayo Brave Dreams',
    'canadian-trial-approved': 'Se aprueba el ensayo canadiense con procedimiento simulado',
    'cochrane-2012': 'Revisión Cochrane: aún no hay ensayos aleatorizados',
    'naples-study': 'Estudio de Nápoles: CCSVI frecuente en la EM y ligada a la edad',
    'cosmo-published': 'Se publica el estudio CoSMo',
    'bc-registry': 'Registro de la Columbia Británica: los primeros beneficios que la gente contó no duraron',
    'venography-online': 'Se publica en internet el estudio canadiense con venografía',
    'second-meta-analysis': 'Segundo metaanálisis: una relación modesta, sin pruebas de causa',
    'premise-online': 'Se publica en internet el ensayo PREMiSe: sin beneficio, posible daño',
    'fda-tvam': 'La FDA advierte sobre el procedimiento con su nuevo nombre, TVAM',
    'brave-dreams-result': 'Ensayo Brave Dreams: sin beneficio',
    'cochrane-search-date':
      'Fecha de búsqueda de la actualización Cochrane (no de su publicación), que abarca los tres ensayos',
    'canadian-trial-result': 'Ensayo canadiense: sin beneficio',
    'brave-dreams-rescan':
      'El equipo de Brave Dreams publica un análisis más amplio de sus imágenes del cerebro',
    'meta-analysis-2023':
      'Un metaanálisis aún halla una relación en la ecografía, con resultados muy dispares',
  },

  glossary: {
    'double-blind': {
      term: 'Doble ciego',
      forms: ['doble ciego'],
      explanation:
        'Ni los pacientes ni quienes juzgaban los resultados sabían quién recibió el tratamiento real.',
    },
    blinding: {
      term: 'A ciegas',
      forms: ['a ciegas', 'ciegas', 'ciego'],
      explanation:
        'Quienes leían las imágenes o juzgaban los resultados no sabían quién tenía EM ni quién recibió tratamiento.',
    },
    sham: {
      term: 'Procedimiento simulado',
      forms: ['simulado'],
      explanation:
        'Un procedimiento falso que parece el real. En el ensayo, nadie sabe quién recibió cada uno.',
    },
    angioplasty: {
      term: 'Angioplastia, venoplastia, ATP',
      forms: ['angioplastia', 'venoplastia', 'atp'],
      explanation:
        'Ensanchar desde dentro una vena estrecha con un pequeño balón. Es el «procedimiento de liberación».',
    },
    venography: {
      term: 'Venografía',
      forms: ['venografía', 'venografías', 'flebografía'],
      explanation: 'Una radiografía de las venas, hecha tras introducir un contraste por un tubo fino.',
    },
    lesion: {
      term: 'Lesión',
      forms: ['lesión', 'lesiones'],
      explanation: 'Una zona dañada por la EM que se ve en una resonancia magnética del cerebro.',
    },
    'case-control': {
      term: 'Estudio de casos y controles',
      forms: ['casos y controles'],
      explanation:
        'Un estudio que compara a personas que tienen una enfermedad con personas que no la tienen.',
    },
    prevalence: {
      term: 'Prevalencia',
      forms: ['prevalencia'],
      explanation: 'Lo frecuente que es algo en un grupo de personas.',
    },
    'meta-analysis': {
      term: 'Metaanálisis',
      forms: ['metaanálisis', 'meta-análisis'],
      explanation:
        'Un estudio que combina los resultados de estudios anteriores para dar una respuesta global.',
    },
    'odds-ratio': {
      term: 'Odds ratio',
      forms: ['odds ratio'],
      explanation:
        'Un número que indica lo fuerte que es la relación entre dos cosas. 1 significa que no hay relación; más alto, una relación más fuerte.',
    },
    'adverse-event': {
      term: 'Evento adverso',
      forms: ['evento adverso', 'eventos adversos'],
      explanation: 'Cualquier problema de salud durante un ensayo, lo haya causado el tratamiento o no.',
    },
    tvam: {
      term: 'TVAM',
      forms: ['tvam', 'modulación autonómica transvascular'],
      explanation:
        'Siglas en inglés de «modulación autonómica transvascular». Es un nombre posterior para dilatar con balón las venas del cuello, vendido para muchas enfermedades.',
    },
    'disease-modifying': {
      term: 'Tratamiento modificador de la enfermedad',
      forms: ['modificador de la enfermedad'],
      explanation: 'Un medicamento de larga duración para la EM que busca frenar la enfermedad.',
    },
  },

  pageAge: {
    published: (p: { date: string }) => `Esta página es de ${p.date}.`,
    updated: (p: { date: string }) => `Esta página se actualizó por última vez en ${p.date}.`,
    since: (p: { count: number; total: number; years: string }) => {
      const words = ['ningún', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
      const count = words[p.count] ?? String(p.count);
      const noun = p.count === 1 ? 'ensayo' : 'ensayos';
      const more = p.count < p.total ? ' más' : '';
      const verb = p.count === 1 ? 'mostró' : 'mostraron';
      return `Desde entonces, ${count} ${noun}${more} con procedimiento simulado (${p.years}) ${verb} que el procedimiento no ayuda.`;
    },
  },

  card: {
    eyebrow: 'Revisión de las pruebas',
    titleLoading: 'lo que dicen las pruebas',
    close: 'Cerrar',
    closeHint: 'Cerrar (Esc)',
    basedOn: 'Basado en:',
    keyPoints: 'Puntos clave',
    fullView: 'Ver todos los estudios y la cronología',
    notAbout: '¿No trata de la CCSVI?',
    neverOnSite: 'No resaltar en este sitio',
    neverOnSiteHint: (p: { site: string }) => `Dejar de resaltar en ${p.site}`,
    mentionHidden: 'Esta mención está oculta en esta página.',
    siteOff: (p: { site: string }) => `El resaltado está desactivado en ${p.site}.`,
    undo: 'Deshacer',
    lastReviewed: (p: { date: string }) => `Pruebas revisadas por última vez el ${p.date}.`,
    escCloses: { before: '', after: ' cierra esta tarjeta.' },
    nextMention: { before: '', after: ' lleva a la siguiente mención.' },
  },

  views: {
    verdictHeading: 'Lo que dicen las pruebas',
    keyPointsHeading: 'Puntos clave',
    storyHeading: 'La historia con más detalle',
    basedOn: 'Basado en',
    studiesHeading: 'Estudios y declaraciones',
    wordsInList: 'Palabras usadas en esta lista',
    wordsUsedHere: 'Palabras usadas aquí',
    wordsExplained: (p: { count: number }) => `Palabras explicadas (${p.count})`,
    filterLabel: 'Mostrar',
    filterAll: (p: { count: number }) => `Todos (${p.count})`,
    kinds: {
      original: { label: 'Estudios iniciales y sin control', one: 'Estudio inicial o sin control' },
      prevalence: { label: 'Estudios sobre la frecuencia de la CCSVI', one: 'Frecuencia de la CCSVI' },
      trial: { label: 'Ensayos aleatorizados', one: 'Ensayo aleatorizado' },
      review: { label: 'Revisiones y recomendaciones', one: 'Revisión o recomendación' },
    },
    orderLabel: 'Orden',
    newestFirst: 'Más recientes primero',
    oldestFirst: 'Más antiguos primero',
    showing: (p: { shown: number; total: number }) =>
      `Se muestran ${p.shown} de ${p.total}. Abra uno para ver cómo se hizo y qué halló.`,
    yearNotConfirmed: 'año no confirmado',
    trialRegistration: 'Registro del ensayo',
    howItWasDone: 'Cómo se hizo',
    groups: 'Grupos:',
    keyNumbers: 'Cifras clave',
    whatItFound: 'Qué halló',
    howWeChecked: 'Cómo lo comprobamos:',
    checkedSecondhand:
      'Algunos detalles solo se comprobaron en una fuente secundaria (una noticia, un blog o una lista de referencias).',
    readStudy: 'Leer el estudio',
    sourcePage: 'Página de origen',
    whatItSays: 'Qué dice',
    readStatement: 'Leer la declaración',
    blinding: {
      none: 'No fue a ciegas: todos sabían quién tenía EM o quién recibió tratamiento.',
      reported: 'Se describe como a ciegas, pero los detalles no están claros o se discuten.',
      assessor: 'A ciegas: quienes leían las imágenes o puntuaban los resultados no sabían quién tenía EM.',
      double: 'Doble ciego: ni los pacientes ni los evaluadores sabían quién recibió el procedimiento real.',
      unclear: 'Las fuentes que consultamos no dicen si fue a ciegas.',
      notApplicable: 'La evaluación a ciegas no se aplica a una revisión de otros estudios.',
    },
    blindingTag: {
      none: 'no a ciegas',
      reported: 'a ciegas (poco claro)',
      assessor: 'a ciegas',
      double: 'doble ciego',
    },
    statementKind: {
      regulator: 'Agencia reguladora de medicamentos',
      healthTechnologyAssessment: 'Organismo de recomendaciones sanitarias',
      msSociety: 'Asociación de EM',
      professionalBody: 'Organización profesional',
    },
    withMs: 'Con EM',
    fairTests: 'Ensayos justos del tratamiento',
    timelineHeading: 'Cronología',
    source: 'Fuente',
    safetyHeading: 'Advertencias de seguridad',
    readWarning: 'Leer la advertencia',
    harmsHeading: 'Daños comunicados',
    allSources: (p: { count: number }) =>
      `Todas las fuentes (${p.count} ${p.count === 1 ? 'fuente' : 'fuentes'})`,
    studiesList: 'Estudios',
    statementsList: 'Declaraciones y recomendaciones',
    statementLink: 'Declaración',
    otherReports: 'Otros informes',
    lastReviewed: {
      before: 'Pruebas revisadas por última vez el ',
      after: (p: { version: string }) => ` (conjunto de pruebas ${p.version}).`,
    },
  },
};

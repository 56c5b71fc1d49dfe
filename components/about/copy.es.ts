const joinWithAnd = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} y ${items[items.length - 1]}`;

const statesWord = (count: number) => (count === 1 ? "estado" : "estados");

export const aboutCopy = {
  metaTitle: "Acerca de: quién hizo este sitio, nuestras fuentes y método, y su privacidad",
  metaDescription:
    "Quién hizo Record Relief Map y por qué, cómo reunimos y revisamos los datos, cómo obtenemos los niveles de cobertura y la lista de verificación, qué significan las calificaciones de Polaris, el glosario, los datos abiertos, la privacidad y la salida rápida.",
  heading: "Acerca de Record Relief Map",
  lead: "Qué es este sitio, de dónde vienen sus datos, cómo los leemos y cómo protege su privacidad.",
  contentsLabel: "En esta página",
  contents: {
    who: "Quién hizo este sitio y por qué",
    gathering: "Cómo reunimos y revisamos los datos",
    grades: "Calificaciones de Polaris",
    method: "Nuestros niveles de cobertura y lista de verificación",
    glossary: "Glosario",
    data: "Datos abiertos",
    privacy: "Privacidad y salida rápida",
    errors: "Reportar un error",
    notAdvice: "No es asesoría legal",
  },

  who: {
    heading: "Quién hizo este sitio y por qué",
    paragraphs: [
      "Record Relief Map lo hace un pequeño equipo de ingenieros que crea una herramienta de consulta de interés público. Todo lo que contiene viene de fuentes públicas.",
      "Los tratantes a menudo obligan a las personas que controlan a cometer delitos. Los antecedentes penales que quedan pueden impedir conseguir trabajo, vivienda y más, mucho después de que termina la trata. Que una persona sobreviviente pueda limpiar esos antecedentes depende del estado, y las respuestas están repartidas entre leyes, reglas de los tribunales, informes y noticias. Las reunimos en un solo lugar, en palabras sencillas, con una fuente para cada dato.",
      "Es para sobrevivientes, para los abogados y las personas que les apoyan, y para legisladores que quieren ver cómo se compara su estado.",
    ],
  },

  gathering: {
    heading: "Cómo reunimos y revisamos los datos",
    paragraphs: [
      "Para cada estado, DC y la ley federal leímos la ley cuando su texto es público, decisiones de tribunales, guías de tribunales y de asistencia legal gratuita, resúmenes por estado de grupos de defensa de derechos, los informes de calificaciones de Polaris y noticias.",
      "Cada dato en la página de un estado tiene al menos una fuente, que aparece en esa página con su fecha y lo que respalda. Cuando las fuentes no están de acuerdo, las notas del estado para quienes investigan lo dicen. Cuando ninguna fuente aclara un dato, mostramos “No se encontró en nuestras fuentes” en lugar de adivinar, y nunca tratamos un dato que falta como un “no”.",
      "Cada vez que se construye el sitio, cada archivo de datos se revisa con nuestro esquema: cada ley para limpiar antecedentes tiene que tener una fuente, las fechas tienen que ser reales y no estar en el futuro, una ley solo para menores de edad tiene que decirlo claramente en su resumen, y la construcción se detiene si algo falla.",
    ],
    sourceCount: (sources: number) => `Los datos de los estados y DC citan ${sources} fuentes distintas.`,
    verified: (from: string, to: string) =>
      from === to
        ? `Última revisión de todos los estados con sus fuentes: ${from}.`
        : `La última revisión de cada estado con sus fuentes fue entre ${from} y ${to}; la página de cada estado da su propia fecha.`,
    confidenceLead: "Nuestro nivel de certeza sobre la información de cada estado, según nuestro propio criterio:",
    confidenceName: { high: "Alto", medium: "Medio", low: "Bajo" } as Record<string, string>,
    confidenceCount: (name: string, count: number) => `${name}: ${count} ${statesWord(count)}`,
  },

  grades: {
    heading: "Calificaciones de Polaris, y por qué la mayoría de los estados no tienen ninguna",
    why: (graded: Array<{ year: string; count: number }>, total: number) =>
      `Polaris calificó las leyes de los estados para limpiar antecedentes penales de sobrevivientes de trata en ${graded.length === 1 ? "una edición" : `${graded.length} ediciones`}. Sus informes cubren todos los estados, pero la mayoría de las calificaciones de cada estado no estaban en ninguna fuente pública que pudiéramos leer. Solo mostramos una calificación cuando una fuente que pudimos leer la indica: ${joinWithAnd(graded.map(({ year, count }) => `para ${count} de ${total} estados en la edición de ${year}`))}. En los demás casos decimos “No está en nuestras fuentes” y ponemos un enlace al informe de Polaris.`,
    notBad: "Que falte una calificación nunca significa una mala calificación. Solo significa que no pudimos confirmarla.",
    notOurs:
      "Las calificaciones son de Polaris. Nuestros niveles de cobertura y nuestra lista de verificación, que explicamos abajo, son una lectura aparte de los datos.",
    editionHeading: (year: string) => `La edición de ${year}`,
    published: (date: string) => `Fecha de publicación: ${date}.`,
    readReport: (title: string) => `Leer el informe de Polaris: ${title}`,
    scaleHeading: "Escala de calificaciones",
    scaleUnknown: "No se encontró en nuestras fuentes.",
    scaleLine: (letter: string, lowest: number) => `${letter}: ${lowest} puntos o más`,
    categoriesHeading: "Categorías",
    categoriesUnknown: "Las categorías de esta edición no están en ninguna fuente que pudiéramos leer.",
    points: (points: number) => (points === 1 ? "1 punto" : `${points} puntos`),
    measuresUnknown: "Qué mide: no se encontró en nuestras fuentes.",
    notesHeading: "Qué dicen nuestras fuentes sobre esta edición",
    sourcesHeading: "Fuentes",
    sourceDate: (date: string | null) => (date ? `con fecha ${date}` : "sin fecha"),
  },

  method: {
    heading: "Nuestros niveles de cobertura y lista de verificación",
    notPolaris:
      "El nivel de cobertura y la lista de verificación son nuestros, no son calificaciones de Polaris. Los obtenemos de la misma forma para cada estado, a partir de los datos con fuentes, para que se puedan revisar y repetir.",
    coverageHeading: "Nivel de cobertura",
    coverageRules: [
      "Solo miramos las leyes que limpian antecedentes: anulación (vacatur), eliminación del registro (expungement) o sellado. No cuentan los indultos, las formas de terminar un caso antes ni las defensas en el juicio.",
      "Amplia: al menos una de esas leyes cubre a personas que eran adultas en ese momento, por cualquier delito o casi todos.",
      "No está claro: no es amplia, pero las edades que cubre una ley no están en nuestras fuentes, una ley para personas adultas no dice qué delitos cubre, o una ley que ampliaría la cobertura podría ya no estar vigente. Por eso la respuesta puede ser distinta de lo que podemos mostrar.",
      "Parcial: cubre a personas adultas, pero solo por algunos delitos.",
      "Solo menores de edad: todas esas leyes son solo para quienes tenían menos de 18 años en ese momento.",
      "No se encontró ninguna: no encontramos ninguna ley de ese tipo.",
    ],
    levelCount: (count: number) => `${count} ${statesWord(count)}`,
    checklistHeading: "La lista de verificación",
    checklistLead: (count: number) =>
      `La lista de verificación tiene ${count} puntos, con los nombres de las categorías del informe de calificaciones de Polaris que nuestros datos pueden responder. Dejamos fuera las categorías que nuestros datos no pueden medir, como la conexión con la trata.`,
    meetsWhen: "Cumple cuando:",
    checklistRules: [
      "Un estado cumple un punto si cualquiera de sus leyes para limpiar antecedentes lo cumple.",
      "Si ninguna lo cumple pero falta un dato, el punto muestra “No se encontró en nuestras fuentes”.",
      "Un estado sin una ley de ese tipo no cumple ningún punto.",
      "“Cumple 5 de 8” cuenta puntos; no es un puntaje de Polaris, y le da el mismo peso a cada punto, algo que Polaris quizás no hace.",
    ],
    tableNote: "En la tabla de todos los estados, si marca más de un filtro, encontrará los estados donde una sola ley cumple con todos.",
    tableLink: "Ver todos los estados en una tabla",
  },

  glossary: {
    heading: "Glosario",
    terms: {
      conviction: {
        term: "Condena",
        meaning:
          "La decisión oficial de que usted es culpable de un delito, porque se declaró culpable o porque un juez o un jurado le declaró culpable.",
      },
      arrest: {
        term: "Arresto",
        meaning:
          "Cuando la policía detiene a una persona porque cree que cometió un delito. Un arresto puede quedar en sus antecedentes penales aunque nunca haya una condena.",
      },
      adjudication: {
        term: "Adjudicación (decisión de un tribunal de menores)",
        meaning:
          "La decisión de un tribunal de menores de que una persona menor de edad cometió un delito. Es parecida a una condena, pero en el sistema para menores de edad. Algunas leyes también permiten limpiar estos registros.",
      },
      motion: {
        term: "Moción o petición",
        meaning:
          "El escrito que usted o su abogado presentan ante el tribunal para pedir algo, por ejemplo, que anule una condena. El juez lo revisa y decide.",
      },
      affirmativeDefense: {
        term: "Defensa afirmativa",
        meaning:
          "Una defensa que se presenta en el juicio: usted argumenta que no deben condenarle porque era víctima de trata cuando ocurrió el delito. Puede evitar una condena, pero no limpia antecedentes que usted ya tiene.",
      },
      nexus: {
        term: "Conexión con la trata (nexus)",
        meaning:
          "La relación que una ley exige entre el delito y la trata, por ejemplo, que el delito ocurrió “como resultado de” la trata. Algunas leyes piden una relación más directa que otras.",
      },
      officialDocumentation: {
        term: "Documentos oficiales",
        meaning:
          "Papeles de una entidad del gobierno, como un tribunal, la policía o una agencia federal, que muestran que usted fue víctima de trata. Algunas leyes los exigen; otras aceptan otras pruebas, y algunas dan por hecho que usted fue víctima de trata si los tiene.",
      },
      preponderance: {
        term: "Preponderancia de la prueba",
        meaning: "El nivel de prueba usual para estas mociones: usted muestra que algo es más probable que sea cierto que falso.",
      },
      discretion: {
        term: "Discreción judicial",
        meaning: "Si el juez puede negar la ayuda aun cuando usted cumple todas las condiciones que pone la ley.",
      },
    },
  },

  data: {
    heading: "Datos abiertos",
    lead: "Todos los datos se pueden descargar gratis, en la misma forma con la que se construye el sitio. Se vuelven a generar junto con el sitio, así que nunca son más antiguos que las páginas.",
    downloads: {
      json: "Todos los datos en JSON",
      csv: "Todos los datos en CSV (una fila por ley)",
      schema: "Esquema JSON (JSON Schema) que describe cada campo",
    },
    fieldsHeading: "Campos principales",
    nullRule: "En todos los campos, null (una celda vacía en el CSV) significa “no se encontró en nuestras fuentes”, nunca “no”.",
    csvNote: "En el CSV, las listas se separan con punto y coma, y un estado sin ley tiene una fila con las columnas de la ley vacías.",
    fields: {
      coverage: (levels: string) =>
        `Nuestro nivel de cobertura (vea “Nuestros niveles de cobertura y lista de verificación” arriba): uno de estos valores: ${levels}.`,
      grades:
        "Calificaciones de Polaris por edición (\"2019\", \"2023\"): una letra, \"none\" cuando la edición no dio calificación, o null cuando una fuente solo da un puntaje; además, el puntaje, una nota y la fuente. Toda la edición es null cuando ninguna fuente la indica.",
      citation: "La cita de la ley, tal como se publicó.",
      reliefType: (values: string) => `El tipo de ayuda: ${values}.`,
      inForce: "Si la ley está vigente hoy: true, o null cuando nuestras fuentes no confirman que siga vigente después de un cambio posterior.",
      agesCovered: (values: string) => `A quién cubre la ley según su edad en ese momento: ${values}.`,
      traffickingTypes: (values: string) => `Qué tipos de trata cubre, una lista de estos valores: ${values}.`,
      offensesCovered: (values: string) => `Qué delitos cubre: ${values}.`,
      recordsCovered: (values: string) => `Qué antecedentes limpia, una lista de estos valores: ${values}.`,
    },
  },

  privacy: {
    heading: "Privacidad y salida rápida",
    quickExit: (presses: number, seconds: number, host: string) =>
      `Para salir de inmediato, use el botón rojo “Salir rápido de este sitio” en la parte de arriba de cada página, o presione la tecla Shift (Mayús) ${presses} veces, sin dejar pasar más de ${seconds} segundos entre una vez y la siguiente. Cualquiera de las dos opciones le lleva a ${host} y reemplaza esta página en el historial de su navegador, así que el botón Atrás no le trae de vuelta aquí.`,
    nothingKept:
      "Este sitio no usa cookies, no usa herramientas de análisis, no carga nada de otros sitios web y no guarda nada de lo que usted busca o responde.",
    historyLimit:
      "No puede borrar el historial que su navegador ya guardó. Las páginas que abrió antes de salir, incluidos los estados que consultó, pueden seguir en su historial. Para más seguridad, use una ventana privada (de incógnito), borre su historial después, o use un dispositivo que la otra persona no pueda usar, como una computadora de una biblioteca o el teléfono de una amistad de confianza.",
    honest:
      "La salida rápida le protege de alguien que mira por encima de su hombro. No le protege de programas que vigilan su teléfono o su computadora. Si cree que alguien vigila su dispositivo, use otro más seguro.",
  },

  errors: {
    heading: "Reportar un error",
    paragraphs: [
      "Si algo aquí está mal o desactualizado, por favor avísenos. Envíe un correo electrónico al equipo que maneja este sitio, o abra un reporte (“issue”) en el registro público del proyecto.",
      "Diga qué estado y qué dato, y si puede, incluya un enlace a la ley, la regla del tribunal u otra fuente pública que muestre la respuesta correcta. Revisamos cada reporte con las fuentes y luego actualizamos la página del estado y su fecha de “última revisión”.",
      "Por favor, no incluya detalles de su propio caso ni del caso de otra persona.",
    ],
  },

  notAdvice: {
    heading: "No es asesoría legal",
    paragraphs: [
      "Este sitio da información general sobre las leyes. No es asesoría legal sobre su situación, y usarlo no hace que nadie sea su abogado.",
      "Las leyes y la forma en que trabajan los tribunales cambian, y puede que nuestras fuentes estén incompletas. Antes de actuar, hable con un abogado o con una organización de asistencia legal gratuita. La página de cada estado muestra dónde conseguir ayuda legal cuando nuestras fuentes la nombran.",
    ],
  },
};

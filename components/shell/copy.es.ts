export const shellCopy = {
  productName: "Record Relief Map",
  tagline: "Cómo limpiar antecedentes penales para sobrevivientes de trata, estado por estado",
  description:
    "¿Puede una persona sobreviviente de trata de personas limpiar los antecedentes penales que le dejó la trata? Respuestas claras para cada estado, DC y la ley federal, con las citas legales exactas.",
  otherLanguage: { name: "English", lang: "en", label: "Read this page in English" },
  referenceNotice: {
    text: "Esta página es una traducción. Si el texto en español y el texto en inglés no dicen lo mismo, vale el texto en inglés.",
    link: "Ver esta página en inglés",
  },
  skipLink: "Saltar al contenido principal",
  menu: "Menú",
  nav: {
    label: "Principal",
    map: "Mapa",
    states: "Todos los estados",
    compare: "Comparar",
    check: "¿Podría calificar?",
    about: "Acerca de",
  },
  footer: {
    disclaimer:
      "Esto es información, no asesoría legal. Las leyes cambian: consulte con un abogado o con asistencia legal gratuita antes de actuar.",
    about: "Acerca de este sitio, nuestras fuentes y su privacidad",
    data: "Datos abiertos",
    federal: "Condenas federales",
    changes: "Qué cambió",
  },
  quickExit: {
    regionLabel: "Salida rápida",
    hintLabel: "Acerca de la salida rápida",
    button: "Salir rápido de este sitio",
    hiddenPrefix: "Emergencia: ",
    hint: "Presione este botón, o la tecla Shift (Mayús) tres veces, para irse de inmediato a un sitio del clima. El botón Atrás no le traerá de vuelta a esta página.",
    hintNoScript:
      "Este enlace abre un sitio del clima. Con JavaScript apagado, no puede borrar esta página de su historial, así que el botón Atrás le traerá de vuelta aquí.",
    dismissHint: "Entendido",
    leaving: "Cargando…",
    pressesLeft: (count: number) =>
      count === 1 ? "Presione Shift 1 vez más para salir" : `Presione Shift ${count} veces más para salir`,
    timedOut: "Se reinició el atajo de salida rápida",
  },
};

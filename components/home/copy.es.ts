export const homeCopy = {
  heading: "¿Puede una persona sobreviviente de trata limpiar sus antecedentes penales?",
  intro:
    "Los tratantes a menudo obligan a las personas que controlan a cometer delitos. Muchas personas sobrevivientes terminan con antecedentes penales que les impiden conseguir trabajo, vivienda y más. La mayoría de los estados tienen una ley para limpiar esos antecedentes, por medio de la anulación (vacatur), la eliminación del registro (expungement) o el sellado. Pero quién califica cambia mucho de un estado a otro.",
  audience:
    "Este sitio es para sobrevivientes, sus abogados y las personas que les apoyan, y para legisladores. Elija un estado en el mapa o en la lista para ver, en palabras sencillas, quién califica allí y cómo hacer la solicitud.",
  mapHeading: "Elija un estado",
  compareHeading: "Comparar dos estados",
  compareFirst: "Primer estado",
  compareSecond: "Segundo estado",
  compareSubmit: "Comparar",
  choose: "Elija…",
};

import type { OffensesCovered } from "@/lib/schema";

export const mapCopy = {
  title: "Mapa: a quién cubre la ley de cada estado para limpiar antecedentes",
  description:
    "Cada estado es un enlace a su página. En la vista de cobertura, la letra en cada estado repite lo que dice su color: B amplia (del inglés “broad”), P parcial, M solo menores de edad, N no se encontró ninguna, ? no está claro. En la vista de calificaciones, muestra la calificación de Polaris cuando una fuente la indica, el puntaje cuando solo se conoce el puntaje, y un punto cuando la calificación no está en nuestras fuentes.",
  switchLegend: "Colorear el mapa según",
  coverageOption: "A quién cubre",
  gradeOption: "Calificación de Polaris",
  editionLabel: "Edición del informe de calificaciones",
  legendCoverage: "A quién cubre",
  legendGrade: (edition: string) => `Calificación de Polaris, edición ${edition}`,
  states: (count: number) => (count === 1 ? "1 estado" : `${count} estados`),
  gradeWhy: "Por qué la mayoría de los estados no tienen calificación",
  smallStatesHeading: "Estados pequeños",
  ignoredParam: (name: string, value: string) =>
    `No reconocimos ${name}=“${value}” en la dirección, así que el mapa muestra su vista normal.`,
  tableHeading: "Todos los estados y DC",
  tableCaption: "El nivel de cobertura y las calificaciones de Polaris de cada estado, con enlaces a la página de cada estado",
  skipTable: "Saltar la lista de estados",
  columns: { state: "Estado", coverage: "A quién cubre", line: "En resumen", grade2019: "Polaris 2019", grade2023: "Polaris 2023" },
  federalNote:
    "Una ley estatal nunca limpia una condena federal. Desde enero de 2026, una ley federal permite a las personas sobrevivientes pedir que se anulen algunas condenas federales.",
  federalLink: "Leer sobre las condenas federales",
  chooseTwo: "Comparar dos estados",
};

export const offensePhrase: Record<OffensesCovered, string> = {
  "any-offense": "cualquier delito",
  "any-offense-with-exceptions": "la mayoría de los delitos",
  "listed-offenses": "solo los delitos de una lista",
  "prostitution-related-only": "solo delitos relacionados con la prostitución",
};

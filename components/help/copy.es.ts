/** Words for legal help: the sourced organizations of each state and the national options shown on every page. */
export const helpCopy = {
  heading: "Conseguir ayuda",
  national: {
    heading: "Ayuda en cualquier lugar de Estados Unidos",
    hotlineName: "National Human Trafficking Hotline (Línea Nacional contra la Trata de Personas)",
    hotlineNote: "Las 24 horas, todos los días, gratis y confidencial, en inglés, en español y, con intérpretes, en más de 200 idiomas. Le puede referir a servicios legales.",
    call: "Llame al 1-888-373-7888",
    text: "Envíe un mensaje de texto al 233733",
    fnusaName: "Freedom Network USA: Survivor Reentry Project",
    fnusaNote: "Pone en contacto a sobrevivientes con abogados que ayudan gratis a limpiar antecedentes.",
  },
  phone: "Teléfono",
  address: "Dirección",
  languages: "Idiomas",
  free: { yes: "Gratis", no: "No es gratis", unknown: "Nuestra fuente no dice el costo" },
  checked: (date: string) => `Revisado el ${date}`,
  source: "fuente",
  noneListed: "Nuestras fuentes todavía no nombran ayuda legal local aquí. Las opciones nacionales de abajo le pueden referir a alguien.",
};

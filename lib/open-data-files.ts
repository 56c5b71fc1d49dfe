import { getDataset } from "./data";
import { buildOpenData, openDataJsonSchema, toCsv } from "./open-data";

/** The open-data files the site serves, built once at build time. */
export const openDataJson = () => JSON.stringify(buildOpenData(getDataset(), new Date().toISOString()), null, 2);
export const openDataCsv = () => toCsv(buildOpenData(getDataset(), new Date().toISOString()));
export const openDataSchemaJson = () => JSON.stringify(openDataJsonSchema(), null, 2);

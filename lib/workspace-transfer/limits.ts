/** Larger import files are refused before they are read (413); the upload form checks it first too. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Rows a list page shows unless its URL asks for another size; no page sends more than MAX_PAGE_SIZE. Without zod, for client components. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

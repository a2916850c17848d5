/** Turns texts into unit-length vectors whose dot product says how close they are in meaning. */
export interface SentenceEncoder {
  /** One vector per text, in order. The same texts in the same call give the same vectors. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /**
   * Which model makes the vectors (packages, versions, dimensions): vectors are kept in an
   * EmbeddingStore under it (embedding-store.ts), and a different model never reads them.
   */
  readonly model?: string;
  /**
   * The same as `embed`, for configuration texts (tool passages, agent descriptions, small talk): may
   * read the vectors from, and keep them in, an EmbeddingStore so a restart need not embed them again.
   */
  embedKept?(texts: readonly string[]): Promise<Float32Array[]>;
}

import { createHash } from 'node:crypto';
import type { SentenceEncoder } from './sentence-encoder';

/**
 * Where the sentence encoder's vectors of configuration texts outlive the process (the database's
 * `text_embeddings` table, lib/conversation/text-embedding-store.ts), so a restart re-uses them
 * instead of embedding every tool again. Keyed by the SHA-256 of the exact text and the model that
 * made the vector; holds no text, so it is shared by every workspace.
 */
export interface EmbeddingStore {
  /** The kept vectors of these text hashes made by `model`; hashes it does not have are left out. */
  getMany(model: string, hashes: readonly string[]): Promise<Map<string, Float32Array>>;
  /** Keeps vectors; a hash already kept for `model` is left as it is (insert or ignore). */
  putMany(model: string, entries: readonly { hash: string; vector: Float32Array }[]): Promise<void>;
  /** Deletes the vectors of every other model, which nothing reads any more; resolves how many. */
  pruneOtherModels(model: string): Promise<number>;
  /**
   * The start-up warm-up is over: the store stops remembering which texts it was asked for and, when
   * every agent was prepared (so every live configuration text was asked for), deletes the vectors kept
   * before the store opened that nothing asked for: texts an edit replaced. Resolves how many. A store
   * that cannot tell leaves this out.
   */
  warmUpDone?(everyAgentPrepared: boolean): Promise<number>;
}

/** A store, or where to find it when needed (the server opens its database after the engine exists). */
export type EmbeddingStoreSource = EmbeddingStore | (() => EmbeddingStore | undefined);

/** The key of a text: SHA-256 of its exact UTF-8 bytes, as hex. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A vector as Float32 little-endian bytes, whatever the machine's byte order: 4 bytes a number. */
export function vectorToBytes(vector: Float32Array): Buffer {
  const bytes = Buffer.alloc(vector.length * 4);
  for (let i = 0; i < vector.length; i++) bytes.writeFloatLE(vector[i] as number, i * 4);
  return bytes;
}

/** The vector back from its bytes; undefined when they cannot be one (empty, or not whole numbers). */
export function vectorFromBytes(bytes: Uint8Array): Float32Array | undefined {
  if (bytes.byteLength === 0 || bytes.byteLength % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vector = new Float32Array(bytes.byteLength / 4);
  for (let i = 0; i < vector.length; i++) vector[i] = view.getFloat32(i * 4, true);
  return vector;
}

// On globalThis: Next bundles the server into several chunks; the one that opens the database sets the
// store and the engine's chunk reads it.
const slot = globalThis as unknown as { switchboardEmbeddingStore?: EmbeddingStore };

/** Sets the process's store (lib/server/context.ts, once the database is open); undefined removes it. */
export function setSharedEmbeddingStore(store: EmbeddingStore | undefined): void {
  slot.switchboardEmbeddingStore = store;
}

/** The process's store, if the server has opened its database. */
export function sharedEmbeddingStore(): EmbeddingStore | undefined {
  return slot.switchboardEmbeddingStore;
}

/** An encoder whose configuration texts go through a store; `flush` waits until new vectors are written. */
export interface StoredEncoder extends SentenceEncoder {
  embedKept(texts: readonly string[]): Promise<Float32Array[]>;
  flush(): Promise<void>;
}

/** Most hashes one read asks for, and most rows one write inserts (2 KB each). */
const READ_CHUNK = 500;
const WRITE_CHUNK = 200;

/**
 * Wraps an encoder so configuration texts (`embedKept`) are read from the store when it has them and
 * only the others are embedded, in one call, then written back in the background (a write failing only
 * means the next start embeds them again). Reads asked for in the same turn of the event loop (every
 * tool of an agent) go as one query. An encoder without a `model` is returned as it is: what made the
 * vectors must be known to keep them. Messages (`embed`) are never kept: customers' words stay out of
 * the database. The in-memory caches stay in front of this (meaning-index.ts): the store is read once
 * per tool text a process, and at 3,000 tools when the tool cache has let one go.
 */
export function withEmbeddingStore(
  encoder: SentenceEncoder,
  source: EmbeddingStoreSource,
  log: (message: string) => void = (message) => console.warn(message),
): SentenceEncoder | StoredEncoder {
  if (!encoder.model) return encoder;
  const model: string = encoder.model;
  const storeOf = typeof source === 'function' ? source : () => source;

  let warned = false;
  const warnOnce = (what: string, error: unknown) => {
    if (warned) return;
    warned = true;
    log(`[simulated model] embedding store ${what} failed, embedding instead: ${error instanceof Error ? error.message : String(error)}`);
  };

  // Reads of one turn, gathered into one query.
  let reads: { store: EmbeddingStore; hashes: Set<string>; done: Promise<Map<string, Float32Array>> } | undefined;
  function read(store: EmbeddingStore, hashes: readonly string[]): Promise<Map<string, Float32Array>> {
    if (!reads || reads.store !== store) {
      const batch = { store, hashes: new Set<string>() } as NonNullable<typeof reads>;
      batch.done = new Promise((resolve) => setImmediate(resolve)).then(async () => {
        if (reads === batch) reads = undefined;
        const all = [...batch.hashes];
        const found = new Map<string, Float32Array>();
        for (let i = 0; i < all.length; i += READ_CHUNK) {
          for (const [hash, vector] of await store.getMany(model, all.slice(i, i + READ_CHUNK))) found.set(hash, vector);
        }
        return found;
      });
      reads = batch;
    }
    for (const hash of hashes) reads.hashes.add(hash);
    return reads.done;
  }

  // Vectors embedded but not yet written; read as hits meanwhile.
  const unwritten = new Map<string, Float32Array>();
  let writing: Promise<void> = Promise.resolve();
  let writeScheduled = false;
  let pruned = false;
  function write(store: EmbeddingStore): void {
    if (writeScheduled) return;
    writeScheduled = true;
    writing = writing.then(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      writeScheduled = false;
      const entries = [...unwritten].map(([hash, vector]) => ({ hash, vector }));
      try {
        for (let i = 0; i < entries.length; i += WRITE_CHUNK) await store.putMany(model, entries.slice(i, i + WRITE_CHUNK));
        // Only a model's first writes can follow a change of model: its predecessor's rows go then.
        if (!pruned) {
          pruned = true;
          await store.pruneOtherModels(model);
        }
      } catch (error) {
        warnOnce('write', error);
      } finally {
        for (const { hash, vector } of entries) if (unwritten.get(hash) === vector) unwritten.delete(hash);
      }
    });
  }

  async function embedKept(texts: readonly string[]): Promise<Float32Array[]> {
    const store = storeOf();
    if (!store || texts.length === 0) return encoder.embed(texts);
    const hashes = texts.map(textHash);
    let found = new Map<string, Float32Array>();
    const unread = hashes.filter((hash) => !unwritten.has(hash));
    try {
      if (unread.length > 0) found = await read(store, unread);
    } catch (error) {
      warnOnce('read', error);
    }
    const known = (hash: string) => unwritten.get(hash) ?? found.get(hash);
    const missing = [...new Set(texts.filter((_, i) => !known(hashes[i] as string)))];
    if (missing.length > 0) {
      const vectors = await encoder.embed(missing);
      const embedded = new Map<string, Float32Array>();
      missing.forEach((text, i) => {
        const vector = vectors[i];
        if (!vector) return;
        embedded.set(text, vector);
        unwritten.set(textHash(text), vector);
      });
      write(store);
      return texts.map((text, i) => known(hashes[i] as string) ?? embedded.get(text) ?? new Float32Array());
    }
    return hashes.map((hash) => known(hash) ?? new Float32Array());
  }

  return {
    model,
    embed: (texts) => encoder.embed(texts),
    embedKept,
    flush: async () => {
      await writing;
    },
  };
}

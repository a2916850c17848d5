import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { textEmbeddings } from '@/db/schema';
import { listAgents } from '@/lib/agents/service';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import type { StoredEncoder } from '@/lib/conversation/engines/simulated/meaning/embedding-store';
import { createEncoderProvider, loadUniversalSentenceEncoder, type SentenceEncoder } from '@/lib/conversation/engines/simulated/meaning/encoder';
import { createDbEmbeddingStore } from '@/lib/conversation/text-embedding-store';
import { warmUpAgents } from '@/lib/conversation/warm-up';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { importWorkspace } from '@/lib/workspace-transfer/import';
import { scaleWorkspaceDocument } from './scale-workspace';
import type { Bench } from './types';

const AGENTS = Number(process.env.BENCH_SCALE_AGENTS ?? 300);
const HANDOFFS_PER_AGENT = Number(process.env.BENCH_SCALE_HANDOFFS ?? 10);
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

interface Phase {
  ms: number;
  embedded: number;
  calls: number;
  kept: number;
}

/**
 * One server start as far as the built-in model goes, in this (fresh) process: the encoder, WordNet and
 * every cache start empty; every agent of the database is prepared as the start-up warm-up does.
 */
async function startUp(file: string, wordsOnly = false): Promise<Phase> {
  const { db, close } = openDatabase(file);
  try {
    const ctx: ServiceContext = { db, workspaceId: DEFAULT_WORKSPACE_ID, actor: 'bench' };
    let embedded = 0;
    let calls = 0;
    const provider = createEncoderProvider(
      async () => {
        const encoder = await loadUniversalSentenceEncoder();
        const counting: SentenceEncoder = {
          model: encoder.model,
          embed: (texts) => {
            calls += 1;
            embedded += texts.length;
            return encoder.embed(texts);
          },
        };
        return counting;
      },
      undefined,
      { store: createDbEmbeddingStore(db) },
    );
    // Words only: what every start pays whatever is kept (WordNet, each agent's word index), for scale.
    const engine = createSimulatedEngine({ encoder: wordsOnly ? false : provider });
    const start = performance.now();
    await warmUpAgents(ctx, (await listAgents(ctx)).map((agent) => agent.id), engine);
    // Until the last vector is written: the next start must find it.
    if (!wordsOnly) await ((await provider.get()) as StoredEncoder).flush();
    const elapsed = performance.now() - start;
    const kept = (await db.select({ hash: textEmbeddings.textHash }).from(textEmbeddings)).length;
    return { ms: elapsed, embedded, calls, kept };
  } finally {
    close();
  }
}

function startUpInChild(file: string, wordsOnly = false): Phase {
  const output = execFileSync('npx', ['tsx', __filename, wordsOnly ? '--start-up-words' : '--start-up', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Phase;
}

/**
 * The start-up warm-up of the built-in model at 300 agents / 3,000 handoffs (bench/scale-workspace.ts) on a
 * temp SQLite file, each start in a process of its own: the first, which embeds every tool text and keeps
 * the vectors in text_embeddings, then a restart, which reads them back.
 */
export const warmUpStoreBench: Bench = {
  name: `warm-up at ${AGENTS} agents / ${AGENTS * HANDOFFS_PER_AGENT} handoffs: first start vs restart with kept vectors`,
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-warm-up-'));
    const file = path.join(dir, 'bench.db');
    try {
      const { db, close } = openDatabase(file);
      await importWorkspace({ db, workspaceId: DEFAULT_WORKSPACE_ID, actor: 'bench' }, scaleWorkspaceDocument(AGENTS, HANDOFFS_PER_AGENT), { dryRun: false });
      close();
      const cold = startUpInChild(file);
      console.log(`first start (nothing kept): ${seconds(cold.ms)}, ${cold.embedded} texts embedded in ${cold.calls} encoder calls, ${cold.kept} vectors kept`);
      const warm = startUpInChild(file);
      console.log(`restart (vectors read from text_embeddings): ${seconds(warm.ms)}, ${warm.embedded} texts embedded`);
      console.log(`restart / first start: ${((warm.ms / cold.ms) * 100).toFixed(1)} %`);
      const words = startUpInChild(file, true);
      console.log(`for scale, a start on words alone (no encoder; WordNet and the word indexes every start builds): ${seconds(words.ms)}`);
      console.log(`load average at the end: ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

// `npx tsx bench/warm-up-store.ts` runs the bench; `--start-up <file>` (or `--start-up-words`) is one start, in a child.
if (process.argv[1]?.endsWith('warm-up-store.ts')) {
  const at = Math.max(process.argv.indexOf('--start-up'), process.argv.indexOf('--start-up-words'));
  const run =
    at > 0
      ? startUp(process.argv[at + 1] ?? '', process.argv[at] === '--start-up-words').then((phase) => console.log(JSON.stringify(phase)))
      : warmUpStoreBench.run();
  run.catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

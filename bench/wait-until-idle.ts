import fs from 'node:fs';

// Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) in /proc/<pid>/stat.
const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by every process in process group `pgid`, or undefined without /proc. */
function groupCpuSeconds(pgid: number): number | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const pid of entries) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // After "pid (comm) ": state, ppid, pgrp, …, utime (14th field) and stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}

/**
 * Waits until the process group `pgid` has used under `maxShare` of one core for `quietMs` in a row:
 * the server has finished what it does in the background (warming the model up at start, work after a
 * response), so each measurement starts from a quiet server. Resolves false on timeout, undefined
 * without /proc.
 */
export async function waitUntilIdle(
  pgid: number,
  { quietMs = 500, windowMs = 250, maxShare = 0.1, timeoutMs = 30_000 } = {},
): Promise<boolean | undefined> {
  const deadline = Date.now() + timeoutMs;
  const first = groupCpuSeconds(pgid);
  if (first === undefined) return undefined;
  let before = first;
  let quiet = 0;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now: number = groupCpuSeconds(pgid) ?? before;
    quiet = (now - before) / (windowMs / 1000) < maxShare ? quiet + windowMs : 0;
    if (quiet >= quietMs) return true;
    before = now;
  }
  return false;
}

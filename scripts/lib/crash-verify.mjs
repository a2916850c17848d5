// The crash test's checks of the database file after a restart: SQLite's own integrity check, and every
// write the server acknowledged before it was killed, read straight from the tables.
import Database from 'better-sqlite3';

/** Returns [name, problems[]] pairs: a check passes when its problems are empty. */
export function verifyDatabase(file, acked) {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    const integrity = db.pragma('integrity_check', { simple: false }).map((row) => row.integrity_check);
    const foreignKeys = db.pragma('foreign_key_check');
    return [
      ['PRAGMA integrity_check is ok', integrity.join() === 'ok' ? [] : integrity],
      ['PRAGMA foreign_key_check is empty', foreignKeys.map((row) => JSON.stringify(row))],
      [`${acked.agents.size} acknowledged agents are present by id and name`, checkAgents(db, acked)],
      [`${acked.functions.size} acknowledged functions are at their acknowledged version or later`, checkFunctions(db, acked)],
      [`${acked.deletedFunctions.size} acknowledged function deletes stay deleted`, checkDeleted(db, acked)],
      [`${acked.sessions.size} sessions keep every acknowledged event, numbered without gaps`, checkSessions(db, acked)],
    ];
  } finally {
    db.close();
  }
}

function checkAgents(db, acked) {
  const byId = db.prepare('SELECT name FROM agents WHERE id = ?');
  return [...acked.agents].flatMap(([id, name]) => {
    const row = byId.get(id);
    if (!row) return [`agent ${id} (${name}) is missing`];
    return row.name === name ? [] : [`agent ${id} is named ${row.name}, not ${name}`];
  });
}

function checkFunctions(db, acked) {
  const byId = db.prepare('SELECT version, config FROM agentic_functions WHERE id = ?');
  return [...acked.functions].flatMap(([id, { version, description }]) => {
    const row = byId.get(id);
    if (!row) return [`function ${id} (version ${version}) is missing`];
    if (row.version < version) return [`function ${id} is at version ${row.version}, below the acknowledged ${version}`];
    const stored = JSON.parse(row.config).description;
    // A later, unacknowledged edit may have committed just before the kill; the same version must match.
    return row.version === version && stored !== description ? [`function ${id} v${version} says “${stored}”, not “${description}”`] : [];
  });
}

function checkDeleted(db, acked) {
  const byId = db.prepare('SELECT 1 FROM agentic_functions WHERE id = ?');
  return [...acked.deletedFunctions].filter((id) => byId.get(id)).map((id) => `deleted function ${id} is back`);
}

function checkSessions(db, acked) {
  const events = db.prepare('SELECT id, seq FROM session_events WHERE session_id = ? ORDER BY seq');
  return [...acked.sessions].flatMap(([sessionId, acknowledged]) => {
    const rows = events.all(sessionId);
    const problems = [];
    if (rows.some((row, index) => row.seq !== index + 1)) problems.push(`session ${sessionId} numbers its events ${rows.map((r) => r.seq).join(',')}`);
    const stored = new Map(rows.map((row) => [row.id, row.seq]));
    for (const [id, seq] of acknowledged) {
      if (stored.get(id) !== seq) problems.push(`session ${sessionId} lost event ${id} (seq ${seq})`);
    }
    return problems;
  });
}

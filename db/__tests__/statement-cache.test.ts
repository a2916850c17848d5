import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheStatements } from '../statement-cache';

describe('cacheStatements', () => {
  let connection: Database.Database;
  beforeEach(() => {
    connection = new Database(':memory:');
    connection.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b')");
    cacheStatements(connection, 2);
  });
  afterEach(() => connection.close());

  it('hands out the same compiled statement for the same SQL', () => {
    const first = connection.prepare('SELECT name FROM t WHERE id = ?');
    expect(connection.prepare('SELECT name FROM t WHERE id = ?')).toBe(first);
    expect(connection.prepare('SELECT name FROM t WHERE id = ?').get(2)).toEqual({ name: 'b' });
  });

  it('hands a statement out again reading rows as objects, whatever mode its last user left it in', () => {
    const sql = 'SELECT id, name FROM t ORDER BY id';
    expect(connection.prepare(sql).raw().all()).toEqual([[1, 'a'], [2, 'b']]);
    expect(connection.prepare(sql).all()).toEqual([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]);
    expect(connection.prepare(sql).pluck().all()).toEqual([1, 2]);
    expect(connection.prepare(sql).get()).toEqual({ id: 1, name: 'a' });
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const a = connection.prepare('SELECT 1');
    const b = connection.prepare('SELECT 2');
    expect(connection.prepare('SELECT 1')).toBe(a);
    connection.prepare('SELECT 3');
    expect(connection.prepare('SELECT 1')).toBe(a);
    expect(connection.prepare('SELECT 2')).not.toBe(b);
  });

  it('runs writes through a cached statement, and sees a schema change made after it was compiled', () => {
    const insert = "INSERT INTO t (name) VALUES ('c')";
    connection.prepare(insert).run();
    connection.prepare(insert).run();
    const count = 'SELECT count(*) AS n FROM t';
    expect(connection.prepare(count).get()).toEqual({ n: 4 });
    const star = 'SELECT * FROM t WHERE id = 1';
    expect(connection.prepare(star).get()).toEqual({ id: 1, name: 'a' });
    connection.exec('ALTER TABLE t ADD COLUMN note TEXT');
    expect(connection.prepare(star).get()).toEqual({ id: 1, name: 'a', note: null });
  });
});

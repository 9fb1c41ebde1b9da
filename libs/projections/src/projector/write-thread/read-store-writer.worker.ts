import type Database from 'better-sqlite3';
import { MessagePort, parentPort, workerData } from 'node:worker_threads';
import { openReadStore } from '../read-store';
import { FromWriteThread, Ops, QueryReply, SqlValue, ToWriteThread, WriteThreadSetup } from './protocol';

/**
 * The thread that owns a read store's write connection: it applies the row changes a projector sends,
 * one transaction per batch, in the order sent, and says when each is committed. A batch that fails is
 * rolled back, and everything sent after it in the same epoch is dropped until the projector resets.
 */
class ReadStoreWriter {
  private readonly db: Database.Database;
  private readonly statements: Database.Statement<unknown[]>[];
  private readonly args: SqlValue[][];
  private readonly json: boolean[][];
  private readonly saveCheckpoint: Database.Statement<[number, string | null, string]>;
  private readonly queries = new Map<string, Database.Statement<unknown[], Record<string, SqlValue>>>();
  private readonly signal: Int32Array;
  private epoch = 0;
  private failedEpoch = -1;
  private open = false;

  constructor(
    private readonly setup: WriteThreadSetup & { replies: MessagePort },
    private readonly post: (message: FromWriteThread) => void,
    private readonly end: () => void,
  ) {
    this.db = openReadStore(setup.file, { cacheMiB: setup.cacheMiB });
    for (const pragma of setup.pragmas) this.db.pragma(pragma);
    this.statements = setup.statements.map((statement) => this.db.prepare<unknown[]>(statement.sql));
    this.args = setup.statements.map((statement) => new Array<SqlValue>(statement.json.length));
    this.json = setup.statements.map((statement) => statement.json);
    this.saveCheckpoint = this.db.prepare('UPDATE projection_checkpoints SET version = ?, position = ? WHERE name = ?');
    this.signal = new Int32Array(setup.replySignal);
  }

  handle(message: ToWriteThread): void {
    // A thread started after a reset (the one before ended when idle) learns the epoch from what it is sent.
    if (message.kind !== 'close') this.epoch = message.epoch;
    switch (message.kind) {
      case 'query':
        return this.reply(
          this.accepts(message.epoch) ? this.query(message.ops, message.sql, message.params) : { error: 'an earlier write of this batch failed' },
        );
      case 'commit':
        if (this.accepts(message.epoch)) this.commit(message);
        return;
      case 'reset':
        this.rollback();
        return this.post({ kind: 'reset', epoch: message.epoch });
      case 'close':
        this.rollback();
        this.db.close();
        return this.end();
      default: {
        const unknown: never = message;
        throw new Error(`unknown message ${JSON.stringify(unknown)}`);
      }
    }
  }

  /** False for what follows a failure, until the projector resets into a new epoch. */
  private accepts(epoch: number): boolean {
    return epoch !== this.failedEpoch;
  }

  private query(ops: Ops, sql: string, params: SqlValue[]): QueryReply {
    try {
      this.apply(ops);
      let statement = this.queries.get(sql);
      if (!statement) {
        statement = this.db.prepare<unknown[], Record<string, SqlValue>>(sql);
        this.queries.set(sql, statement);
      }
      return { rows: statement.all(params) };
    } catch (error) {
      this.fail(-1);
      return { error: String(error) };
    }
  }

  private commit({ seq, ops, ddl, checkpoints }: Extract<ToWriteThread, { kind: 'commit' }>): void {
    try {
      this.apply(ops);
      for (const statement of ddl) this.db.exec(statement);
      for (const { name, version, position } of checkpoints) this.saveCheckpoint.run(version, position, name);
      this.db.exec('COMMIT');
      this.open = false;
      this.post({ kind: 'committed', epoch: this.epoch, seq });
    } catch (error) {
      this.fail(seq, error);
    }
  }

  private apply(ops: Ops): void {
    if (!this.open) {
      this.db.exec('BEGIN');
      this.open = true;
    }
    for (let i = 0; i < ops.length;) {
      const index = ops[i++] as number;
      const args = this.args[index];
      const json = this.json[index];
      for (let k = 0; k < args.length; k++) {
        const value = ops[i++];
        args[k] = json[k] && typeof value !== 'string' ? JSON.stringify(value) : (value as SqlValue);
      }
      this.statements[index].run(args);
    }
  }

  private fail(seq: number, error?: unknown): void {
    this.rollback();
    this.failedEpoch = this.epoch;
    if (seq >= 0) {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      this.post({ kind: 'failed', epoch: this.epoch, seq, message, stack });
    }
  }

  private rollback(): void {
    if (this.open && this.db.inTransaction) this.db.exec('ROLLBACK');
    this.open = false;
  }

  private reply(reply: QueryReply): void {
    this.setup.replies.postMessage(reply);
    Atomics.store(this.signal, 0, 1);
    Atomics.notify(this.signal, 0);
  }
}

const port = parentPort!;
const setup = workerData as WriteThreadSetup & { replies: MessagePort };
const writer = new ReadStoreWriter(
  setup,
  (message) => port.postMessage(message),
  () => {
    setup.replies.close();
    port.close();
  },
);
port.on('message', (message: ToWriteThread) => writer.handle(message));

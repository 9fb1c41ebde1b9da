/**
 * The peer opens a connection per operation and does not wait for its `PRAGMA journal_mode = WAL`
 * before starting the transaction; now and then the pragma is still active when COMMIT runs, which
 * fails with SQLITE_BUSY "SQL statements in progress" and rolls the append back. Retrying the same
 * append, with the same expected version, is then safe; the retries are counted and reported.
 */
export async function retryOnRacedCommit<T>(append: () => Promise<T>, onRetry: () => void = () => {}, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await append();
    } catch (error) {
      if (attempt >= attempts || !isStatementsInProgress(error)) throw error;
      onRetry();
    }
  }
}

function isStatementsInProgress(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_BUSY' && /statements in progress/.test(error.message);
}

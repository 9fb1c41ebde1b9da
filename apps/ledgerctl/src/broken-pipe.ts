/**
 * A reader that goes away before the end (`ledgerctl read ... | head -1`) ends the command quietly,
 * as it ends any shell tool: what was asked for was read.
 */
export function endQuietlyOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(0);
    });
  }
}

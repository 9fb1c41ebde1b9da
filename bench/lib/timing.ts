/** Wall-clock seconds taken by an async task. */
export async function secondsTaken(task: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

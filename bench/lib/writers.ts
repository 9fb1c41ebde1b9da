import { AppendCall } from './disclosure-workload';

/**
 * The calls split among `writers` concurrent appenders, each owning whole streams (stream k of the
 * workload goes to writer k mod writers), in the workload's order: no two writers race on a stream.
 */
export function writersOwningTheirStreams(calls: readonly AppendCall[], writers: number): AppendCall[][] {
  const streamIndex = new Map<string, number>();
  const own: AppendCall[][] = Array.from({ length: writers }, () => []);
  for (const call of calls) {
    let index = streamIndex.get(call.streamId);
    if (index === undefined) streamIndex.set(call.streamId, (index = streamIndex.size));
    own[index % writers].push(call);
  }
  return own;
}

import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The headers helmet sets, asked of it once: they depend on its options only, and setting them through
 * its middleware on every answer (a dozen validated setHeader calls) cost about 5 % of the write path.
 * Plain http on another interface is a supported set-up: an upgrade to https would break the explorer there.
 */
export async function securityHeaders(): Promise<Record<string, string>> {
  const { default: helmet } = await import('helmet');
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  let failure: unknown;
  helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } })(
    {} as IncomingMessage,
    response as unknown as ServerResponse,
    (error?: unknown) => void (failure = error),
  );
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error('helmet refused its options');
  return headers;
}

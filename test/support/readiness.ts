import { HttpResponse, client } from './http';

/** GET /health/ready until `condition` holds of its answer (the projector catches up in its own time). */
export async function readyUntil(baseUrl: string, condition: (response: HttpResponse) => boolean, timeoutMs = 20_000): Promise<HttpResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await client(baseUrl).get('/health/ready');
    if (condition(response)) return response;
    if (Date.now() > deadline) throw new Error(`/health/ready still answers ${response.status} ${JSON.stringify(response.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Ready, with the read model level with the store (a 200 alone allows a lag up to READY_MAX_LAG_EVENTS). */
export function readyAndLevel(response: HttpResponse): boolean {
  const checks = (response.body as { checks?: { name: string; lag?: number }[] } | undefined)?.checks ?? [];
  return response.status === 200 && checks.some((check) => check.name === 'read-model' && check.lag === 0);
}

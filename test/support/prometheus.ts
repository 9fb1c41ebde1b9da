/** One scrape of /metrics: each sample's value by its series, written `name{label="value",…}` as the server printed it. */
export type Scrape = Map<string, number>;

export async function scrape(baseUrl: string): Promise<Scrape> {
  const response = await fetch(`${baseUrl}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const split = line.lastIndexOf(' ');
    samples.set(line.slice(0, split), Number(line.slice(split + 1)));
  }
  return samples;
}

/** The sample `name` whose labels include every one of `labels` (undefined when none). */
export function sample(samples: Scrape, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  for (const [series, value] of samples) {
    const bare = series.split('{')[0];
    if (bare === name && wanted.every((pair) => series.includes(pair))) return value;
  }
  return undefined;
}

/** Scrapes until `condition` holds of a scrape (what a background task reaches in its own time), or fails after timeoutMs. */
export async function scrapeUntil(baseUrl: string, condition: (samples: Scrape) => boolean, timeoutMs = 10_000): Promise<Scrape> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const samples = await scrape(baseUrl);
    if (condition(samples)) return samples;
    if (Date.now() > deadline) throw new Error(`/metrics did not reach the condition within ${timeoutMs} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

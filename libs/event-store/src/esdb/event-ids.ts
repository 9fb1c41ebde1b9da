const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An event id as the server will hold it. The server parses every id as a GUID (refusing anything
 * else) and reads it back in lower case; the hash chain and repeat detection must use that form.
 */
export function toServerEventId(id: string): string {
  if (!UUID.test(id)) throw new RangeError(`event id ${JSON.stringify(id)} is not a UUID`);
  return id.toLowerCase();
}

/**
 * RFC 8785 written member by member: the slower path, for the values whose member order a copied
 * object cannot hold (integer-like keys). Returns undefined for a value JSON leaves out.
 */
export function canonicalJsonByHand(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`${value} is not valid JSON`);
      return `${value}`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map((item) => canonicalJsonByHand(item) ?? 'null').join(',')}]`;
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
        return canonicalJsonByHand((value as { toJSON(): unknown }).toJSON());
      }
      return objectByHand(value as Record<string, unknown>);
    case 'bigint':
      throw new TypeError('a bigint is not valid JSON');
    default:
      return undefined;
  }
}

function objectByHand(object: Record<string, unknown>): string {
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const member = canonicalJsonByHand(object[key]);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
}

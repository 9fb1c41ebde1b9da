/** Writes an object's members as canonical JSON text, given how to write one value (undefined: left out). */
export type MemberWriter = (object: Record<string, unknown>, write: (value: unknown) => string | undefined) => string;

/**
 * A member writer for one layout, compiled to JavaScript: each member is read by its constant name,
 * which the engine can look up directly in objects of one shape, where a loop over the names reads
 * each through a generic lookup. The names and texts enter the code only as JSON string literals,
 * which are valid JavaScript string literals whatever they hold.
 */
export function compileMemberWriter(names: readonly string[], firstPrefixes: readonly string[], prefixes: readonly string[]): MemberWriter {
  const statements = names.map((name, i) => {
    const [member, first, other] = [name, firstPrefixes[i], prefixes[i]].map((text) => JSON.stringify(text));
    return `member = write(object[${member}]); if (member !== undefined) text += (text === '' ? ${first} : ${other}) + member;`;
  });
  const body = `let text = '', member;\n${statements.join('\n')}\nreturn text === '' ? '{}' : text + '}';`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the body is built from JSON-quoted member names only
  return new Function('object', 'write', body) as MemberWriter;
}

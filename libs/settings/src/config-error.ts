/**
 * A setting of the environment that is malformed or unusable: its message is one line that names the
 * variable and the form it expects, printed as it is when a server refuses to start.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A value for an error message: quoted, without control characters, shortened, without URL credentials. */
export function quote(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  const safe = text.replace(/\/\/[^/@?#]*@/, '//***@').replace(/[\u0000-\u001f\u007f]/g, '?');
  return JSON.stringify(safe.length > 200 ? `${safe.slice(0, 200)}…` : safe);
}

/**
 * What a value parser throws: the form expected, without the name ("must be …, got …"), so that the
 * same parser serves a variable of the environment and a command-line option.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';
}

/** Runs `parse` on a value given under `name`: a refusal becomes a ConfigError naming it. */
export function parseNamed<T>(name: string, parse: (text: string) => T, text: string): T {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof Refusal) throw new ConfigError(`${name} ${error.message}`);
    throw error;
  }
}

import { CleanedEnv, cleanEnv } from 'envalid';
import { ConfigError, Refusal } from './config-error';
import { SETTINGS, SettingName } from './declared-settings';

type Declared = typeof SETTINGS;
export type Settings<N extends SettingName = SettingName> = Pick<CleanedEnv<Declared>, N>;

/**
 * The settings named (each checked by its declaration, the others neither read nor checked), from
 * `env`: a malformed one is a ConfigError whose one-line message names the first such variable and
 * the form expected.
 */
export function readSettings<N extends SettingName>(names: readonly N[], env: NodeJS.ProcessEnv = process.env): Settings<N> {
  const specs = Object.fromEntries(names.map((name) => [name, SETTINGS[name]])) as Pick<Declared, N>;
  const given = Object.fromEntries(names.flatMap((name) => nonBlank(name, env[name])));
  return cleanEnv(given, specs, {
    reporter: ({ errors }) => {
      const name = names.find((candidate) => errors[candidate] !== undefined);
      if (name === undefined) return;
      const error = errors[name] as Error;
      throw error instanceof Refusal ? new ConfigError(`${name} ${error.message}`) : error;
    },
  }) as unknown as Settings<N>;
}

/** One setting. */
export function readSetting<N extends SettingName>(name: N, env: NodeJS.ProcessEnv = process.env): Settings<N>[N] {
  return readSettings([name], env)[name];
}

/** The variable's text, trimmed; nothing when unset or blank (the default then applies). */
function nonBlank(name: string, value: string | undefined): [string, string][] {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? [] : [[name, trimmed]];
}

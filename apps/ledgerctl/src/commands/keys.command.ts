import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { ApiKeyStore, KeyStoreError, KeysFileError, SCOPES, Scope } from '@ledger/platform/framework-free';
import { CliError } from '../cli-error';
import { KEYS_FILE_HELP, KeysFileOption, keysFileLocation } from '../keys-location';
import { STORE_OPTION_HELP } from '../store-option';

interface CreateOptions extends KeysFileOption {
  scope: Scope;
}

/** The ledger's API keys: a running server sees a change within a second, without a restart. */
export function keysCommand(): Command {
  const keys = new Command('keys').description('API keys: create, list, revoke (the file holds their hashes, never a secret)');
  withFileOptions(keys.command('create <name>'))
    .description('create a key and print its secret, once: it is stored nowhere')
    .addOption(new Option('--scope <scope>', 'what the key may do (admin > write > read)').choices(SCOPES).makeOptionMandatory())
    .action((name: string, options: CreateOptions) => {
      process.stdout.write(`${withKeys(options, (store) => store.create(name, options.scope))}\n`);
    });
  withFileOptions(keys.command('list'))
    .description('each key: name, scope, created, revoked (never a secret)')
    .option('--json', 'one JSON object per key')
    .action((options: KeysFileOption & { json?: boolean }) => {
      for (const key of withKeys(options, (store) => store.list())) {
        process.stdout.write(
          `${options.json ? JSON.stringify(key) : `${key.name}  ${key.scope}  created ${key.createdAt}  ${key.revokedAt ? `revoked ${key.revokedAt}` : 'active'}`}\n`,
        );
      }
    });
  withFileOptions(keys.command('revoke <name>'))
    .description('revoke a key: a running ledger refuses it (401) within a second')
    .action((name: string, options: KeysFileOption) => {
      withKeys(options, (store) => store.revoke(name));
      process.stdout.write(`revoked ${name}\n`);
    });
  return keys;
}

function withFileOptions(command: Command): Command {
  return command.option('--keys-file <file>', KEYS_FILE_HELP).option('--store <location>', STORE_OPTION_HELP);
}

function withKeys<T>(options: KeysFileOption, work: (store: ApiKeyStore) => T): T {
  const file = keysFileLocation(options);
  if (!existsSync(file)) throw new CliError(`no keys file at ${file}: the ledger's first start creates it (or give --keys-file)`);
  try {
    return work(new ApiKeyStore(file));
  } catch (error) {
    if (error instanceof KeyStoreError || error instanceof KeysFileError) throw new CliError(error.message);
    throw error;
  }
}

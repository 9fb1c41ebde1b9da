import { CompanyCommand } from '../company/commands';
import { decide } from '../company/decide';
import { LedgerError } from '../company/errors';
import { evolve } from '../company/evolve';
import { CompanyState, initialCompanyState } from '../company/state';
import { CompanyEvent } from '../events/company-event';

/** given(past events) → when(command) → then the new events, nothing (a replay), or an error. */
export function given(...history: CompanyEvent[]) {
  const state: CompanyState = history.reduce(evolve, initialCompanyState);
  return {
    state,
    when(command: CompanyCommand) {
      const result = decide(command, state);
      return {
        result,
        thenEvents(...expected: CompanyEvent[]): void {
          expect(result).toEqual({ ok: true, value: expected });
        },
        thenNothing(): void {
          expect(result).toEqual({ ok: true, value: [] });
        },
        thenError(expected: Partial<LedgerError>): LedgerError {
          if (result.ok) throw new Error(`expected an error, got events ${JSON.stringify(result.value)}`);
          expect(result.error).toMatchObject(expected);
          return result.error;
        },
      };
    },
  };
}

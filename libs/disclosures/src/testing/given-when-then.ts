import { CompanyCommand } from '../company/commands';
import { decide } from '../company/decide';
import { LedgerError } from '../company/errors';
import { evolve } from '../company/evolve';
import { leanState, namedIds } from '../company/named-ids';
import { CompanyState, initialCompanyState } from '../company/state';
import { CompanyEvent } from '../events/company-event';

/**
 * given(past events) → when(command) → then the new events, nothing (a replay), or an error. The
 * decider is asked on the lean state (only the disclosures the command names, as the write side's
 * decision index hands it over), and must answer exactly as on the whole fold of the history.
 */
export function given(...history: CompanyEvent[]) {
  const state: CompanyState = history.reduce(evolve, initialCompanyState);
  return {
    state,
    when(command: CompanyCommand) {
      const result = decide(command, leanState(state, namedIds(command)));
      expect(decide(command, state)).toEqual(result);
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

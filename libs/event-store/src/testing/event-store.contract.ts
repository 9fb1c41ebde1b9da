import { EventStore } from '../port/event-store';
import { describeAppendContract } from './contract/append-contract';
import { describeChainContract } from './contract/chain-contract';
import { CONTRACT_TIMEOUT_MS } from './contract/fixtures';
import { describeReadContract } from './contract/read-contract';
import { describeSubscriptionContract } from './contract/subscription-contract';

export interface OpenedStore {
  store: EventStore;
  /** Closes the store and removes what open() created. */
  cleanup(): Promise<void>;
}

/**
 * The behaviour every EventStore adapter shares. Each test uses streams of its own and never assumes
 * an empty log, so the suite can run against a shared, long-lived server.
 */
export function describeEventStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`EventStore contract: ${name}`, () => {
    let opened: OpenedStore | undefined;
    const store = (): EventStore => {
      if (!opened) throw new Error('the store did not open');
      return opened.store;
    };
    beforeAll(async () => {
      opened = await open();
    }, CONTRACT_TIMEOUT_MS);
    afterAll(async () => {
      await opened?.cleanup();
    }, CONTRACT_TIMEOUT_MS);

    describe('append', () => describeAppendContract(store));
    describe('read', () => describeReadContract(store));
    describe('subscriptions', () => describeSubscriptionContract(store));
    describe('hash chain', () => describeChainContract(store));
  });
}

import { COMPANY_ID_PATTERN, EVENT_TYPES, isEventType } from '@ledger/disclosures';
import { NotInSchemas } from '@ledger/platform/framework-free';
import { List, Single } from '../query-params';

const quoted = (items: string[]) => items.map((item) => JSON.stringify(item)).join(', ');

const Companies = () =>
  List(
    (id) => COMPANY_ID_PATTERN.test(id),
    (refused) => `are not all company ids (${COMPANY_ID_PATTERN.source}): ${quoted(refused)}`,
  );
const EventTypes = () => List(isEventType, (refused) => `are not all event types: ${quoted(refused)}; known: ${EVENT_TYPES.join(', ')}`);

/** The query of a company's live stream. */
@NotInSchemas()
export class CompanyStreamParams {
  @EventTypes() types?: string[];
  /** Where to start; checked against the log later. */
  @Single() from?: string;
}

/** The query of `/v1/streams/all`: the companies and the event types asked for. */
@NotInSchemas()
export class AllStreamsParams {
  @Companies() companies?: string[];
  @EventTypes() types?: string[];
  @Single() from?: string;
}

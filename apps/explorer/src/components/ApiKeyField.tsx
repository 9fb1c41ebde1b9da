import { useState } from 'preact/hooks';
import { apiKey, setApiKey } from '../api';

/** An API key for writes and admin, when the ledger asks for one; kept for this tab only. */
export function ApiKeyField() {
  const [key, setKey] = useState(apiKey());
  return (
    <label class="api-key">
      API key (if the ledger requires one)
      <input
        type="password"
        autocomplete="off"
        value={key}
        onInput={(event) => {
          setKey(event.currentTarget.value);
          setApiKey(event.currentTarget.value);
        }}
      />
    </label>
  );
}

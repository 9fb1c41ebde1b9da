import { useState } from 'preact/hooks';
import { apiKey, setApiKey } from '../api-key';

/** The API key every request sends as a Bearer token (writes and admin need one where the ledger requires keys); kept for this tab only. */
export function ApiKeyField() {
  const [key, setKey] = useState(apiKey());
  return (
    <>
      <label class="api-key">
        API key
        <input
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={key}
          aria-describedby="api-key-note"
          onInput={(event) => {
            setKey(event.currentTarget.value);
            setApiKey(event.currentTarget.value);
          }}
        />
      </label>
      <span id="api-key-note" class="visually-hidden">
        Sent with every request of this tab; forgotten when the tab closes.
      </span>
    </>
  );
}

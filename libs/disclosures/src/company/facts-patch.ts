type Facts = Record<string, unknown>;

/** Shallow merge of a correction over current facts; a null member removes that field. */
export function applyFactsPatch(current: Facts, patch: Facts): Facts {
  const kept = Object.entries(current).filter(([field]) => !Object.hasOwn(patch, field));
  const patched = Object.entries(patch).filter(([, value]) => value !== null);
  return Object.fromEntries([...kept, ...patched]);
}

/**
 * The patch as it will be stored: each patched field takes its normalized value from the validated
 * merge (trimmed, defaulted), or null when the merge left it out. Applying it gives the validated merge.
 */
export function normalizedPatch(patch: Facts, validatedMerge: Facts): Facts {
  return Object.fromEntries(Object.keys(patch).map((field) => [field, Object.hasOwn(validatedMerge, field) ? validatedMerge[field] : null]));
}

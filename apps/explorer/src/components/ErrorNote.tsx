/** An error said in words, announced to screen readers. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {error instanceof Error ? error.message : typeof error === 'string' ? error : 'Something went wrong.'}
    </p>
  );
}

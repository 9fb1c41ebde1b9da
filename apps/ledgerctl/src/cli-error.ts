/** A failure the user can act on: printed as one message, then the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

export const EXIT = { rejected: 1, usage: 2, unavailable: 3 } as const;

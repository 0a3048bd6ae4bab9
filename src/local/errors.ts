/**
 * Errors the CLI turns into a one-line Vietnamese message and an exit code (never a stack trace).
 * Anything else reaching the top is a bug: reported as "unexpected", also with exit code 2.
 */
export const EXIT = {
  /** Scored (or done) and the workbook has no errors; warnings are allowed. */
  ok: 0,
  /** Scored, but the workbook (or catalogue) has errors. */
  hasErrors: 1,
  /** Could not read or score: bad file, bad usage. */
  failed: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem the user can fix (bad file, bad argument); `details` are extra lines, e.g. catalogue faults. */
export class LocalError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'LocalError';
  }
}

/** Where commands print; the CLI passes stdout/stderr, tests pass a recorder. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

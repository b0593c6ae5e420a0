/** Bad configuration or usage found at start-up: the CLI prints the message and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An input problem at a known place (file:line:col). Collected as data; the scan goes on. */
export interface InputError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export function formatInputError(e: InputError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

/** A user-facing CLI failure: printed as one line, exit code 2 unless said otherwise. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** A command: takes the arguments after its name, writes to io, returns the exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

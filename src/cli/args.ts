import { parseArgs } from 'node:util';
import { CliError } from './cli-error.ts';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * Parses `FILE --opt value --flag` style arguments with node's util.parseArgs, turning its errors
 * into one-line CliErrors. Returns the positionals and the option values.
 */
export function parseCommandArgs<T extends OptionSpec>(args: string[], options: T) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    throw new CliError((err as Error).message.split('\n')[0]);
  }
}

/** The value of a required string option, or a CliError naming it. */
export function requireOption(values: Record<string, string | boolean | undefined>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new CliError(`missing required option --${name}`);
  return v;
}

/** The single FILE positional, or a CliError. */
export function requireFile(positionals: string[]): string {
  if (positionals.length !== 1) throw new CliError(`expected exactly one FILE argument, got ${positionals.length}`);
  return positionals[0];
}

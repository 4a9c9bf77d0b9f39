import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, type CliCommand } from './cli-error.ts';

// Each command lives in src/cli/commands/<name>.ts and exports `command: CliCommand`.
// Commands are loaded on demand so that `klankbord nps` does not pay for loading the LCA or text engines.
const USAGE = `klankbord <command> [options]

Commands (each takes --help):
  nps        Net Promoter Score with standard error and 95% CI
  crosstab   crosstab with chi-square test and Cramer's V
  weight     rake a file to population margins
  drivers    relative importance of predictors for an outcome
  lca        latent class analysis
  segment    assign each row to a latent class segment
  themes     group open answers into themes
  sentiment  sentiment per open answer

Input files are CSV (UTF-8, ',' or ';' separated, with a header row; an empty cell is missing).
Exit codes: 0 ok, 2 bad input or usage.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  if (!/^[a-z-]+$/.test(name)) throw new CliError(`unknown command "${name}" (see klankbord --help)`);
  const file = fileURLToPath(new URL(`./commands/${name}.ts`, import.meta.url));
  if (!existsSync(file)) throw new CliError(`unknown command "${name}" (see klankbord --help)`);
  const mod = (await import(file)) as { command: CliCommand };
  return mod.command(rest, { stdout: process.stdout, stderr: process.stderr });
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof CliError) {
    process.stderr.write(`klankbord: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else {
    process.stderr.write(`klankbord: internal error: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}

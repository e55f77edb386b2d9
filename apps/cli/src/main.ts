import { CommanderError } from 'commander';
import { formatFailure, toCliFailure } from './cli-error.ts';
import { createProgram } from './program.ts';
import { redactSecrets, secretsOfSource } from './redact.ts';

/**
 * Runs the command line and returns the exit status: 0 when the command finished, 2 when
 * the source cannot be read, 1 for anything else. Failures print one line on stderr; the
 * stack only with `SHUAN_DEBUG=1`, and never a password.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const io = { stdout: process.stdout, stderr: process.stderr };
  // Any argument may be a source URL with a password; none of them may be printed.
  const secrets = argv.flatMap(secretsOfSource);
  const program = createProgram(io);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    // --help and --version end the parse through exitOverride with a success code; a bare
    // `shuan` prints the help on stderr and ends with commander's code 'commander.help'.
    if (
      error instanceof CommanderError &&
      (error.exitCode === 0 || error.code === 'commander.help')
    ) {
      return error.exitCode;
    }
    const failure = toCliFailure(error, secrets);
    io.stderr.write(formatFailure(failure) + '\n');
    if (process.env['SHUAN_DEBUG'] === '1' && error instanceof Error && error.stack) {
      io.stderr.write(redactSecrets(error.stack, secrets) + '\n');
    }
    return failure.exitCode;
  }
}

// `shuan scan demo --format json | head` closes stdout early: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv);

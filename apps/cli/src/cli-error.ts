import { CommanderError } from 'commander';
import { redactSecrets } from './redact.ts';

/** Exit status when the source cannot be read (bad URL, refused connection, wrong password). */
export const EXIT_BAD_SOURCE = 2;
/** Exit status for every other failure: bad option, unknown rule pack, unwritable output. */
export const EXIT_FAILURE = 1;

/**
 * An error the command reports as one line, `错误 Error [CODE]: message`, with a stable code
 * and the exit status it ends the process with.
 */
export class CliError extends Error {
  readonly code: string;
  readonly exitCode: number;

  constructor(code: string, message: string, exitCode: number = EXIT_FAILURE) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** What the command prints and returns for a failure. */
export interface CliFailure {
  code: string;
  message: string;
  exitCode: number;
}

/**
 * Maps any thrown value to a failure: our own {@link CliError}s, commander's usage errors,
 * connector errors (codes `SOURCE_*`, exit 2), and coded errors of other packages such as
 * `RULE_PACK_UNKNOWN`. The message is cut to its first line and stripped of credentials.
 */
export function toCliFailure(error: unknown, secrets: readonly string[] = []): CliFailure {
  if (error instanceof CliError) {
    return { code: error.code, message: clean(error.message, secrets), exitCode: error.exitCode };
  }
  if (error instanceof CommanderError) {
    const message = error.message.replace(/^error:\s*/i, '');
    return {
      code: 'CLI_BAD_USAGE',
      message: `命令用法有误 / ${clean(message, secrets)}（见 see \`shuan --help\`）`,
      exitCode: EXIT_FAILURE,
    };
  }
  const code = codeOf(error);
  const message = clean(error instanceof Error ? error.message : String(error), secrets);
  if (code?.startsWith('SOURCE_') === true) return { code, message, exitCode: EXIT_BAD_SOURCE };
  return { code: code ?? 'INTERNAL', message: message || 'unknown error', exitCode: EXIT_FAILURE };
}

/** The one line printed on stderr for a failure. */
export function formatFailure(failure: CliFailure): string {
  return `错误 Error [${failure.code}]: ${failure.message}`;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = error.code;
  // Node's system errors (ENOENT, ECONNREFUSED) carry codes too; keep only ours, which are
  // upper-case words joined by underscores, and Node's E-codes as they are.
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code) ? code : undefined;
}

function clean(message: string, secrets: readonly string[]): string {
  const firstLine = message.split('\n').find((line) => line.trim() !== '') ?? '';
  return redactSecrets(firstLine.trim(), secrets);
}

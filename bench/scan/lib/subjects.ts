/**
 * The code under measurement, loaded from the packages by name. While another engineer's
 * function has not landed, loading it throws {@link NotWiredError}: the part then reports
 * "not measured" and FAIL, never a made-up figure.
 */
import type { LabelCode, SourceReader, TableClassifier } from '@shuan/core';

/** The fast whole-value path of `@shuan/tools`. */
export interface ValueRecognizer {
  recognize(value: string): LabelCode | null;
}

/** Thrown when a function the bench measures is not exported yet. */
export class NotWiredError extends Error {
  override readonly name = 'NotWiredError';
}

async function loadModule(specifier: string): Promise<Record<string, unknown>> {
  try {
    const mod: unknown = await import(specifier);
    return mod as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new NotWiredError(
      `占位：${specifier} 尚不可加载 / placeholder: cannot load ${specifier} (${reason})`,
    );
  }
}

function requireFunction(mod: Record<string, unknown>, pkg: string, name: string): unknown {
  const fn = mod[name];
  if (typeof fn !== 'function') {
    throw new NotWiredError(
      `占位：${pkg} 尚未导出 ${name} / placeholder: ${pkg} does not export ${name} yet`,
    );
  }
  return fn;
}

/** `createValueRecognizer()` of `@shuan/tools`. */
export async function loadValueRecognizer(): Promise<ValueRecognizer> {
  const tools = await loadModule('@shuan/tools');
  const create = requireFunction(
    tools,
    '@shuan/tools',
    'createValueRecognizer',
  ) as () => ValueRecognizer;
  return create();
}

/** `createClassifier()` of `@shuan/tools`. */
export async function loadClassifier(): Promise<TableClassifier> {
  const tools = await loadModule('@shuan/tools');
  const create = requireFunction(tools, '@shuan/tools', 'createClassifier') as (options?: {
    industry?: string;
  }) => TableClassifier;
  return create();
}

/** The options the bench passes to `openSource` (a folder scan needs the tools' sweeper). */
export interface BenchSourceOptions {
  sweeper?: TextSweeper;
}

/** `openSource()` of `@shuan/connectors`. */
export async function loadOpenSource(): Promise<
  (source: string, options?: BenchSourceOptions) => Promise<SourceReader>
> {
  const connectors = await loadModule('@shuan/connectors');
  return requireFunction(connectors, '@shuan/connectors', 'openSource') as (
    source: string,
    options?: BenchSourceOptions,
  ) => Promise<SourceReader>;
}

/** The whole-text sweeper of `@shuan/tools` (`packages/tools/src/text-sweep/`). */
export interface TextSweeper {
  sweep(text: string, onHit: (code: LabelCode, start: number, end: number) => void): void;
  count(text: string): Partial<Record<LabelCode, number>>;
}

/** `createTextSweeper()` of `@shuan/tools`. */
export async function loadTextSweeper(): Promise<TextSweeper> {
  const tools = await loadModule('@shuan/tools');
  const create = requireFunction(tools, '@shuan/tools', 'createTextSweeper') as () => TextSweeper;
  return create();
}

/** The delimiters sniffed in delimited text files, most likely first. */
export const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * Picks the delimiter of a delimited file from its first lines: the candidate that occurs
 * (outside quotes) the same non-zero number of times on most lines. TSV files default to tab.
 */
export function sniffDelimiter(lines: readonly string[], fallback: string): string {
  let best = fallback;
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => splitLine(line, delimiter).length - 1);
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const score = counts.filter((c) => c === first).length * 1000 + first;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Splits one line of delimited text into fields, honouring `"` quotes and `""` escapes. */
export function splitLine(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** The index of the field holding position `at` of `text`, counted from `lineStart`. */
export function fieldIndexAt(
  text: string,
  lineStart: number,
  at: number,
  delimiter: string,
): number {
  const code = delimiter.charCodeAt(0);
  let index = 0;
  let quoted = false;
  for (let i = lineStart; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === code && !quoted) index++;
  }
  return index;
}

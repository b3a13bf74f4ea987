/**
 * Just enough of source maps (v3) to say which source file a position in a bundled chunk came from, so
 * that a CPU profile of `next start` can name jose, next-auth, drizzle or the app's own files instead of
 * "[root-of-the-server]__1kbs….js". Pure: the map's JSON in, a lookup out.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/**
 * Decodes one Base64 VLQ segment into its numbers.
 *
 * @example
 * decodeVlq('AAgBC') // [0, 0, 16, 1]
 */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not Base64 VLQ: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

export interface RawSourceMap {
  sources?: string[];
  mappings?: string;
  sections?: { offset: { line: number; column: number }; map: RawSourceMap }[];
}

/** Per generated line: the columns where a mapping starts and the source index each one maps to. */
type Lines = { columns: number[]; sources: number[] }[];

function decodeLines(mappings: string): Lines {
  const lines: Lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const columns: number[] = [];
    const sources: number[] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const [dc = 0, ds] = decodeVlq(segment);
      column += dc;
      if (ds === undefined) continue;
      source += ds;
      columns.push(column);
      sources.push(source);
    }
    lines.push({ columns, sources });
  }
  return lines;
}

/**
 * A lookup from a 0-based (line, column) of the generated file to the source file it came from, or null.
 * Index maps (`sections`) are flattened by their offsets.
 */
export function sourceLookup(map: RawSourceMap): (line: number, column: number) => string | null {
  if (map.sections) {
    const parts = map.sections.map((s) => ({ offset: s.offset, lookup: sourceLookup(s.map) }));
    return (line, column) => {
      let found: (typeof parts)[number] | undefined;
      for (const part of parts) if (part.offset.line < line || (part.offset.line === line && part.offset.column <= column)) found = part;
      if (!found) return null;
      return found.lookup(line - found.offset.line, line === found.offset.line ? column - found.offset.column : column);
    };
  }
  const lines = decodeLines(map.mappings ?? '');
  const sources = map.sources ?? [];
  return (line, column) => {
    const entry = lines[line];
    if (!entry || entry.columns.length === 0) return null;
    let lo = 0;
    let hi = entry.columns.length - 1;
    if ((entry.columns[0] as number) > column) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((entry.columns[mid] as number) <= column) lo = mid;
      else hi = mid - 1;
    }
    return sources[entry.sources[lo] as number] ?? null;
  };
}

/**
 * Where a source path lives: its npm package, or the project folder for the app's own files.
 *
 * @example
 * sourceHome('../../../../node_modules/%40auth/core/jwt.js') // '@auth/core'
 * sourceHome('../../../../app/_lib/caller.ts') // 'app/_lib'
 */
export function sourceHome(source: string): string {
  const decoded = decodeURIComponent(source);
  // The innermost node_modules: a package's own dependency counts as itself.
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(decoded);
  // drizzle-orm ships maps to its own src/, which chained maps leave as node_modules/src/.
  if (pkg) return pkg[1] === 'src' ? 'drizzle-orm' : (pkg[1] as string);
  const project = decoded.replace(/^(\.\.\/)+/, '').replace(/^\[project\]\//, '');
  const parts = project.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : (parts[0] ?? project);
}

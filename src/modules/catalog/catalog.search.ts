/**
 * Chinese search without a Chinese tokenizer, identical on PGlite and PostgreSQL: text becomes
 * CJK bigrams plus lower-cased Latin words, fed to `to_tsvector('simple', …)`. A query matches when
 * every one of its bigrams is present, or when a curated synonym of it is.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const WORD = /[a-z0-9]+/gu;

export function terms(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (const run of lower.match(CJK) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  for (const word of lower.replace(CJK, ' ').match(WORD) ?? []) out.push(word);
  return out;
}

/** The space-separated terms a `to_tsvector('simple', …)` call indexes. */
export function indexText(...texts: string[]): string {
  return [...new Set(texts.flatMap(terms))].join(' ');
}

/** One alternative: all of its terms must match. */
export type Alternative = string[];

/** The query itself, plus each synonym phrase it contains expanded to its catalog words. */
export function queryAlternatives(
  q: string,
  synonyms: ReadonlyMap<string, readonly string[]>,
): Alternative[] {
  const alternatives: Alternative[] = [];
  const own = [...new Set(terms(q))];
  if (own.length) alternatives.push(own);
  for (const [phrase, expansions] of synonyms) {
    if (!q.includes(phrase)) continue;
    for (const expansion of expansions) {
      const t = [...new Set(terms(expansion))];
      if (t.length) alternatives.push(t);
    }
  }
  return alternatives;
}

/** `to_tsquery('simple', …)` text; terms contain only CJK letters and [a-z0-9], so quoting is enough. */
export function tsQueryText(alternatives: Alternative[]): string {
  return alternatives.map((alt) => `(${alt.map((t) => `'${t}'`).join(' & ')})`).join(' | ');
}

export type Segment = { text: string; hit: boolean };

/** Splits a name into matched and unmatched runs, for highlighting in the result list. */
export function highlight(name: string, alternatives: Alternative[]): Segment[] {
  const chars = [...name];
  const lower = chars.map((c) => c.toLowerCase());
  const hit = new Array<boolean>(chars.length).fill(false);
  for (const term of new Set(alternatives.flat())) {
    const t = [...term];
    for (let i = 0; i + t.length <= lower.length; i++) {
      if (t.every((c, j) => lower[i + j] === c)) for (let j = 0; j < t.length; j++) hit[i + j] = true;
    }
  }
  const segments: Segment[] = [];
  chars.forEach((c, i) => {
    const last = segments[segments.length - 1];
    if (last && last.hit === hit[i]) last.text += c;
    else segments.push({ text: c, hit: hit[i] ?? false });
  });
  return segments;
}

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
      let j = 0;
      while (j < t.length && lower[i + j] === t[j]) j++;
      if (j === t.length) hit.fill(true, i, i + j);
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

/**
 * The public search runs in this process over an index of the published catalog, because a broad
 * query ("许可", "登记") matches thousands of items and ranking them in SQL costs a whole scan of the
 * matches per request. The index is built from the stored `search_vector`s, so it holds exactly the
 * lexemes, positions and weights PostgreSQL indexed, and ranks them with PostgreSQL's own `ts_rank`
 * (default weights, no normalisation), so that answers are the same as the SQL search gave.
 */

/** A tsvector position as PostgreSQL packs it: weight in the top two bits (3 = A … 0 = D), position below. */
type PackedPosition = number;
/** `ts_rank`'s default weights {D, C, B, A}, as the float4 values PostgreSQL computes with. */
const WEIGHTS = [0.1, 0.2, 0.4, 1.0].map(Math.fround);
const weightOf = (p: PackedPosition) => WEIGHTS[p >> 14]!;
const f32 = Math.fround;

/** Parses the text form of a tsvector (`'许可':1A,7B 'icp':3`) into its lexemes and packed positions. */
export function parseTsvector(text: string): Map<string, PackedPosition[]> {
  const out = new Map<string, PackedPosition[]>();
  let i = 0;
  while ((i = text.indexOf("'", i)) !== -1) {
    // A quote inside a lexeme is written twice; ours never have one, but the format allows it.
    let end = i + 1;
    while ((end = text.indexOf("'", end)) !== -1 && text[end + 1] === "'") end += 2;
    if (end === -1) break;
    const lexeme = text.slice(i + 1, end).replaceAll("''", "'");
    const positions: PackedPosition[] = [];
    i = end + 1;
    if (text[i] === ':') {
      i++;
      let position = 0;
      for (; i <= text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) position = position * 10 + (c - 48);
        else {
          const weight = c >= 65 && c <= 68 ? 68 - c : 0;
          positions.push((weight << 14) | position);
          position = 0;
          if (weight || c === 68) i++;
          if (text[i] !== ',') break;
        }
      }
    }
    out.set(lexeme, positions);
  }
  return out;
}

/** A UTF-16 unit moved so that surrogates sort above the rest of the BMP, as their code points do. */
const codePointUnit = (c: number) => (c < 0xd800 ? c : c >= 0xe000 ? c - 0x800 : c + 0x2000);

/**
 * Code-point order, the order of UTF-8 bytes: how the database's C.UTF-8 collation sorts names and
 * how PostgreSQL orders a query's operands (shorter first when one is the start of the other).
 */
export function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointUnit(x) - codePointUnit(y);
  }
  return a.length - b.length;
}

const MAX_DISTANCE = 100;
/** `word_distance` of tsrank.c: nearness falling off with distance, flat beyond 100. */
const wordDistance = (distance: number) =>
  distance > MAX_DISTANCE ? f32(1e-30) : f32(1.0 / (1.005 + 0.05 * Math.exp(distance / 1.5 - 2)));
/**
 * What a pair of positions adds in `calc_rank_and`, sqrt(w₁ · w₂ · word_distance(d)) as float4, for
 * every pair of weights and distances 0–101 (101 standing for all beyond 100): the inner loop of
 * ranking becomes one lookup.
 */
const PAIR_SCORE = Float32Array.from({ length: 4 * 4 * (MAX_DISTANCE + 2) }, (_, i) => {
  const distance = i % (MAX_DISTANCE + 2);
  const weights = Math.floor(i / (MAX_DISTANCE + 2));
  return Math.sqrt(f32(f32(WEIGHTS[weights >> 2]! * WEIGHTS[weights & 3]!) * wordDistance(distance)));
});
const pairScore = (l: PackedPosition, p: PackedPosition, distance: number) =>
  PAIR_SCORE[(((l >> 14) << 2) | (p >> 14)) * (MAX_DISTANCE + 2) + Math.min(distance, MAX_DISTANCE + 1)]!;

/**
 * Where each query operand's positions are in one document: `pos[o]` from `from[o]` up to `to[o]`
 * (empty when the document lacks the operand). Offsets rather than subarrays: a search ranks
 * thousands of documents and a view object per operand and document is garbage.
 */
type Hit = { pos: Uint16Array[]; from: Int32Array; to: Int32Array };

/** `calc_rank_or` of tsrank.c: each term's weights summed with falling factors, averaged over the terms. */
function rankOr({ pos, from, to }: Hit): number {
  let res = f32(0);
  for (let o = 0; o < pos.length; o++) {
    if (from[o] === to[o]) continue;
    const post = pos[o]!;
    let resj = f32(0);
    let wjm = f32(-1);
    let jm = 0;
    for (let j = 0, at = from[o]!; at < to[o]!; j++, at++) {
      const w = weightOf(post[at]!);
      resj = f32(resj + f32(w / ((j + 1) * (j + 1))));
      if (w > wjm) {
        wjm = w;
        jm = j;
      }
    }
    res = f32(res + f32(f32(wjm + resj) - f32(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685);
  }
  return pos.length > 0 ? f32(res / pos.length) : res;
}

/** `calc_rank_and` of tsrank.c: every pair of query terms scored by how close they stand. */
function rankAnd(hit: Hit): number {
  const { pos, from, to } = hit;
  if (pos.length < 2) return rankOr(hit);
  let res = f32(-1);
  for (let i = 0; i < pos.length; i++) {
    const iFrom = from[i]!;
    const iTo = to[i]!;
    if (iFrom === iTo) continue;
    const post = pos[i]!;
    for (let k = 0; k < i; k++) {
      const kFrom = from[k]!;
      const kTo = to[k]!;
      if (kFrom === kTo) continue;
      const ct = pos[k]!;
      for (let a = iFrom; a < iTo; a++) {
        const l = post[a]!;
        const lp = l & 0x3fff;
        for (let b = kFrom; b < kTo; b++) {
          const p = ct[b]!;
          const pp = p & 0x3fff;
          if (lp === pp) continue;
          const curw = pairScore(l, p, lp > pp ? lp - pp : pp - lp);
          res = res < 0 ? curw : f32(1.0 - (1.0 - res) * (1.0 - curw));
        }
      }
    }
  }
  return res;
}

/** Matching documents, ascending, and the rank of each. */
export type Matches = { docs: Int32Array; ranks: Float64Array };

/**
 * The best `count` documents that `accept` (if given) lets through, by rank and then document order, and how
 * many it let through. A page needs only its few best, not all the matches sorted.
 */
export function bestMatches(
  matches: Matches,
  count: number,
  accept?: (doc: number) => boolean,
): { best: number[]; accepted: number } {
  const best: number[] = [];
  const rankOfBest: number[] = [];
  let accepted = 0;
  for (let i = 0; i < matches.docs.length; i++) {
    const doc = matches.docs[i]!;
    if (accept && !accept(doc)) continue;
    accepted++;
    const rank = matches.ranks[i]!;
    // Documents come in ascending order, so a later one ties below an equal rank.
    if (best.length === count && rank <= rankOfBest[count - 1]!) continue;
    let at = best.length;
    while (at > 0 && rankOfBest[at - 1]! < rank) at--;
    best.splice(at, 0, doc);
    rankOfBest.splice(at, 0, rank);
    if (best.length > count) {
      best.pop();
      rankOfBest.pop();
    }
  }
  return { best, accepted };
}

/** A term's documents (ascending) and, for each, its run of positions. */
type Postings = { docs: Int32Array; starts: Int32Array; positions: Uint16Array };

/**
 * An inverted index over documents kept in a fixed order (the order that breaks ties in rank).
 * Built once per catalog change; read by any number of searches.
 */
export class SearchIndex<T> {
  readonly docs: readonly T[];
  private readonly postings = new Map<string, Postings>();

  /** `entries` must already be in tie-break order; `vector` is the document's tsvector text. */
  constructor(entries: readonly { doc: T; vector: string }[]) {
    this.docs = entries.map((e) => e.doc);
    const growing = new Map<string, { docs: number[]; starts: number[]; positions: number[] }>();
    entries.forEach((entry, doc) => {
      for (const [lexeme, positions] of parseTsvector(entry.vector)) {
        let p = growing.get(lexeme);
        if (!p) growing.set(lexeme, (p = { docs: [], starts: [], positions: [] }));
        p.docs.push(doc);
        p.starts.push(p.positions.length);
        p.positions.push(...positions);
      }
    });
    for (const [lexeme, p] of growing) {
      p.starts.push(p.positions.length);
      this.postings.set(lexeme, {
        docs: Int32Array.from(p.docs),
        starts: Int32Array.from(p.starts),
        positions: Uint16Array.from(p.positions),
      });
    }
  }

  /** Documents having every term of one alternative, ascending. */
  private matchAll(alternative: Alternative): Int32Array {
    const lists: Int32Array[] = [];
    for (const term of alternative) {
      const p = this.postings.get(term);
      if (!p) return new Int32Array(0);
      lists.push(p.docs);
    }
    lists.sort((a, b) => a.length - b.length);
    let result = lists[0] ?? new Int32Array(0);
    for (const other of lists.slice(1)) {
      const kept: number[] = [];
      let j = 0;
      for (const doc of result) {
        while (j < other.length && other[j]! < doc) j++;
        if (j === other.length) break;
        if (other[j] === doc) kept.push(doc);
      }
      result = Int32Array.from(kept);
    }
    return result;
  }

  /** The documents of any of the lists, ascending. */
  private union(lists: Int32Array[]): Int32Array {
    if (lists.length === 1) return lists[0]!;
    const marked = new Uint8Array(this.docs.length);
    let n = 0;
    for (const list of lists) {
      for (const doc of list) {
        if (marked[doc]) continue;
        marked[doc] = 1;
        n++;
      }
    }
    const out = new Int32Array(n);
    for (let doc = 0, i = 0; i < n; doc++) if (marked[doc]) out[i++] = doc;
    return out;
  }

  /**
   * The documents matching any alternative, in document order, each with its `ts_rank` against
   * the query these alternatives make (`(a & b) | (c)`); `keep`, if given, drops documents before ranking.
   */
  search(alternatives: Alternative[], keep?: (doc: T) => boolean): Matches {
    const matched = this.union(alternatives.map((a) => this.matchAll(a)));
    const operands = [...new Set(alternatives.flat())].sort(byCodePoint);
    // to_tsquery makes a lone multi-term alternative an AND at the top, which ts_rank scores by proximity.
    const rank = alternatives.length === 1 && operands.length > 1 ? rankAnd : rankOr;
    const lists = operands.map((o) => this.postings.get(o));
    const hit: Hit = {
      pos: lists.map((p) => p?.positions ?? new Uint16Array(0)),
      from: new Int32Array(operands.length),
      to: new Int32Array(operands.length),
    };
    // Matches come in ascending order, so each operand's postings are walked once, by a cursor.
    const cursors = new Int32Array(operands.length);
    const docs = new Int32Array(matched.length);
    const ranks = new Float64Array(matched.length);
    let n = 0;
    for (const doc of matched) {
      if (keep && !keep(this.docs[doc]!)) continue;
      for (let o = 0; o < lists.length; o++) {
        const p = lists[o];
        hit.from[o] = hit.to[o] = 0;
        if (!p) continue;
        let c = cursors[o]!;
        while (c < p.docs.length && p.docs[c]! < doc) c++;
        cursors[o] = c;
        if (p.docs[c] === doc) {
          hit.from[o] = p.starts[c]!;
          hit.to[o] = p.starts[c + 1]!;
        }
      }
      const r = rank(hit);
      docs[n] = doc;
      ranks[n++] = r < 0 ? f32(1e-20) : r;
    }
    return { docs: docs.subarray(0, n), ranks: ranks.subarray(0, n) };
  }
}

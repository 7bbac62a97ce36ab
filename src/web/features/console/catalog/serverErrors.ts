import type { FormInstance } from 'antd';
import type { ApiError } from '../../../app/api';

export type NamePath = (string | number)[];

/** A server detail, placed at the form field that shows it (null: no field of this form). */
export interface FieldProblem {
  field: string | null;
  code: string | null;
  message: string;
  namePath: NamePath | null;
}

/** `situations.rules.2.addMaterials.0` → ['situations', 'rules', 2, 'addMaterials', 0]. */
export function toNamePath(field: string): NamePath {
  return field
    .split('.')
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((s, i) => s === b[i]);
const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) =>
  prefix.length <= path.length && prefix.every((s, i) => s === path[i]);

/**
 * The registered field that should show an error at `path`: the field itself; else the nearest
 * field around it (a whole tag list for `aliases.3`, the list for `legalBasis`); else the first field
 * inside it (`fee` → `fee.free`). `aliases` redirect a server field to another one of this form.
 */
export function resolveNamePath(
  path: NamePath,
  registered: readonly NamePath[],
  aliases: Record<string, NamePath> = {},
): NamePath | null {
  const alias = aliases[path.join('.')];
  if (alias) return alias;
  if (registered.some((r) => samePath(r, path))) return path;
  let best: NamePath | null = null;
  for (const r of registered) if (startsWith(path, r) && (!best || r.length > best.length)) best = r;
  if (best) return best;
  return registered.find((r) => startsWith(r, path)) ?? null;
}

/**
 * Shows an API error's details at their fields (antd Form name paths) and returns them, each with
 * the field it landed on, for a summary. Details with no field of this form come back with a null
 * namePath: show those elsewhere.
 */
export function applyServerErrors(
  form: FormInstance,
  error: ApiError,
  aliases?: Record<string, NamePath>,
): FieldProblem[] {
  const registered = form.getFieldsError().map((f) => f.name);
  const problems: FieldProblem[] = error.details.map((d) => {
    const namePath = d.field ? resolveNamePath(toNamePath(d.field), registered, aliases) : null;
    return { field: d.field ?? null, code: d.code ?? null, message: d.message, namePath };
  });
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const p of problems) {
    if (!p.namePath) continue;
    const key = JSON.stringify(p.namePath);
    const entry = byField.get(key) ?? { name: p.namePath, errors: [] };
    if (!entry.errors.includes(p.message)) entry.errors.push(p.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })));
  return problems;
}

/** Clears the errors a previous applyServerErrors set, before the next attempt. */
export function clearServerErrors(form: FormInstance, problems: readonly FieldProblem[]): void {
  const names = problems.flatMap((p) => (p.namePath ? [p.namePath] : []));
  if (names.length) form.setFields(names.map((name) => ({ name, errors: [] })));
}

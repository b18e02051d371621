// The reminder template language of the API (backend/collections/templates.py), for the live
// preview: plain text with `{variable}` placeholders, `{{` and `}}` for literal braces, no
// format specs or conversions. Saving is still checked by the server; this only shows early
// what it will say.

export const TEMPLATE_VARIABLES = [
  'customer_name',
  'customer_code',
  'contact_name',
  'organization_name',
  'invoices_table',
  'total_open',
  'days_overdue',
  'due_date',
  'pay_link',
  'collector_name',
  'collector_email',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export type TemplateProblem =
  | { kind: 'unbalanced' }
  | { kind: 'format'; variable: string }
  | { kind: 'unknown'; variable: string };

type Piece = { literal: string } | { variable: TemplateVariable };

export type Parsed = { ok: true; pieces: Piece[] } | { ok: false; problem: TemplateProblem };

const isVariable = (name: string): name is TemplateVariable => (TEMPLATE_VARIABLES as readonly string[]).includes(name);

export function parseTemplate(text: string): Parsed {
  const pieces: Piece[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      literal += c;
      i += 2;
      continue;
    }
    if (c === '}') return { ok: false, problem: { kind: 'unbalanced' } };
    if (c !== '{') {
      literal += c;
      i += 1;
      continue;
    }
    const end = text.indexOf('}', i + 1);
    const field = end < 0 ? null : text.slice(i + 1, end);
    if (field === null || field.includes('{')) return { ok: false, problem: { kind: 'unbalanced' } };
    const name = field.split(/[!:]/)[0];
    if (name !== field) return { ok: false, problem: { kind: 'format', variable: name } };
    if (!isVariable(name)) return { ok: false, problem: { kind: 'unknown', variable: name } };
    if (literal) pieces.push({ literal });
    literal = '';
    pieces.push({ variable: name });
    i = end + 1;
  }
  if (literal) pieces.push({ literal });
  return { ok: true, pieces };
}

/** The template with its variables filled in, or the problem that stops it. */
export function renderTemplate(text: string, values: Record<TemplateVariable, string>): { text: string } | { problem: TemplateProblem } {
  const parsed = parseTemplate(text);
  if (!parsed.ok) return { problem: parsed.problem };
  return { text: parsed.pieces.map((p) => ('literal' in p ? p.literal : values[p.variable])).join('') };
}

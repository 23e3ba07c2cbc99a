/**
 * The scaffolder behind `npm run new`: which fields each kind of entry has, how command-line
 * values become YAML, and how a commented template (src/templates/*.md) is filled in. Pure: the
 * file system is scaffold-fs.ts's job.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import {
  AFTER_LEAVING,
  AMBASSADOR_STATUSES,
  EMPLOYMENT_TYPES,
  JOB_EMPLOYMENT_TYPES,
  NETWORKS,
  RECOGNITION_KINDS,
  SENIORITIES,
  WORK_MODES,
  ambassadorSchema,
  imagePath,
  jobSchema,
  recognitionSchema,
  shareSchema,
  storySchema,
} from '../schemas/index.ts';
import { COLLECTION_DIRS } from './content-dir.ts';
import { isListPageNumber, makeUniqueSlug, slugify } from './slug.ts';
import { acceptsPath } from './images/formats.ts';

/** The kinds of entry `npm run new` can create. */
export const ENTRY_KINDS = ['ambassador', 'story', 'job', 'thanks', 'share'] as const;
/** A kind of entry `npm run new` can create. */
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Lists the scaffolder can offer as choices, read from the content folder. */
export interface Choices {
  /** Team ids from site.yaml. */
  teams: string[];
  /** Location ids from site.yaml. */
  locations: string[];
  /** Theme ids from themes.yaml. */
  themes: string[];
  /** Ambassador ids (folder names). */
  ambassadors: string[];
  /** Story ids (folder names). */
  stories: string[];
  /** Job ids (file names). */
  jobs: string[];
}

/** How a field's command-line value is read and written. */
export type FieldType =
  | 'text'
  | 'id'
  | 'ids'
  | 'texts'
  | 'date'
  | 'enum'
  | 'enums'
  | 'bool'
  | 'number'
  | 'handle'
  | 'codes'
  | 'file';

/** One front-matter field that a flag can set. */
export interface FieldSpec {
  /** Where the field sits in the front matter, e.g. ['consent', 'given']. */
  path: string[];
  /** The command-line flag, without dashes, e.g. "consent-given". */
  flag: string;
  /** Shorter flags for the same field, e.g. "consent". */
  aliases?: string[];
  /** How the value is read. */
  type: FieldType;
  /** What the prompt asks. */
  label: string;
  /** Required fields are asked for in a terminal and listed as still to fill in. */
  required?: boolean;
  /** The allowed values, or the list of the content folder to pick from. */
  choices?: readonly string[] | keyof Choices;
  /** Filled with the build's today when not given. */
  defaultToday?: boolean;
  /** For file fields: the file name inside the entry's folder, without extension ("photo"); the slug when absent. */
  fileName?: string;
}

/** Everything the scaffolder knows about one kind of entry. */
export interface KindSpec {
  /** The kind. */
  kind: EntryKind;
  /** The collection folder inside content/. */
  dir: string;
  /** folder: <slug>/index.md; file: <slug>.md; dated: <YYYY-MM-DD>-<slug>.md. */
  layout: 'folder' | 'file' | 'dated';
  /** The field the positional argument fills, and the slug is made from. */
  titleField: 'name' | 'title';
  /** The flag that fills the Markdown body, if any. */
  bodyFlag?: string;
  /** What the body is, for help texts. */
  bodyLabel?: string;
  /** The fields, in template order. */
  fields: FieldSpec[];
  /** The page where the entry appears, for the "preview" hint. */
  previewPath: (id: string) => string;
}

const title: FieldSpec = { path: ['title'], flag: 'title', type: 'text', label: 'Title', required: true };

/** The scaffolder's description of every kind of entry. */
export const KIND_SPECS: Record<EntryKind, KindSpec> = {
  ambassador: {
    kind: 'ambassador',
    dir: COLLECTION_DIRS.ambassadors,
    layout: 'folder',
    titleField: 'name',
    bodyFlag: 'bio',
    bodyLabel: 'a short bio in plain Markdown',
    previewPath: (id) => `/ambassadors/${id}/`,
    fields: [
      { path: ['name'], flag: 'name', type: 'text', label: 'Full name', required: true },
      { path: ['pronouns'], flag: 'pronouns', type: 'text', label: 'Pronouns' },
      { path: ['role'], flag: 'role', type: 'text', label: 'Role (job title)', required: true },
      { path: ['team'], flag: 'team', type: 'id', label: 'Team', required: true, choices: 'teams' },
      { path: ['location'], flag: 'location', type: 'id', label: 'Location', required: true, choices: 'locations' },
      { path: ['employment'], flag: 'employment', type: 'enum', label: 'Employment type', required: true, choices: EMPLOYMENT_TYPES },
      { path: ['seniority'], flag: 'seniority', type: 'enum', label: 'Seniority', choices: SENIORITIES },
      { path: ['since'], flag: 'since', type: 'date', label: 'Joined the company on (YYYY-MM-DD)', required: true },
      { path: ['left'], flag: 'left', type: 'date', label: 'Left the company on (YYYY-MM-DD)' },
      { path: ['languages'], flag: 'languages', type: 'ids', label: 'Languages (codes, comma-separated, e.g. nl,en)', required: true },
      { path: ['photo'], flag: 'photo', type: 'file', label: 'Photo file', fileName: 'photo' },
      { path: ['photoAlt'], flag: 'photo-alt', type: 'text', label: 'What the photo shows' },
      { path: ['quote'], flag: 'quote', type: 'text', label: 'Quote' },
      { path: ['themes'], flag: 'themes', type: 'ids', label: 'Themes', choices: 'themes' },
      { path: ['github'], flag: 'github', type: 'handle', label: 'GitHub user name', required: true },
      { path: ['links', 'linkedin'], flag: 'links-linkedin', aliases: ['linkedin'], type: 'text', label: 'LinkedIn URL' },
      { path: ['links', 'x'], flag: 'links-x', aliases: ['x'], type: 'text', label: 'X URL' },
      { path: ['links', 'mastodon'], flag: 'links-mastodon', aliases: ['mastodon'], type: 'text', label: 'Mastodon URL' },
      { path: ['links', 'bluesky'], flag: 'links-bluesky', aliases: ['bluesky'], type: 'text', label: 'Bluesky URL' },
      { path: ['links', 'github'], flag: 'links-github', type: 'text', label: 'GitHub profile URL' },
      { path: ['links', 'website'], flag: 'links-website', aliases: ['website'], type: 'text', label: 'Website URL' },
      { path: ['contact'], flag: 'contact', type: 'text', label: 'How candidates may ask you about jobs (an https link or an e-mail address)' },
      { path: ['consent', 'given'], flag: 'consent-given', aliases: ['consent'], type: 'date', label: 'Consent given on (YYYY-MM-DD, or "today")', required: true },
      { path: ['consent', 'wall'], flag: 'consent-wall', aliases: ['wall'], type: 'bool', label: 'Show thank-yous on the public wall' },
      { path: ['consent', 'afterLeaving'], flag: 'consent-after-leaving', aliases: ['after-leaving'], type: 'enum', label: 'After leaving the company: end (unpublish) or keep (stay on as a former colleague)', choices: AFTER_LEAVING },
      { path: ['status'], flag: 'status', type: 'enum', label: 'Status', choices: AMBASSADOR_STATUSES },
    ],
  },
  story: {
    kind: 'story',
    dir: COLLECTION_DIRS.stories,
    layout: 'folder',
    titleField: 'title',
    bodyFlag: 'body',
    bodyLabel: 'the story in Markdown',
    previewPath: (id) => `/stories/${id}/`,
    fields: [
      title,
      { path: ['summary'], flag: 'summary', type: 'text', label: 'Summary', required: true },
      { path: ['date'], flag: 'date', type: 'date', label: 'Publication date', required: true, defaultToday: true },
      { path: ['updated'], flag: 'updated', type: 'date', label: 'Updated on' },
      { path: ['ambassadors'], flag: 'ambassadors', type: 'ids', label: 'Ambassadors (ids, comma-separated)', required: true, choices: 'ambassadors' },
      { path: ['themes'], flag: 'themes', type: 'ids', label: 'Themes', choices: 'themes' },
      { path: ['cover'], flag: 'cover', type: 'file', label: 'Cover image file', fileName: 'cover' },
      { path: ['coverAlt'], flag: 'cover-alt', type: 'text', label: 'What the cover shows' },
      { path: ['video'], flag: 'video', type: 'text', label: 'Video URL' },
      { path: ['jobs'], flag: 'jobs', type: 'ids', label: 'Related jobs', choices: 'jobs' },
      { path: ['share', 'text'], flag: 'share-text', type: 'text', label: 'Suggested share text' },
      { path: ['share', 'hashtags'], flag: 'share-hashtags', aliases: ['hashtags'], type: 'ids', label: 'Hashtags' },
      { path: ['lang'], flag: 'lang', type: 'id', label: 'Language' },
      { path: ['draft'], flag: 'draft', type: 'bool', label: 'Draft' },
      { path: ['featured'], flag: 'featured', type: 'bool', label: 'Featured' },
    ],
  },
  job: {
    kind: 'job',
    dir: COLLECTION_DIRS.jobs,
    layout: 'file',
    titleField: 'title',
    bodyFlag: 'body',
    bodyLabel: 'the job description in Markdown',
    previewPath: (id) => `/jobs/${id}/`,
    fields: [
      title,
      { path: ['team'], flag: 'team', type: 'id', label: 'Team', required: true, choices: 'teams' },
      { path: ['locations'], flag: 'locations', aliases: ['location'], type: 'ids', label: 'Locations', required: true, choices: 'locations' },
      { path: ['workMode'], flag: 'work-mode', type: 'enum', label: 'Work mode', required: true, choices: WORK_MODES },
      { path: ['remoteCountries'], flag: 'remote-countries', type: 'codes', label: 'Countries for remote work (e.g. BE,NL)' },
      { path: ['employmentType'], flag: 'employment-type', type: 'enum', label: 'Employment type', required: true, choices: JOB_EMPLOYMENT_TYPES },
      { path: ['posted'], flag: 'posted', type: 'date', label: 'Posted on', required: true, defaultToday: true },
      { path: ['validThrough'], flag: 'valid-through', type: 'date', label: 'Open until (YYYY-MM-DD)', required: true },
      { path: ['salary', 'min'], flag: 'salary-min', type: 'number', label: 'Salary from' },
      { path: ['salary', 'max'], flag: 'salary-max', type: 'number', label: 'Salary up to' },
      { path: ['salary', 'currency'], flag: 'salary-currency', type: 'text', label: 'Salary currency' },
      { path: ['salary', 'unit'], flag: 'salary-unit', type: 'enum', label: 'Salary period', choices: ['hour', 'day', 'week', 'month', 'year'] },
      { path: ['salaryNote'], flag: 'salary-note', type: 'text', label: 'Without a salary: where candidates learn the range' },
      { path: ['apply'], flag: 'apply', type: 'text', label: 'How to apply (URL or e-mail)', required: true },
      { path: ['directApply'], flag: 'direct-apply', type: 'bool', label: 'Direct apply' },
      { path: ['ambassadors'], flag: 'ambassadors', type: 'ids', label: 'Ambassadors to ask', choices: 'ambassadors' },
      { path: ['lang'], flag: 'lang', type: 'id', label: 'Language' },
    ],
  },
  thanks: {
    kind: 'thanks',
    dir: COLLECTION_DIRS.recognition,
    layout: 'dated',
    titleField: 'title',
    bodyFlag: 'message',
    bodyLabel: 'the thank-you message in Markdown',
    previewPath: () => '/recognition/',
    fields: [
      { path: ['ambassadors'], flag: 'ambassadors', aliases: ['to'], type: 'ids', label: 'Who is thanked (ids)', required: true, choices: 'ambassadors' },
      { path: ['date'], flag: 'date', type: 'date', label: 'Date', required: true, defaultToday: true },
      title,
      { path: ['kind'], flag: 'kind', type: 'enum', label: 'Kind', choices: RECOGNITION_KINDS },
      { path: ['from'], flag: 'from', type: 'text', label: 'From whom', required: true },
    ],
  },
  share: {
    kind: 'share',
    dir: COLLECTION_DIRS.share,
    layout: 'file',
    titleField: 'title',
    previewPath: () => '/share/',
    fields: [
      title,
      { path: ['themes'], flag: 'themes', type: 'ids', label: 'Themes', required: true, choices: 'themes' },
      { path: ['story'], flag: 'story', type: 'id', label: 'Story it links to', choices: 'stories' },
      { path: ['job'], flag: 'job', type: 'id', label: 'Job it links to', choices: 'jobs' },
      { path: ['url'], flag: 'url', type: 'text', label: 'Web address it links to' },
      { path: ['variants'], flag: 'variant', aliases: ['variants'], type: 'texts', label: 'Text of the post', required: true },
      { path: ['hashtags'], flag: 'hashtags', type: 'ids', label: 'Hashtags' },
      { path: ['image'], flag: 'image', type: 'file', label: 'Image file' },
      { path: ['imageAlt'], flag: 'image-alt', type: 'text', label: 'What the image shows' },
      { path: ['from'], flag: 'from', type: 'date', label: 'Proposed from', required: true, defaultToday: true },
      { path: ['until'], flag: 'until', type: 'date', label: 'Proposed until' },
      { path: ['networks'], flag: 'networks', type: 'enums', label: 'Networks', choices: NETWORKS },
    ],
  },
};

/** A problem with what was asked of the scaffolder; `usage` problems exit 2, the others 1. */
export class ScaffoldError extends Error {
  /** usage: the command was wrong; exists: it would overwrite something. */
  readonly kind: 'usage' | 'exists';
  constructor(kind: 'usage' | 'exists', message: string) {
    super(message);
    this.kind = kind;
  }
}

/** A value as typed on the command line: one string per occurrence of the flag. */
export type RawValues = Record<string, string[]>;

/** The flags of a kind, with aliases, mapped to their field; plus the body flag and the extra flags. */
export function getFlagIndex(spec: KindSpec): Map<string, FieldSpec | 'body'> {
  const index = new Map<string, FieldSpec | 'body'>();
  for (const field of spec.fields) {
    index.set(field.flag, field);
    for (const alias of field.aliases ?? []) index.set(alias, field);
  }
  if (spec.bodyFlag) index.set(spec.bodyFlag, 'body');
  return index;
}

/** Flags every kind accepts besides its fields. */
export const COMMON_FLAGS = ['slug', 'help', 'no-input'] as const;

/** Splits arguments into positionals and flag values (`--flag value`, `--flag=value`, bare `--flag` for yes/no fields). */
export function parseNewArgs(args: string[], spec: KindSpec): { positionals: string[]; values: RawValues; slug?: string; help: boolean; noInput: boolean } {
  const index = getFlagIndex(spec);
  const positionals: string[] = [];
  const values: RawValues = {};
  let slug: string | undefined;
  let help = false;
  let noInput = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (name === 'help') {
      help = true;
      continue;
    }
    if (name === 'no-input') {
      noInput = true;
      continue;
    }
    const target = name === 'slug' ? 'slug' : index.get(name);
    if (!target) {
      const known = [...index.keys(), 'slug'].sort();
      throw new ScaffoldError('usage', `Unknown option --${name} for a ${spec.kind}. Options: ${known.map((k) => `--${k}`).join(', ')}.`);
    }
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (target !== 'slug' && target !== 'body' && target.type === 'bool' && (args[i + 1] === undefined || args[i + 1]!.startsWith('--'))) value = 'true';
    else if (args[i + 1] === undefined) throw new ScaffoldError('usage', `--${name} needs a value, e.g. --${name} "…".`);
    else value = args[++i]!;
    if (target === 'slug') slug = value;
    else {
      const key = target === 'body' ? spec.bodyFlag! : target.flag;
      (values[key] ??= []).push(value);
    }
  }
  return { positionals, values, slug, help, noInput };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Turns a flag's raw strings into the value written to the front matter; throws a usage error for values that cannot be written. */
export function readFieldValue(field: FieldSpec, raw: string[], today: string): unknown {
  const last = raw[raw.length - 1]!.trim();
  const list = () =>
    raw
      .flatMap((r) => r.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  switch (field.type) {
    case 'text':
    case 'file':
      return raw[raw.length - 1]!.trim();
    case 'id':
    case 'enum':
      return last;
    case 'handle':
      return last.replace(/^@/, '');
    case 'ids':
    case 'enums':
      return list();
    case 'codes':
      return list().map((s) => s.toUpperCase());
    case 'texts':
      return raw.map((s) => s.trim()).filter(Boolean);
    case 'date': {
      const value = last.toLowerCase() === 'today' ? today : last;
      if (!ISO_DAY.test(value) || Number.isNaN(new Date(value).getTime())) {
        throw new ScaffoldError('usage', `--${field.flag} "${last}" is not a date: write it as YYYY-MM-DD (or "today").`);
      }
      return value;
    }
    case 'bool': {
      const v = last.toLowerCase();
      if (['true', 'yes', 'y', '1'].includes(v)) return true;
      if (['false', 'no', 'n', '0'].includes(v)) return false;
      throw new ScaffoldError('usage', `--${field.flag} "${last}" must be yes or no.`);
    }
    case 'number': {
      const n = Number(last.replace(/[_\s]/g, ''));
      if (!Number.isFinite(n)) throw new ScaffoldError('usage', `--${field.flag} "${last}" must be a number, like 45000.`);
      return n;
    }
  }
}

/** Words that YAML 1.1 parsers read as true/false: always quoted. */
const YAML_11_BOOLEANS = /^(?:y|n|yes|no|on|off)$/i;

/** Strings that can stand unquoted inside [ … ]. */
const FLOW_SAFE = /^[A-Za-z][A-Za-z0-9._/@+-]*$/;

/** Renders a value as YAML on one line: plain where safe, quoted otherwise, lists in brackets. */
export function renderYamlValue(value: unknown): string {
  if (typeof value === 'string' && /[\n\r]/.test(value)) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (typeof item !== 'string' || FLOW_SAFE.test(item) ? renderYamlValue(item) : JSON.stringify(item))).join(', ')}]`;
  if (typeof value === 'string' && (value === '' || YAML_11_BOOLEANS.test(value))) return JSON.stringify(value);
  return stringifyYaml(value, { lineWidth: 0 }).trimEnd();
}

/** A line of the template that holds a field (possibly commented out with "# "). */
interface FieldLine {
  index: number;
  indent: number;
  key: string;
  path: string[];
  commented: boolean;
  isParent: boolean;
}

const FIELD_LINE = /^(#\s)?(\s*)([A-Za-z][A-Za-z0-9]*):(\s.*)?$/;

/** Finds the lines of a template's front matter that hold the kind's fields (and their parents). */
function findFieldLines(lines: string[], spec: KindSpec): FieldLine[] {
  const known = new Set<string>();
  for (const field of spec.fields) for (let i = 1; i <= field.path.length; i++) known.add(field.path.slice(0, i).join('.'));
  const found: FieldLine[] = [];
  const stack: { indent: number; key: string }[] = [];
  lines.forEach((line, index) => {
    const match = FIELD_LINE.exec(line);
    if (!match) return;
    const commented = match[1] !== undefined;
    const indent = match[2]!.length;
    const key = match[3]!;
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const path = [...stack.map((s) => s.key), key];
    if (!known.has(path.join('.'))) return;
    const isParent = (match[4] ?? '').trim() === '';
    found.push({ index, indent, key, path, commented, isParent });
    if (isParent) stack.push({ indent, key });
  });
  return found;
}

/** Splits a template into its front-matter lines and its body. */
function splitTemplate(template: string): { front: string[]; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(template);
  if (!match) throw new Error('A template must start with front matter between two --- lines.');
  return { front: match[1]!.split(/\r?\n/), body: match[2]! };
}

/** Checks that a template has one line for every field of its kind (a test runs this on every template). */
export function findMissingTemplateFields(template: string, spec: KindSpec): string[] {
  const lines = findFieldLines(splitTemplate(template).front, spec);
  return spec.fields.filter((f) => !lines.some((l) => l.path.join('.') === f.path.join('.'))).map((f) => f.path.join('.'));
}

/**
 * Fills a template: every field with a value gets it (uncommenting the line and its parents),
 * required fields without a value keep their empty placeholder, with the allowed ids as a hint.
 */
export function fillTemplate(template: string, spec: KindSpec, values: Map<string, unknown>, hints: Map<string, string> = new Map(), body?: string): string {
  const { front, body: templateBody } = splitTemplate(template);
  const lines = [...front];
  const fieldLines = findFieldLines(front, spec);
  for (const line of fieldLines) {
    const key = line.path.join('.');
    const pad = ' '.repeat(line.indent);
    if (values.has(key)) {
      lines[line.index] = `${pad}${line.key}: ${renderYamlValue(values.get(key))}`;
      // Uncomment the parents (e.g. "links:") of a filled nested field.
      for (let depth = 1; depth < line.path.length; depth++) {
        const parent = fieldLines.find((l) => l.isParent && l.path.join('.') === line.path.slice(0, depth).join('.'));
        if (parent?.commented) lines[parent.index] = `${' '.repeat(parent.indent)}${parent.key}:`;
      }
    } else if (!line.commented && hints.has(key)) {
      lines[line.index] = `${lines[line.index]}  # ${hints.get(key)}`;
    }
  }
  const text = body?.trim() ? `${body.trim()}\n` : templateBody;
  return `---\n${lines.join('\n')}\n---\n${text}`;
}

/** What `npm run new` will create. */
export interface ScaffoldPlan {
  /** The kind. */
  kind: EntryKind;
  /** The new entry's id (folder or file name without .md). */
  id: string;
  /** The Markdown file to create, relative to the content folder, forward slashes. */
  file: string;
  /** The folder to create first (folder layouts only), relative to the content folder. */
  folder?: string;
  /** The file's text. */
  text: string;
  /** Files to copy in (photos, covers): `from` as given, `to` relative to the content folder. */
  copies: { from: string; to: string }[];
  /** Problems the checker will report until fixed: field and message. */
  todo: { field: string; message: string }[];
  /** The id the name or title gave, when an entry had it already and a number was added. */
  takenSlug?: string;
  /** For stories: whether it starts as a draft, and its date (YYYY-MM-DD). */
  draft?: { draft: boolean; date: string };
}

/** What the scaffolder is asked to make. */
export interface ScaffoldRequest {
  /** The kind of entry. */
  kind: EntryKind;
  /** The name (ambassador) or title (everything else). */
  title: string;
  /** Flag values. */
  values: RawValues;
  /** A slug to use instead of one made from the title; refused when taken. */
  slug?: string;
  /** The template text (src/templates/<kind>.md). */
  template: string;
  /** Today as YYYY-MM-DD. */
  today: string;
  /** Whether an id is already used in the kind's collection. */
  isTaken: (id: string) => boolean;
  /** Lists to offer as hints for empty fields. */
  choices?: Partial<Choices>;
}

/** Plans a new entry: its id, file, text and the files to copy. Throws ScaffoldError for bad requests. */
export function planScaffold(request: ScaffoldRequest): ScaffoldPlan {
  const spec = KIND_SPECS[request.kind];
  const name = request.title.trim();
  if (!name) throw new ScaffoldError('usage', `Give the ${spec.titleField} of the ${spec.kind}, e.g. npm run new -- ${spec.kind} "${spec.titleField === 'name' ? 'Sofie Peeters' : 'A day in the data team'}".`);
  const values = new Map<string, unknown>();
  values.set(spec.titleField, name);
  let body: string | undefined;
  for (const [flag, raw] of Object.entries(request.values)) {
    if (raw.length === 0) continue;
    if (flag === spec.bodyFlag) {
      body = raw.join('\n\n');
      continue;
    }
    const field = spec.fields.find((f) => f.flag === flag);
    if (!field) throw new ScaffoldError('usage', `Unknown option --${flag} for a ${spec.kind}.`);
    values.set(field.path.join('.'), readFieldValue(field, raw, request.today));
  }
  for (const field of spec.fields) {
    if (field.defaultToday && !values.has(field.path.join('.'))) values.set(field.path.join('.'), request.today);
  }

  const prefix = spec.layout === 'dated' ? `${String(values.get('date'))}-` : '';
  let id: string;
  let takenSlug: string | undefined;
  if (request.slug !== undefined) {
    id = request.slug.trim();
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new ScaffoldError('usage', `--slug "${id}" must be lowercase letters, digits and dashes, like "sofie-peeters".`);
    if (spec.kind === 'story' && isListPageNumber(id)) throw new ScaffoldError('usage', `--slug "${id}" is a number, and /stories/${id}/ is a page of the story list: add a word, like --slug story-${id}.`);
    if (spec.layout === 'dated' && !id.startsWith(prefix)) id = prefix + id;
    if (request.isTaken(id)) throw new ScaffoldError('exists', `${spec.dir}/${id} already exists. Nothing was written: pick another --slug, or edit the existing entry.`);
  } else {
    const base = proposeSlug(spec.kind, name, prefix);
    id = makeUniqueSlug(base, request.isTaken);
    if (id !== base && spec.kind === 'ambassador') {
      // Two people with one name are rare; someone adding a profile that exists is not.
      throw new ScaffoldError(
        'exists',
        `A profile with this name exists: ${spec.dir}/${base}/. Nothing was written.\n` +
          `To change that profile, edit ${spec.dir}/${base}/index.md. If "${name}" is another person, give the new profile its own folder: --slug ${id}`,
      );
    }
    if (id !== base) takenSlug = base;
  }

  const folder = spec.layout === 'folder' ? `${spec.dir}/${id}` : undefined;
  const file = folder ? `${folder}/index.md` : `${spec.dir}/${id}.md`;
  const copies: ScaffoldPlan['copies'] = [];
  for (const field of spec.fields) {
    if (field.type !== 'file') continue;
    const key = field.path.join('.');
    const from = values.get(key);
    if (typeof from !== 'string') continue;
    // The formats of src/lib/images/formats.ts: the pictures every image field takes.
    const ext = acceptsPath('photo', from) ? (/\.[^./\\]+$/.exec(from)?.[0] ?? '').toLowerCase() : '';
    if (!ext) throw new ScaffoldError('usage', `--${field.flag} "${from}" is not an image: use a .jpg, .png, .webp or .avif file.`);
    const target = `${field.fileName ?? id}${ext === '.jpeg' ? '.jpg' : ext}`;
    copies.push({ from, to: folder ? `${folder}/${target}` : `${spec.dir}/${target}` });
    values.set(key, `./${target}`);
  }

  const hints = new Map<string, string>();
  for (const field of spec.fields) {
    const key = field.path.join('.');
    if (!field.required || values.has(key) || !field.choices) continue;
    const options = typeof field.choices === 'string' ? request.choices?.[field.choices] : field.choices;
    if (options && options.length > 0) hints.set(key, `${field.type === 'ids' ? 'choose from' : 'one of'}: ${options.join(', ')}`);
  }
  const text = fillTemplate(request.template, spec, values, hints, body);
  const plan: ScaffoldPlan = { kind: spec.kind, id, file, folder, text, copies, todo: findScaffoldProblems(spec.kind, text), ...(takenSlug ? { takenSlug } : {}) };
  if (spec.kind === 'story') {
    const front = readFrontMatter(text) as { draft?: unknown } | null;
    plan.draft = { draft: front?.draft === true, date: String(values.get('date')) };
  }
  return plan;
}

/** The front matter of a scaffolded file as plain data. */
function readFrontMatter(text: string): unknown {
  return parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') ?? {};
}

/** The id a name or title gives before any number is added to make it unique ("Sofie Peeters": sofie-peeters). */
export function proposeSlug(kind: EntryKind, title: string, prefix = ''): string {
  let base = slugify(title.trim());
  if (!base) throw new ScaffoldError('usage', `"${title.trim()}" has no letters or digits to make a file name from: add --slug, like --slug sofie-peeters.`);
  if (kind === 'story' && isListPageNumber(base)) base = `story-${base}`; // /stories/2025/ could be a page of the story list
  return prefix + base;
}

/** The schema of a kind, as the checker uses it (image paths as plain strings). */
function schemaOf(kind: EntryKind) {
  switch (kind) {
    case 'ambassador':
      return ambassadorSchema(imagePath);
    case 'story':
      return storySchema(imagePath);
    case 'job':
      return jobSchema;
    case 'thanks':
      return recognitionSchema;
    case 'share':
      return shareSchema(imagePath);
  }
}

/** Validates a scaffolded file's front matter with its schema: the fields still to fill in or fix. */
export function findScaffoldProblems(kind: EntryKind, text: string): { field: string; message: string }[] {
  const data = readFrontMatter(text);
  const result = schemaOf(kind).safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const value = issue.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), data);
    const empty = value === '' || (Array.isArray(value) && value.length === 0);
    return { field: issue.path.join('.') || '(front matter)', message: !empty ? issue.message : issue.message === 'must not be empty' ? 'is empty' : `is empty: it ${issue.message}` };
  });
}

/** The required fields still without a value: what to ask for in a terminal. */
export function findUnansweredFields(kind: EntryKind, values: RawValues): FieldSpec[] {
  const spec = KIND_SPECS[kind];
  return spec.fields.filter((f) => f.required && !f.defaultToday && f.path.join('.') !== spec.titleField && !(values[f.flag]?.length));
}

/** The lines printed after creating an entry: what was made and what to do next. */
export function describeNextSteps(plan: ScaffoldPlan, contentPrefix: string): string[] {
  const spec = KIND_SPECS[plan.kind];
  const file = `${contentPrefix}${plan.file}`;
  const lines = [`Created ${file}`];
  if (plan.takenSlug) lines.push(`(${contentPrefix}${spec.dir}/${plan.takenSlug}${spec.layout === 'folder' ? '/' : '.md'} already exists, so the new one is ${plan.id}; --slug names it otherwise.)`);
  for (const copy of plan.copies) lines.push(`Copied ${copy.from} to ${contentPrefix}${copy.to}, without its EXIF data (location, camera)`);
  lines.push('', 'Next:');
  let step = 1;
  if (plan.todo.length > 0) {
    lines.push(`  ${step++}. Open ${file} and fill in:`);
    for (const problem of plan.todo) lines.push(`       ${problem.field}: ${problem.message}`);
  } else {
    lines.push(`  ${step++}. Open ${file} and read it over; the lines starting with # explain each field.`);
  }
  if (spec.bodyLabel) lines.push(`  ${step++}. Below the last --- line, write ${spec.bodyLabel}.`);
  if (plan.kind === 'ambassador' && plan.copies.length === 0) {
    lines.push(`  ${step++}. Optional: put a photo (at least 400×400 pixels) in ${contentPrefix}${plan.folder}/ and set photo and photoAlt.`);
  }
  lines.push(`  ${step++}. Run \`npm run check\`: it names every field still missing, with the fix.`);
  const preview = `http://localhost:4321${spec.previewPath(plan.id)}`;
  if (plan.draft?.draft) {
    lines.push(`  ${step++}. The story is a draft (draft: true): it is not published, and \`npm run dev\` does not show it either.`);
    lines.push(`     To publish it, set draft: false; it appears on its date (${plan.draft.date}), and \`npm run dev\` shows it at ${preview}`);
  } else {
    lines.push(`  ${step++}. Preview: \`npm run dev\`, then open ${preview}`);
  }
  if (plan.kind === 'ambassador') {
    lines.push('     (the profile shows once consent.given is filled in and status is active).');
    lines.push('     If you leave the company one day, write your last day in left: and choose under consent: what happens');
    lines.push('     then: afterLeaving: end (the default) takes your profile off the site, keep leaves it up as a former colleague.');
  }
  lines.push(`  ${step}. Open a pull request. Guide for ambassadors: docs/ambassadors.md`);
  return lines;
}

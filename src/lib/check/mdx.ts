/**
 * What stops an MDX story from building, found before the build: text that is not valid MDX (an
 * unclosed `<PullQuote>`, a `{` without its `}`), a component the story page does not provide
 * (`<Video />`), and a `{name}` that names nothing (a word in braces the author meant to show).
 * Astro alone stops on these with a stack trace, or renders the page until it meets them.
 *
 * Names in braces are judged only when the expression is a plain name or a chain of them
 * (`{team}`, `{frontmatter.title}`): its first name must be `frontmatter`, a name the file imports or
 * exports, or a JavaScript global. Other expressions (`{1 + 2}`, calls) are left to the build: judging
 * them needs a JavaScript parser and scope analysis, and authors of such stories are developers.
 */
import { mdxToMdast } from 'satteri';
import { FEATURES, walk, type Node } from './markdown-safety.ts';

/** The components every MDX story may use without importing them (the story page passes them). */
export const STORY_COMPONENTS = ['PullQuote', 'Callout'] as const;

/** Something that stops the build, on a 1-based line of the scanned text. */
export interface MdxProblem {
  line: number;
  message: string;
  hint: string;
}

/** Sätteri's error: "3:1: Expected a closing tag for `<PullQuote>` (3:1) before the end of `paragraph` (mdx-jsx:unexpected-character)". */
const PARSE_ERROR = /^(\d+):(\d+): (.*?)(?: \([\w-]+:[\w-]+\))?$/s;

/** A plain name or chain of names: `team`, `frontmatter.title`, `a?.b`. */
const NAME_CHAIN = /^\s*([A-Za-z_$][\w$]*)(?:\s*\??\.\s*[A-Za-z_$][\w$]*)*\s*$/;

/** Names an import or export statement declares (`import A, { B as C } from …`, `export const D = …`). */
function declaredNames(esm: string): string[] {
  const names: string[] = [];
  for (const m of esm.matchAll(/\bimport\s+([\s\S]*?)\s+from\b/g)) {
    for (const part of m[1]!.replace(/[{}]/g, ',').split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()!.replace(/^\*\s*/, '').trim();
      if (/^[A-Za-z_$][\w$]*$/.test(name)) names.push(name);
    }
  }
  for (const m of esm.matchAll(/\bexport\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.push(m[1]!);
  return names;
}

/** The problems of an MDX text that would stop the build; see the module comment. */
export function findMdxProblems(text: string): MdxProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(text, { features: FEATURES }) as Node;
  } catch (error) {
    const raw = (error as Error).message;
    const match = PARSE_ERROR.exec(raw);
    const what = (match?.[3] ?? raw).replace(/\s*\(\d+:\d+\)/g, '').replace(/`/g, '"');
    return [{
      line: match ? Number(match[1]) : 1,
      message: `is not valid MDX: ${what.replace(/\.$/, '')}.`,
      hint: 'Close every component you open (<PullQuote by="…">…</PullQuote>, or <Callout title="…" /> on its own), and write \\{ and \\} for braces meant as text.',
    }];
  }
  const nodes = [...walk(tree)];
  const declared = new Set<string>(['frontmatter', 'props', ...STORY_COMPONENTS]);
  for (const node of nodes) if (node.type === 'mdxjsEsm' && typeof node.value === 'string') for (const name of declaredNames(node.value)) declared.add(name);
  const problems: MdxProblem[] = [];
  const line = (node: Node) => node.position?.start.line ?? 1;
  for (const node of nodes) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const root = node.name.split('.')[0]!;
      // Lower-case names are HTML elements; capitalised ones are components.
      if (/^[A-Z]/.test(root) && !declared.has(root)) {
        problems.push({
          line: line(node),
          message: `uses the component <${node.name}>, which stories do not have.`,
          hint: `Stories may use ${STORY_COMPONENTS.map((name) => `<${name}>`).join(' and ')}; remove <${node.name}>, or import it at the top of the file.`,
        });
      }
    }
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && typeof node.value === 'string') {
      const name = NAME_CHAIN.exec(node.value)?.[1];
      if (name && !declared.has(name) && !(name in globalThis)) {
        problems.push({
          line: line(node),
          message: `shows {${node.value.trim()}}, but "${name}" is not defined in this file.`,
          hint: `To show the braces as text, write \\{${node.value.trim()}\\}; otherwise remove them.`,
        });
      }
    }
  }
  return problems;
}

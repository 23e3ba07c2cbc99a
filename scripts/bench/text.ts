/**
 * Text for generated content: bios, quotes, stories, job ads, thank-yous and share posts, built
 * from sentence templates so that a thousand entries read like a thousand different people.
 */
import type { Random } from './random.ts';

/** The facts a sentence can mention. */
export interface TextContext {
  /** First name of the person speaking or spoken about. */
  first: string;
  /** Full name. */
  name: string;
  /** Their role, e.g. "Data engineer". */
  role: string;
  /** Their team's name. */
  team: string;
  /** Their city. */
  city: string;
  /** The company's name. */
  company: string;
  /** Something the team works on. */
  topic: string;
  /** A colleague's first name. */
  colleague: string;
  /** Years at the company. */
  years: number;
  /** A pastime. */
  hobby: string;
  /** Another place. */
  place: string;
}

/** The text cut at a word to at most `max` characters, ending in "…" when cut: the site's field limits (src/schemas/limits.ts). */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Replaces every {key} with the context's value. */
export function fillTemplate(template: string, ctx: TextContext): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(ctx[key as keyof TextContext] ?? key));
}

const BIO = [
  "I joined {company} {years} years ago as a {role} in the {team} team, and I still learn something new every week.",
  'Before {company}, I worked in {place}, where I discovered that I like problems that do not fit in a spreadsheet.',
  'Most days you will find me in our {city} office, usually near the coffee machine, arguing about {topic}.',
  "Outside work I spend my time {hobby}.",
  'I grew up near {place} and speak with candidates in whichever language they are most comfortable with.',
  'Ask me about {topic}: I can talk about it for longer than you probably want.',
  'My favourite part of the job is the moment a new colleague asks the question nobody dared to ask.',
  "I came for the technology and stayed for the people, especially {colleague}, who taught me most of what I know.",
  'I am a mentor in our onboarding programme, so there is a fair chance I will be the one showing you around.',
  'I work four days a week, which leaves Wednesdays for {hobby}.',
  'If you want to know what a normal day as a {role} looks like, send me a message: I answer everyone.',
  'I switched careers at forty, and {company} was the first employer that saw that as a strength.',
];

const QUOTES = [
  'Nobody here pretends to know everything, and that is exactly why it works.',
  'I can explain my work to my grandmother, and she is proud of it.',
  'We argue about {topic} in three languages and still go for lunch together.',
  'The best decision I made was to ask {colleague} for help on my first day.',
  'I have never had a job where my questions were taken this seriously.',
  "Every project I've worked on is still running somewhere in {city}.",
  'Flexible hours are not a perk here; they are how we get good work done.',
  'Come for the work on {topic}, stay for the Friday soup.',
  "I learn more in a month here than in a year anywhere else I've worked.",
  'I like that my team notices when something is not right, at work or at home.',
];

const STORY_TITLES = [
  'From intern to {role}: what {years} years at {company} taught me',
  'What a week on {topic} taught me about teamwork',
  'Why I moved from {place} to {city} for this job',
  'Inside {team}: how we work on {topic}',
  'Five things I wish I had known before joining {team}',
  'The day {topic} almost went wrong, and what we learned',
  'Coming back after parental leave: my first month',
  'Learning Dutch, French and patience at the same time',
  'How {colleague} and I rebuilt {topic} in six weeks',
  'A {role} on the road: a day in the life',
  'Mentoring the next generation of {team}',
  'What changed when we started working on {topic}',
  'Why I stayed: {years} years at {company}',
  'Switching careers at forty: my path to {role}',
  'Our open day in {city}, through the eyes of a first-timer',
];

const STORY_TITLES_NL = [
  'Van stagiair tot {role}: {years} jaar bij {company}',
  'Een dag als {role} in {city}',
  'Waarom ik van {place} naar {city} verhuisde',
  'Hoe ons team werkt aan {topic}',
];
const STORY_TITLES_FR = [
  'De stagiaire à {role} : {years} ans chez {company}',
  'Une journée de {role} à {city}',
  'Pourquoi j’ai quitté {place} pour {city}',
  'Comment notre équipe travaille sur {topic}',
];

const SUMMARIES = [
  '{name} tells how the {team} team works on {topic}, and why it feels different from anywhere else.',
  'A candid look at {years} years as a {role} at {company}, told by {first} from our {city} office.',
  '{first} on moving from {place} to {city}, learning a new language and finding a team that listens.',
  'What it is really like to work on {topic}, from the first plan to the last late-night fix.',
  'Our {role} {first} explains what a normal week looks like, and what makes the good ones great.',
];

const STORY_PARAGRAPHS = [
  'When I started at {company}, I thought I knew what a {role} did. The first week proved me wrong: I spent more time listening to clients than writing anything down, and that turned out to be the most useful thing I could have done.',
  'Our team is small enough that everyone knows what everyone else is working on, and big enough that there is always someone who has solved a similar problem before. {colleague} is usually that someone.',
  'The work on {topic} started as a side project. Three of us spent Friday afternoons on it for a couple of months, until our manager saw the first results and gave it a real place in the planning.',
  'Not everything went smoothly. We underestimated how long it would take to get the data right, and we had to explain to a client in {place} why the first delivery would be two weeks late. They appreciated the honesty more than we expected.',
  'What I value most is that nobody expects you to be perfect. When I made a mistake in my second month, the first question was not who was to blame but what we could change so that it would not happen again.',
  'We work in Dutch, French and English, often in the same meeting. It sounds chaotic, but you get used to it quickly, and it makes you a better listener.',
  'I split my week between home and the {city} office. The days in the office are for the conversations that do not work on a screen; the days at home are for the work that needs silence.',
  'Every new colleague gets a buddy for the first three months. Mine was {colleague}, who showed me where everything was and, more importantly, who to ask for what.',
  'Looking back after {years} years, I am most proud of the people I helped to hire. Several of them now lead projects I could never have run myself.',
  'If you are thinking about applying, my advice is simple: be curious, ask questions in the interview, and tell us what you want to learn. We take that seriously.',
  'The best days are the ones on site, when you see the thing you designed in a drawing actually doing its job in the rain in {place}.',
  'Learning never stops here. This year I followed a course on {topic}, paid for by the company and planned during working hours.',
];

const STORY_PARAGRAPHS_NL = [
  'Toen ik bij {company} begon, dacht ik dat ik wist wat een {role} deed. De eerste week bewees het tegendeel: ik luisterde meer naar klanten dan ik zelf schreef.',
  'Ons team is klein genoeg om te weten waar iedereen mee bezig is, en groot genoeg om altijd iemand te vinden die een gelijkaardig probleem al eens oploste. Meestal is dat {colleague}.',
  'We werken in het Nederlands, het Frans en het Engels, vaak in dezelfde vergadering. Dat lijkt chaotisch, maar je went er snel aan en je leert er beter door luisteren.',
  'Wie twijfelt om te solliciteren: wees nieuwsgierig, stel vragen tijdens het gesprek en vertel wat je wilt leren. Daar houden we echt rekening mee.',
  'Na {years} jaar ben ik vooral trots op de mensen die ik mee heb aangeworven. Velen van hen leiden nu projecten die ik zelf nooit had kunnen trekken.',
];
const STORY_PARAGRAPHS_FR = [
  'Quand je suis arrivée chez {company}, je pensais savoir ce que faisait un·e {role}. La première semaine m’a prouvé le contraire : j’ai passé plus de temps à écouter nos clients qu’à écrire.',
  'Notre équipe est assez petite pour que chacun sache ce que font les autres, et assez grande pour qu’il y ait toujours quelqu’un qui a déjà résolu un problème semblable. C’est souvent {colleague}.',
  'Nous travaillons en français, en néerlandais et en anglais, souvent dans la même réunion. Cela paraît chaotique, mais on s’y habitue vite, et on apprend à mieux écouter.',
  'Si vous hésitez à postuler : soyez curieux, posez des questions pendant l’entretien et dites-nous ce que vous voulez apprendre. Nous le prenons au sérieux.',
  'Après {years} ans, je suis surtout fière des personnes que j’ai aidé à recruter. Plusieurs d’entre elles dirigent aujourd’hui des projets que je n’aurais jamais pu mener seule.',
];

const HEADINGS = ['How it started', 'What a normal week looks like', 'The hard parts', 'What I learned', 'Why I stay', 'Advice for new colleagues', 'The team behind it', 'What comes next'];
const HEADINGS_NL = ['Hoe het begon', 'Een gewone week', 'Wat ik leerde', 'Waarom ik blijf'];
const HEADINGS_FR = ['Les débuts', 'Une semaine ordinaire', 'Ce que j’ai appris', 'Pourquoi je reste'];

const LIST_ITEMS = [
  'ask the question, even if it sounds obvious',
  'write things down for the person who comes after you',
  'go on site at least once a month',
  'take your holidays; the work will still be there',
  'learn a few words of the other national language',
  'find the person who has been here longest and buy them a coffee',
  'say when a deadline is not realistic, early',
];

const DUTIES = [
  'work with the {team} team on {topic}',
  'turn what clients tell us into clear plans and working results',
  'review the work of colleagues and have yours reviewed',
  'keep documentation up to date, in plain language',
  'take part in planning and retrospectives every two weeks',
  'help new colleagues find their way',
  'visit clients and sites in Belgium and Luxembourg now and then',
  'measure what you deliver and improve it',
];
const REQUIREMENTS = [
  'experience as a {role}, or the drive to grow into it quickly',
  'good Dutch or French, and working English',
  'curiosity about {topic}',
  'the habit of writing things down clearly',
  'a driving licence B (for site visits)',
  'a taste for working with people who think differently',
  'a degree or equivalent experience; we care about what you can do',
];
const OFFERS = [
  'a contract of indefinite duration',
  'flexible hours and up to three days of home working a week',
  'meal vouchers, eco vouchers and hospitalisation insurance',
  'a bike lease or a public-transport season ticket',
  'five training days a year, on topics you choose',
  'a laptop and phone of your choice',
  '32 days of holiday',
];

const RECOGNITION_TITLES = [
  'Thank you for {topic}',
  '{years} years at {company}',
  'Thanks for stepping in during the busy weeks',
  'Best buddy of the year',
  'Thank you for organising the open day in {city}',
  'Our colleague award for {topic}',
  'Thanks for the help with {topic}',
  'A warm welcome to everyone you onboarded this year',
];
const RECOGNITION_BODIES = [
  'Without {first}, the work on {topic} would still be on the whiteboard. Thank you for the patience, the late calls and the good humour.',
  'When half of the team was ill in the same week, {first} quietly took over and nobody outside noticed. That is the kind of colleague everyone hopes for.',
  '{years} years, several offices and more projects than we can count: thank you for everything you taught us, {first}.',
  'Dozens of candidates met us in {city} thanks to {first}, and several of them start next month.',
  'Every new colleague in {team} this year mentioned the same name when we asked who helped them most: {first}.',
];

const SHARE_VARIANTS = [
  'Proud of what my colleagues at {company} are doing: {title}',
  'A good read about how we work in {team}. {title}',
  "If you've ever wondered what we do all day at {company}, start here.",
  'This is why I like working here. Worth a few minutes of your time.',
  'We are growing, and I would love to work with people like you. Have a look!',
  'Behind the scenes at {company}: {title}',
  'Honest and a little funny: {title}',
  'Do you know someone who should work with us? Send them this.',
];

const HASHTAGS = ['lifeat', 'hiring', 'jobs', 'belgium', 'engineering', 'teamwork', 'careers', 'inclusion', 'learning', 'sustainability', 'werkenbij', 'emploi', 'vacature'];

/** Several distinct items of a list, as a Markdown list. */
function markdownList(rng: Random, items: readonly string[], n: number, ctx: TextContext): string {
  return rng
    .sample(items, n)
    .map((item) => `- ${fillTemplate(item, ctx)}`)
    .join('\n');
}

/** A short bio of one to three paragraphs in plain Markdown. */
export function writeBio(rng: Random, ctx: TextContext): string {
  const paragraphs = rng.int(1, 3);
  const sentences = rng.sample(BIO, paragraphs * 2 + 1);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const chunk = sentences.slice(p * 2, p === paragraphs - 1 ? undefined : p * 2 + 2);
    out.push(chunk.map((s) => fillTemplate(s, ctx)).join(' '));
  }
  return out.join('\n\n');
}

/** A short quote in the person's own words. */
export function writeQuote(rng: Random, ctx: TextContext): string {
  return fillTemplate(rng.pick(QUOTES), ctx);
}

/** A story headline, in the story's language. */
export function writeStoryTitle(rng: Random, ctx: TextContext, lang: 'en' | 'nl' | 'fr'): string {
  return fillTemplate(rng.pick(lang === 'nl' ? STORY_TITLES_NL : lang === 'fr' ? STORY_TITLES_FR : STORY_TITLES), ctx);
}

/** A one- or two-sentence summary. */
export function writeSummary(rng: Random, ctx: TextContext): string {
  return fillTemplate(rng.pick(SUMMARIES), ctx);
}

/** A multi-section story body with headings, a pull quote and sometimes a list; MDX-safe. */
export function writeStoryBody(rng: Random, ctx: TextContext, lang: 'en' | 'nl' | 'fr'): string {
  const paragraphs = lang === 'nl' ? STORY_PARAGRAPHS_NL : lang === 'fr' ? STORY_PARAGRAPHS_FR : STORY_PARAGRAPHS;
  const headings = lang === 'nl' ? HEADINGS_NL : lang === 'fr' ? HEADINGS_FR : HEADINGS;
  const sections = rng.int(2, Math.min(4, headings.length));
  const pool = rng.shuffle(paragraphs);
  const titles = rng.sample(headings, sections);
  const out = [fillTemplate(pool[0]!, ctx)];
  let next = 1;
  for (let s = 0; s < sections; s++) {
    out.push(`## ${titles[s]}`);
    const count = rng.int(1, 2);
    for (let i = 0; i < count; i++) out.push(fillTemplate(pool[next++ % pool.length]!, ctx));
    if (s === 0) out.push(`> ${writeQuote(rng, ctx)}\n>\n> — ${ctx.name}`);
    if (lang === 'en' && s === sections - 1 && rng.chance(0.4)) out.push(markdownList(rng, LIST_ITEMS, rng.int(3, 5), ctx));
  }
  return out.join('\n\n');
}

/** A job ad: an introduction, then what you will do, what you bring and what we offer. */
export function writeJobBody(rng: Random, ctx: TextContext): string {
  return [
    fillTemplate(`The {team} team in {city} is looking for a {role}. You will join a team of colleagues who care about {topic} and about each other, at a company that ${rng.pick(['is growing steadily', 'has been around for decades and is still curious', 'works for cities, ports and companies across the Benelux'])}.`, ctx),
    "## What you'll do",
    markdownList(rng, DUTIES, rng.int(4, 6), ctx),
    '## What you bring',
    markdownList(rng, REQUIREMENTS, rng.int(3, 5), ctx),
    '## What we offer',
    markdownList(rng, OFFERS, rng.int(3, 5), ctx),
    fillTemplate('Questions about the role? Ask one of the colleagues below: they do this work every day and answer honestly.', ctx),
  ].join('\n\n');
}

/** A thank-you's headline. */
export function writeRecognitionTitle(rng: Random, ctx: TextContext): string {
  return fillTemplate(rng.pick(RECOGNITION_TITLES), ctx);
}

/** A thank-you's message, one or two paragraphs. */
export function writeRecognitionBody(rng: Random, ctx: TextContext): string {
  return rng
    .sample(RECOGNITION_BODIES, rng.int(1, 2))
    .map((s) => fillTemplate(s, ctx))
    .join('\n\n');
}

/** Two to four different wordings of a share post about a title. */
export function writeShareVariants(rng: Random, ctx: TextContext, title: string): string[] {
  return rng.sample(SHARE_VARIANTS, rng.int(2, 4)).map((s) => fillTemplate(s.replace('{title}', title), ctx));
}

/** A few hashtags, the first one naming the company. */
export function pickHashtags(rng: Random, companyTag: string): string[] {
  return [companyTag, ...rng.sample(HASHTAGS.slice(1), rng.int(0, 3))];
}

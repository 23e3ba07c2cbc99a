/** A quote without the quotation marks its author may have typed around it, so that the page's own marks are not doubled. */
export function unquoted(text: string): string {
  const match = /^\s*["“”„«]\s*(.*?)\s*["“”»]\s*$/su.exec(text);
  return match && match[1] && !/["“”„«»]/u.test(match[1]) ? match[1] : text;
}

/** The site's interface text in English: the reference every other language follows. */
export const en = {
  /** Link that jumps past the header. */
  skipToContent: 'Skip to content',
  /** Name of the main navigation. */
  mainNav: 'Main',
  /** Home link text. */
  home: 'Home',
  /** Navigation items. */
  nav: { stories: 'Stories', ambassadors: 'Ambassadors', jobs: 'Jobs', teams: 'Teams', themes: 'Themes', recognition: 'Thank-yous', share: 'Share kit', menu: 'Menu' },
  /** Footer. */
  footer: {
    follow: 'Follow us',
    feeds: 'Feeds and data',
    storiesFeed: 'Stories (RSS)',
    jobsFeed: 'Jobs (RSS)',
    jobsJson: 'Open jobs (JSON)',
    builtBy: (company: string) => `The careers site of ${company}, written by its own people.`,
    noCookies: 'This site sets no cookies.',
    explore: 'Explore',
    colleagues: 'For colleagues',
    privacy: 'Privacy',
    /** The company's legal details in the footer. */
    legal: 'Legal details',
    vat: (number: string) => `VAT ${number}`,
  },
  /** Names of social networks and personal links. */
  networks: {
    linkedin: 'LinkedIn',
    x: 'X',
    mastodon: 'Mastodon',
    bluesky: 'Bluesky',
    instagram: 'Instagram',
    facebook: 'Facebook',
    github: 'GitHub',
    youtube: 'YouTube',
    website: 'Website',
  } as Record<string, string>,
  /** "Company on LinkedIn", for icon links. */
  onNetwork: (who: string, network: string) => `${who} on ${network}`,
  /** A quotation, with the language's quotation marks. */
  quote: (text: string) => `“${unquoted(text)}”`,
  /** Between a label and its value ("Salary: …"); French puts a narrow no-break space before the colon. */
  colon: ': ',
  /** The footnotes of a story: the section's hidden heading, and the name of a link back to reference 1 (or 1-2, its second use). */
  footnotes: { heading: 'Footnotes', back: (reference: string) => `Back to reference ${reference}` },
  /** Breadcrumb navigation name. */
  breadcrumb: 'Breadcrumb',
  /** Home page. */
  homePage: {
    seeJobs: 'See open jobs',
    meetPeople: 'Meet our people',
    featured: 'Stories from our people',
    allStories: 'All stories',
    people: 'Meet the people',
    allAmbassadors: (n: number) => `All ${n} ambassadors`,
    newestJobs: 'Newest jobs',
    allJobs: (n: number) => (n === 1 ? 'The open job' : `All ${n} open jobs`),
    latestThanks: 'Latest thank-yous',
    wall: 'The thank-you wall',
    noJobs: 'No open jobs right now. Check back soon, or meet the people below.',
  },
  /** Facet names. */
  facets: { team: 'Team', location: 'Location', employment: 'Employment', language: 'Language', workMode: 'Work mode' },
  /** Filters. */
  filters: {
    label: (what: string) => `Filter ${what}`,
    all: 'All',
    showing: (n: number, total: number) => `Showing ${n} of ${total}`,
    noMatch: 'Nothing matches these filters.',
    clear: 'Clear all filters',
    combined: 'Your filters',
  },
  /** Employment types of ambassadors. */
  employment: { employee: 'Employee', intern: 'Intern', freelancer: 'Freelancer', retiree: 'Retiree', alumni: 'Alumni' } as Record<string, string>,
  /** The ambassadors pages. */
  ambassadors: {
    title: 'Ambassadors',
    description: (company: string) => `Meet the people of ${company}: what they do, where they work and what they would tell a friend about the job.`,
    intro: 'The colleagues who tell you what working here is really like. Every one of them chose to be here.',
    facetTitle: (value: string) => `Ambassadors: ${value}`,
    facetDescription: (facet: string, value: string, company: string) => `Meet the ambassadors of ${company} by ${facet.toLowerCase()}: ${value}. Colleagues who tell you what working here is really like.`,
    count: (n: number) => (n === 1 ? '1 ambassador' : `${n} ambassadors`),
    seeAll: 'See all ambassadors',
  },
  /** An ambassador's page. */
  profile: {
    description: (name: string, role: string, company: string) => `${name}, ${role} at ${company}.`,
    since: (company: string, date: string) => `At ${company} since ${date}`,
    /** For someone who has left and agreed to stay on the site. */
    former: (company: string, from: string, to: string) => `Former colleague: at ${company} from ${from} to ${to}`,
    speaks: 'Speaks',
    pronouns: 'Pronouns',
    team: 'Team',
    location: 'Location',
    employment: 'Employment',
    about: (name: string) => `About ${name}`,
    links: 'Elsewhere',
    stories: (name: string) => `Stories by ${name}`,
    askAbout: (name: string) => `Ask ${name} about these jobs`,
    thanks: 'Thank-yous received',
  },
  /** Story listings and pages. */
  stories: {
    title: 'Stories',
    description: (company: string) => `Stories from the people of ${company}: their work, their teams, their days.`,
    intro: 'First-hand stories from colleagues across the company.',
    page: (n: number, total: number) => `Page ${n} of ${total}`,
    pagination: 'Pages',
    previous: 'Newer stories',
    next: 'Older stories',
    by: 'By',
    told: (names: string) => `Told by ${names}`,
    relatedJobs: 'Related jobs',
    published: 'Published',
    updated: 'Updated',
    themes: 'Themes',
    playVideo: (title: string) => `Play the video: ${title}`,
    watchOn: (provider: string) => `Watch on ${provider}`,
    videoNotice: (provider: string) => `The video plays from ${provider}: nothing loads from ${provider} until you press play.`,
    people: 'The people in this story',
    none: 'No stories yet.',
  },
  /** Theme pages. */
  themes: {
    title: (label: string) => `${label}: stories`,
    description: (label: string, text: string) => `${label}: ${text}`,
    sharePosts: 'Ready to share',
    feed: (label: string) => `${label} (RSS)`,
    none: 'No stories in this theme yet.',
    jobs: 'Related open jobs',
    indexTitle: 'Themes',
    indexDescription: (company: string) => `Stories from the people of ${company}, by theme: what they work on, how they work and what they care about.`,
    indexIntro: 'Stories from our people, by theme.',
    storyCount: (n: number) => (n === 0 ? 'No stories yet' : n === 1 ? '1 story' : `${n} stories`),
  },
  /** Team pages. */
  teams: {
    title: (team: string) => `Team ${team}`,
    description: (team: string, company: string) => `Meet the ${team} team of ${company}: the people you would work with, their stories and the team's open jobs.`,
    meet: 'Meet the people you would work with',
    stories: 'Their stories',
    jobs: 'Open jobs in this team',
    noJobs: 'No open jobs in this team right now.',
    indexTitle: 'Teams',
    indexDescription: (company: string) => `The teams of ${company}: what each one does, the people you would work with and its open jobs.`,
    indexIntro: 'What each team does, the people you would work with and their open jobs.',
  },
  /** Job listings and pages. */
  jobs: {
    title: 'Jobs',
    description: (company: string) => `Open positions at ${company}, with the colleagues you can ask about each one.`,
    intro: 'Open positions, and the colleagues you can ask about each one.',
    facetTitle: (value: string) => `Jobs: ${value}`,
    facetDescription: (facet: string, value: string, company: string) => `Open jobs at ${company} by ${facet.toLowerCase()}: ${value}. Read each role, then ask the colleagues who do the work.`,
    count: (n: number) => (n === 1 ? '1 open job' : `${n} open jobs`),
    none: 'No open jobs right now.',
    seeAll: 'See all jobs',
    apply: 'Apply now',
    applyEmail: 'Apply by e-mail',
    aboutRole: 'About the role',
    facts: 'At a glance',
    details: 'Job details',
    postedOn: (date: string) => `Posted ${date}`,
    askRecruiting: 'Questions? Ask our recruiting team',
    team: 'Team',
    locations: 'Location',
    workMode: 'Work mode',
    remoteFrom: 'Work from',
    salary: 'Salary',
    contract: 'Contract',
    posted: 'Posted',
    applyBy: 'Apply by',
    askPeople: 'Questions? Ask a colleague',
    askPeopleIntro: 'These colleagues are happy to tell you about the role.',
    closed: 'This position is closed',
    closedText: (date: string) => `Applications closed on ${date}. The page stays so that shared links keep working.`,
    teamOpen: (team: string) => `Open jobs in ${team}`,
    closedTitle: (title: string) => `${title} (closed)`,
    metaDescription: (title: string, company: string, facts: string) => `${title} at ${company}: ${facts}.`,
    closedDescription: (title: string, company: string) => `The position ${title} at ${company} is closed. See the team's open jobs.`,
  },
  /** Where candidates ask a colleague, or the recruiting team, about a job. */
  contact: {
    /** A colleague's contact route: an e-mail address, LinkedIn, or another site (its host name). */
    email: (name: string) => `Ask ${name} by e-mail`,
    linkedin: (name: string) => `Ask ${name} on LinkedIn`,
    web: (name: string, host: string) => `Ask ${name} on ${host}`,
    /** Before the recruiting team's address, where no colleague gave a contact route. */
    recruiting: 'Our recruiting team is happy to answer your questions:',
    /** The same, under colleagues who gave none. */
    putsInTouch: (names: string) => `Our recruiting team puts you in touch with ${names}:`,
    /** The link to the recruiting team's contact page. */
    recruitingPage: 'Contact our recruiting team',
  },
  /** Work modes. */
  workModes: { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' } as Record<string, string>,
  /** Contract types. */
  contracts: {
    'full-time': 'Full-time',
    'part-time': 'Part-time',
    contract: 'Contract',
    temporary: 'Temporary',
    internship: 'Internship',
    volunteer: 'Volunteer',
  } as Record<string, string>,
  /** Salary periods. */
  salaryUnits: { hour: 'per hour', day: 'per day', week: 'per week', month: 'per month', year: 'per year' } as Record<string, string>,
  /** The thank-you wall. */
  recognition: {
    title: 'Thank-yous',
    description: (company: string) => `Public thank-yous to the ambassadors of ${company}, newest first.`,
    intro: 'Public thanks to the colleagues who make this site, newest first.',
    from: (who: string) => `From ${who}`,
    to: 'To',
    none: 'No thank-yous yet.',
  },
  /** Kinds of thank-you. */
  kinds: { thanks: 'Thanks', milestone: 'Milestone', award: 'Award', event: 'Event' } as Record<string, string>,
  /** Languages: the switcher on every page, the chooser at /, and untranslated entries. */
  languages: {
    /** The switcher's name. */
    switcher: 'Language',
    /** The chooser page's heading. */
    choose: 'Choose your language',
    /** Beside an entry shown in another language, in listings: "In Dutch". */
    inLanguage: (language: string) => `In ${language}`,
    /** The notice on a page whose text is in another language. */
    notice: { story: (language: string) => `This story is in ${language}.`, job: (language: string) => `This job posting is in ${language}.`, profile: (language: string) => `This profile is in ${language}.` },
  },
  /** Words drawn on the social cards. */
  card: {
    story: 'Story',
    job: 'Job',
    people: 'Meet our people',
    hiring: "We're hiring",
    closed: 'No longer open',
    closedBand: 'This position has been filled or closed',
    applyAt: 'Apply at',
    share: 'Share this',
    careers: 'Careers',
    /** "{n}" is how many more people tell the story. */
    more: '+ {n} more',
    /** Around an ambassador's quote, as `quote` above writes it on the pages. */
    quoteOpen: '“',
    quoteClose: '”',
  },
  /** Site search: the header's field and the search page. */
  search: {
    /** The search landmarks' name and the fields' label. */
    label: 'Search the site',
    /** The search button. */
    submit: 'Search',
    /** The search page's title and heading. */
    title: 'Search',
    /** The search page's meta description. */
    description: (company: string) => `Search the careers site of ${company}: open jobs, stories, colleagues and teams.`,
    /** Under the heading. */
    intro: 'Find open jobs, stories, colleagues and teams by a word, a name or a place.',
    /** The group of filters. */
    filters: 'Narrow down',
    /** The filter option that keeps everything. */
    any: 'All',
    /** The filters' names. */
    filterNames: { type: 'Type', team: 'Team', location: 'Location', mode: 'Work mode', language: 'Language' },
    /** What a result is. */
    types: { job: 'Job', story: 'Story', person: 'Colleague', team: 'Team', theme: 'Theme' },
    /** The result count for words typed. */
    count: (n: number, query: string) => (n === 1 ? `1 result for “${query}”` : `${n} results for “${query}”`),
    /** The result count for filters alone. */
    countAll: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    /** No result. */
    none: (query: string) => `Nothing found for “${query}”. Try another word, or fewer filters.`,
    /** No result for filters alone. */
    noneAll: 'Nothing matches these filters.',
    /** While the index loads or a search runs. */
    searching: 'Searching…',
    /** The button under the results. */
    more: 'Show more results',
    /** Without JavaScript. */
    needsScript: 'Search needs JavaScript, which is turned off in this browser. Browse instead:',
    /** When the search could not load. */
    failed: 'Search could not load just now. Browse instead:',
  },
  /** The privacy notice, generated from site.yaml. */
  privacy: {
    title: 'Privacy',
    description: (company: string) => `How the careers site of ${company} treats your privacy: no cookies, no tracking, and what the tags in shared links mean.`,
    intro: (company: string) => `This is the careers site of ${company}. You can read it without being tracked: here is what it does not do, and the little it does.`,
    notTitle: 'What this site does not do',
    noCookies: 'It sets no cookies.',
    noTracking: 'It does not follow you from page to page or from site to site, and loads no advertising or social media scripts.',
    noThirdParty: 'It loads no fonts or images from other companies: they come from this site itself. A video loads from YouTube or Vimeo only when you press play.',
    noForms: 'It asks you for nothing: no account, no personal details.',
    browserTitle: 'What stays in your browser',
    browserIntro: 'Your browser remembers a few choices in its local storage. They are never sent to us, and clearing this site’s data in your browser removes them:',
    browserLanguage: 'the language you chose;',
    browserThemes: 'the themes you ticked in the share kit.',
    tagsTitle: 'The tags in shared links',
    tagsIntro: 'A link shared with the buttons on this site carries tags at the end of its address (UTM tags), so that our statistics can show how people found us:',
    tagSource: 'the network it was shared on, such as linkedin, or copy for a copied link;',
    tagMediumAmbassador: 'when a colleague shared it from the share kit;',
    tagMediumVisitor: 'when anyone shared it from a story or job page;',
    tagCampaign: 'the story, job or post that was shared;',
    tagContent: 'on a colleague’s personal share page, that colleague’s name as it appears in the address of their profile.',
    tagsOutro: 'These tags say how a link was shared, not who opened it: they carry nothing about you.',
    statsTitle: 'Visit statistics',
    plausible: (domain: string) => `This site counts visits with Plausible Analytics (for ${domain}), which sets no cookies and keeps no personal data: only totals of the pages read, the sites and tags that brought visitors here, their countries and their kinds of device.`,
    noStats: 'This site does not count its visitors: it has no analytics at all.',
    hosting: 'The web server that delivers these pages may keep the usual technical logs, as every web server does.',
    applyTitle: 'When you apply or get in touch',
    apply: 'You apply on the page or at the address given with each job; what you send there is handled under that page’s own privacy notice. If you write to a colleague or to our recruiting team, your message is handled like any other e-mail to us.',
    peopleTitle: 'Our colleagues on this site',
    people: 'Every colleague on this site chose to be here and can withdraw at any time: their page then disappears everywhere at the next update.',
    whoTitle: 'Who we are',
    contact: 'Questions about your privacy:',
  },
  /** The 404 page. */
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist, or no longer does.',
    text: 'The page you are looking for does not exist, or no longer does. A job may have been filled, or a colleague may have left the program.',
    back: 'Go to the home page',
  },
};

/** The shape every language's interface text follows. */
export type UiStrings = typeof en;

/** The programme report's interface text in English: the reference the other languages follow. */

/** A function that formats a number in the report's language. */
type N = (n: number) => string;

export const en = {
  /** Page and header. */
  title: 'Ambassador programme report',
  subtitle: (company: string, day: string) => `${company}, as of ${day}`,
  sources: (content: string, analytics?: string) => `Figures from the content folder ${content}${analytics ? ` and from ${analytics}` : ''}.`,
  contentErrors: (n: number) => `The content has ${n} ${n === 1 ? 'error' : 'errors'}: entries with errors are left out. Run npm run check to see and fix them.`,
  contents: 'Contents',
  data: 'Data',
  none: 'None.',
  name: 'Name',
  count: 'Number',
  /** Section titles. */
  sections: {
    participation: 'Participation',
    diversity: 'Diversity coverage',
    stories: 'Stories',
    jobs: 'Jobs',
    recognition: 'Recognition',
    asks: 'Asks',
    reach: 'Reach',
  },
  /** Participation. */
  status: {
    title: 'Ambassadors by status',
    labels: { published: 'Published', paused: 'Paused', withdrawn: 'Withdrawn', awaitingConsent: 'Waiting for consent' } as Record<string, string>,
    summary: (n: N, s: { published: number; paused: number; withdrawn: number; awaitingConsent: number }) =>
      `${n(s.published)} ${s.published === 1 ? 'ambassador is' : 'ambassadors are'} published; ${n(s.paused)} paused, ${n(s.withdrawn)} withdrawn and ${n(s.awaitingConsent)} waiting for consent.`,
  },
  quarters: {
    title: 'Joined and left per quarter',
    quarter: 'Quarter',
    joined: 'Joined',
    left: 'Left',
    summary: (n: N, joined: number, left: number, undated: number) =>
      `In the last 8 quarters ${n(joined)} ${joined === 1 ? 'person' : 'people'} joined the programme (consent given) and ${n(left)} left (a leaving date).` +
      (undated ? ` ${n(undated)} paused or withdrawn ${undated === 1 ? 'person has' : 'people have'} no leaving date, so ${undated === 1 ? 'is' : 'are'} not in a quarter.` : ''),
  },
  headcount: {
    title: (what: string) => `Ambassadors as a share of each ${what}`,
    team: 'team',
    location: 'location',
    share: 'Share',
    ambassadors: 'Ambassadors',
    people: 'People',
    ofPeople: (n: N, ambassadors: number, headcount: number) => `${n(ambassadors)} of ${n(headcount)}`,
    summary: (n: N, low: { label: string; ambassadors: number; headcount: number }, pct: string) =>
      `${low.label} has ${n(low.ambassadors)} ${low.ambassadors === 1 ? 'ambassador' : 'ambassadors'} for ${n(low.headcount)} people (${pct}), the lowest share.`,
    missing: 'Add headcount to teams and locations in site.yaml to see ambassadors as a share of each.',
  },
  /** Diversity. */
  diversity: {
    teams: 'Ambassadors per team',
    locations: 'Ambassadors per location',
    employment: 'Ambassadors per employment type',
    languages: 'Languages ambassadors speak with candidates',
    team: 'Team',
    location: 'Location',
    type: 'Employment type',
    language: 'Language',
    covered: (n: N, covered: number, total: number, what: string, missing: string) =>
      `Ambassadors come from ${n(covered)} of ${n(total)} ${what}${missing ? `; ${missing} ${missing.includes(',') || missing.includes(' and ') ? 'have' : 'has'} none` : ''}.`,
    teamsWord: 'teams',
    locationsWord: 'locations',
    typesWord: 'employment types',
    languagesSummary: (n: N, count: number, top: string) => `Ambassadors speak with candidates in ${n(count)} ${count === 1 ? 'language' : 'languages'}${top ? `, most in ${top}` : ''}.`,
    employmentTypes: { employee: 'Employee', intern: 'Intern', freelancer: 'Freelancer', retiree: 'Retiree', alumni: 'Alumni' } as Record<string, string>,
    missingTitle: 'Not represented yet',
    missingTeams: 'Teams with no ambassador',
    missingLocations: 'Locations with no ambassador',
  },
  /** Stories. */
  stories: {
    months: 'Stories per month, last 12 months',
    month: 'Month',
    stories: 'Stories',
    monthsSummary: (n: N, total: number, best?: { month: string; count: number }) =>
      `${n(total)} ${total === 1 ? 'story was' : 'stories were'} published in the last 12 months${best && best.count ? `, most in ${best.month} (${n(best.count)})` : ''}.`,
    themes: 'Stories per theme',
    theme: 'Theme',
    themesSummary: (n: N, top: { label: string; count: number } | undefined, empty: string) =>
      `${top && top.count ? `The theme told most is ${top.label} (${n(top.count)} ${top.count === 1 ? 'story' : 'stories'})` : 'No published story has a theme yet'}${empty ? `; no story yet in ${empty}` : ''}.`,
    languages: 'Stories per language',
    language: 'Language',
    languagesSummary: (parts: string) => `Published stories by language: ${parts}.`,
    translation: 'Translation coverage of stories',
    translationSummary: (parts: string) => `Stories readable in each language, original or translated: ${parts}.`,
    coverage: (n: N, stories: number, total: number) => `${n(stories)} of ${n(total)}`,
    translated: 'Translated',
    silentTitle: 'Ambassadors who have not told a story yet',
    silentSummary: (n: N, count: number, total: number) => `${n(count)} of ${n(total)} published ambassadors ${count === 1 ? 'has' : 'have'} not told a story yet.`,
  },
  /** Jobs. */
  jobs: {
    perTeam: 'Open jobs per team',
    team: 'Team',
    jobs: 'Open jobs',
    perTeamSummary: (n: N, open: number, teams: number, top?: { label: string; count: number }) =>
      `${n(open)} open ${open === 1 ? 'job' : 'jobs'} in ${n(teams)} ${teams === 1 ? 'team' : 'teams'}${top && top.count > 1 ? `; ${top.label} has the most (${n(top.count)})` : ''}.`,
    nobodyTitle: 'Open jobs with nobody to ask',
    nobodySummary: (n: N, count: number) => (count ? `${n(count)} open ${count === 1 ? 'job names' : 'jobs name'} no published ambassador for candidates to ask.` : 'Every open job names a published ambassador to ask.'),
    title: 'Job',
    durations: 'How long closed jobs stayed open',
    days: 'Days open',
    closedJobs: 'Closed jobs',
    durationsSummary: (n: N, closed: number, median?: number, openMedian?: number) =>
      (closed ? `${n(closed)} closed ${closed === 1 ? 'job' : 'jobs'} stayed open ${n(median ?? 0)} days (median).` : 'No job has closed yet.') +
      (openMedian !== undefined ? ` Open jobs have been online ${n(openMedian)} days (median).` : ''),
  },
  /** Recognition. */
  recognition: {
    months: 'Thank-yous per month, last 12 months',
    month: 'Month',
    thanks: 'Thank-yous',
    monthsSummary: (n: N, total: number, never: number, notRecently: number) =>
      `${n(total)} ${total === 1 ? 'thank-you' : 'thank-yous'} in the last 12 months. ${n(never)} published ${never === 1 ? 'ambassador was' : 'ambassadors were'} never thanked, ${n(notRecently)} not in the last 6 months.`,
    neverTitle: 'Never thanked',
    notRecentlyTitle: 'Not thanked in the last 6 months',
    last: 'Last thank-you',
  },
  /** Asks. */
  asks: {
    title: (cap: number) => `Most share proposals to one ambassador per week (cap ${cap})`,
    week: 'Week',
    when: { past: 'past', current: 'this week', next: 'ahead' } as Record<string, string>,
    posts: 'New posts',
    asked: 'Ambassadors asked',
    most: 'Most to one',
    average: 'Average per ambassador',
    over: 'Over the cap',
    cap: 'cap',
    summary: (n: N, cap: number, overWeeks: number) =>
      overWeeks
        ? `${n(overWeeks)} of the 16 weeks shown ${overWeeks === 1 ? 'goes' : 'go'} over the cap of ${n(cap)} proposals per ambassador.`
        : `No ambassador gets more than ${n(cap)} proposals in any of the 16 weeks shown (8 past, this one and 7 ahead).`,
    overTitle: 'Weeks over the cap',
    proposals: 'Proposals',
    postsList: 'Posts',
  },
  /** Reach. */
  reach: {
    noAnalytics: 'No analytics given. Add --analytics DIR (a Plausible CSV export) or --plausible SITE_ID (the Stats API) for the reach of shares.',
    privacy: 'Counts under 5 are shown as "< 5". Visits are counted by the aggregate, cookie-less analytics; nobody is tracked.',
    months: 'Visits per month: ambassadors\' shares and the company\'s own channels',
    month: 'Month',
    ambassador: 'Ambassadors',
    company: 'Company channels',
    visits: 'Visits',
    monthsSummary: (ambassador: string, company: string) => `${ambassador} visits came from ambassadors' shares in the last 12 months, against ${company} from the company's own channels.`,
    ratio: (value: string) => `${value} ambassador-driven visits per company-channel visit`,
    noRatio: 'Too few visits to compare ambassador-driven and company-channel visits.',
    formula: (medium: string, company: string) => `Ratio = visits tagged utm_medium=${medium} ÷ ${company}, both over the last 12 months.`,
    companyNetworks: (networks: string, medium: string) => `visits from the company's networks in site.yaml (${networks}) not tagged utm_medium=${medium}`,
    companyMedium: (medium: string) => `visits tagged utm_medium=${medium}`,
    noNetworks: 'site.yaml lists no social account',
    networks: 'Ambassador-driven visits per network',
    network: 'Network',
    networksSummary: (top?: { label: string; count: string }) => (top ? `${top.label} brought the most ambassador-driven visits (${top.count}).` : 'No visit came from an ambassador\'s share.'),
    campaigns: 'Ambassador-driven visits per story, job or share post',
    campaign: 'Shared',
    kinds: { story: 'story', job: 'job', share: 'share post', other: 'other' } as Record<string, string>,
    campaignsSummary: (top?: { label: string; count: string }) => (top ? `The share that brought the most visits: ${top.label} (${top.count}).` : 'No visit came from an ambassador\'s share.'),
    campaignsMore: (n: N, more: number) => `and ${n(more)} more`,
    apply: 'Apply clicks per month',
    clicks: 'Apply clicks',
    applySummary: (total: string) => `${total} apply clicks in the last 12 months.`,
    noApply: (goal: string) => `The analytics hold no apply-click goal: set up Plausible's outbound-link clicks, or a goal named "${goal}", to count them.`,
    perJob: 'Apply clicks per job',
    ambassadors: 'Visits per ambassador',
    ambassadorsNote: 'Shown because --by-ambassador was given and site.yaml tags links on personal share pages with the ambassador: the ambassadors chose to share from their own page.',
    ambassadorsSummary: (count: number) => `${count} ambassadors' personal share links brought visits.`,
  },
  /** Months, quarters and weeks. */
  quarter: (q: number, year: number) => `Q${q} ${year}`,
  weekShort: (week: number) => `W${week}`,
  footer: 'Made with npm run report. The content is public; reach comes from aggregate analytics only, and no figure names a person unless stated.',
};

/** The report's interface text. */
export type ReportStrings = typeof en;

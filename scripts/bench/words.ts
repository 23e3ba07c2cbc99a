/**
 * Word lists for generated content: Belgian and European names (with their diacritics), teams and
 * roles, offices with postal addresses, themes. Fictional, but shaped like a real Belgian employer.
 */

/** First names, by the language their bearers most likely speak at work. */
export const FIRST_NAMES: Record<'nl' | 'fr' | 'en' | 'de', readonly string[]> = {
  nl: [
    'Sofie', 'Lotte', 'Elien', 'Jens', 'Pieter', 'Wout', 'Bram', 'Lien', 'Ruben', 'Annelies', 'Joke', 'Stijn',
    'Griet', 'Koen', 'Nele', 'Thijs', 'Sander', 'Femke', 'Jef', 'Mieke', 'Wannes', 'Hanne', 'Seppe', 'Lore',
    'Arne', 'Fien', 'Warre', 'Tuur', 'Marthe', 'Ine', 'Jozefien', 'Lowie', 'Zoë', 'Noë', 'Daan', 'Ilse',
    'Yasmina', 'Karim', 'Soufiane', 'Nadia', 'Bilal', 'Elif', 'Mehmet', 'Hamza', 'Salma', 'Youssef',
  ],
  fr: [
    'Élise', 'Hélène', 'Jérôme', 'Chloé', 'Maëlle', 'Loïc', 'Françoise', 'Noé', 'Anaïs', 'Benoît', 'Céline',
    'Théo', 'Amélie', 'Cédric', 'Raphaël', 'Léa', 'Zoé', 'Mathéo', 'Inès', 'Gaëtan', 'Aurélie', 'Joël',
    'Renée', 'Héloïse', 'Clément', 'Thérèse', 'Grégoire', 'Solène', 'Frédéric', 'Agnès', 'Aïcha', 'Rachid',
    'Fatima-Zahra', 'Mamadou', 'Aminata',
  ],
  en: [
    'Małgorzata', 'Łukasz', 'Jiří', 'Dorota', 'Ioana', 'Mihai', 'Ayşe', 'Emre', 'Nikolaos', 'Ana', 'João',
    'Iñigo', 'Begoña', 'Chiara', 'Niccolò', 'Žaneta', 'Søren', 'Ingrid', 'Björn', 'Åsa', 'Siobhán', 'Liam',
    'Priya', 'Arjun', 'Mei', 'Kenji', 'Olúwasèun', 'Dağhan', 'Tomáš', 'Zsófia',
  ],
  de: ['Jürgen', 'Günther', 'Käthe', 'Lukas', 'Jörg', 'Anneliese', 'Matthias', 'Sören'],
};

/** Last names, by language, with the particles and diacritics they carry in Belgium and beyond. */
export const LAST_NAMES: Record<'nl' | 'fr' | 'en' | 'de', readonly string[]> = {
  nl: [
    'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
    'Van den Broeck', 'Vermeulen', 'De Clercq', 'Verstraete', 'Vandenberghe', 'Van Damme', 'Dewilde',
    'Coppens', 'Lambrechts', 'Van de Velde', 'De Vos', 'Hermans', 'Verhaegen', "D'Hondt", 'Van Acker',
    'De Backer', 'Pauwels', 'Cools', 'El Amrani', 'Benali', 'Bouzid', 'Yılmaz', 'Öztürk', 'Çelik',
  ],
  fr: [
    'Dubois', 'Lambert', 'Dupont', 'Martin', 'Lejeune', 'Renard', 'Lefèvre', 'Leclercq', 'Delvaux', 'Gérard',
    'François', 'Noël', 'Hénin', 'Lemaître', 'Thiébaut', 'Desmedt', 'Collignon', 'Piérard', 'Dethier',
    'Ramaekers', 'Bastogne', 'Mathieu', 'Ait Taleb', 'Diallo', 'Ndiaye', 'Kabongo',
  ],
  en: [
    'Nowak', 'Kowalczyk', 'Wiśniewska', 'Dvořák', 'Novák', 'Ferreira', 'Gonçalves', 'Álvarez', 'Núñez',
    'Rossi', 'Esposito', 'Papadopoulos', 'Sørensen', 'Ó Súilleabháin', 'Nguyễn', 'Popescu', 'Horváth',
    'Šimková', 'Lindqvist', 'Murphy', 'Iyer', 'Tanaka', 'Adébáyọ̀',
  ],
  de: ['Müller', 'Schröder', 'Krüger', 'Weiß', 'Schäfer', 'Großmann', 'Hoffmann', 'Lenz'],
};

/** Pronouns some people add to their profile. */
export const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they', 'elle', 'hij/hem', 'zij/haar'] as const;

/** A team the generator can give a company: id, name, what it does, and its roles. */
export interface TeamTemplate {
  id: string;
  name: string;
  description: string;
  roles: readonly string[];
  /** What the team works on, for stories and job ads. */
  topics: readonly string[];
}

/** Teams, in the order a growing company adds them. */
export const TEAMS: readonly TeamTemplate[] = [
  { id: 'platform', name: 'Platform Engineering', description: 'Runs the cloud platform that takes in millions of events a day and keeps them safe.', roles: ['Backend developer', 'Site reliability engineer', 'Cloud architect', 'Platform engineer'], topics: ['our event pipeline', 'the move to Kubernetes', 'on-call without burnout', 'a zero-downtime migration'] },
  { id: 'data-ai', name: 'Data & AI', description: 'Turns measurements into answers: forecasts, anomaly detection and the reports clients sign off on.', roles: ['Data engineer', 'Data scientist', 'Machine learning engineer', 'Analytics engineer'], topics: ['forecasting demand', 'a model that explains itself', 'cleaning ten years of data', 'the data catalogue'] },
  { id: 'product-design', name: 'Product & Design', description: 'Decides what we build next and makes it clear, from the first sketch to the last pixel.', roles: ['Product manager', 'UX designer', 'UX researcher', 'Content designer'], topics: ['the new mobile app', 'user research in the field', 'a design system in three languages', 'accessibility audits'] },
  { id: 'field-ops', name: 'Field Operations', description: 'The people on site in all weather: they install, calibrate and maintain what we sell.', roles: ['Field technician', 'Installation lead', 'Maintenance planner', 'Rope access technician'], topics: ['a night shift on the Scheldt', 'winter maintenance', 'safety on site', 'the new service vans'] },
  { id: 'customer-care', name: 'Customer Care', description: 'Answers every question in Dutch, French, German and English, by phone, chat and e-mail.', roles: ['Customer advisor', 'Support specialist', 'Team coach', 'Quality coach'], topics: ['the first-call resolution project', 'supporting clients in four languages', 'our new chat tool'] },
  { id: 'finance', name: 'Finance & Control', description: 'Keeps the numbers right and the forecasts honest, from invoices to the annual report.', roles: ['Controller', 'Accountant', 'Financial analyst', 'Payroll specialist'], topics: ['closing the books in five days', 'e-invoicing', 'the annual report'] },
  { id: 'people', name: 'People & Culture', description: 'Recruiting, onboarding, learning and the small things that make many offices feel like one company.', roles: ['Recruiter', 'HR business partner', 'Learning designer', 'Talent sourcer'], topics: ['our onboarding week', 'the mentoring programme', 'hiring without CVs'] },
  { id: 'sales', name: 'Sales', description: 'Finds the cities, ports and companies that need us, and stays with them for years.', roles: ['Account manager', 'Sales engineer', 'Business developer', 'Inside sales representative'], topics: ['our first client in Luxembourg', 'a tender in three languages', 'trade fairs'] },
  { id: 'marketing', name: 'Marketing & Communications', description: 'Tells our story, from the website and social media to the events where clients meet us.', roles: ['Content marketer', 'Brand designer', 'Communications officer', 'Event manager'], topics: ['the ambassador programme', 'our brand refresh', 'a podcast about infrastructure'] },
  { id: 'legal', name: 'Legal & Compliance', description: 'Contracts, privacy and the rules we follow, explained so that everyone can follow them.', roles: ['Legal counsel', 'Privacy officer', 'Compliance analyst'], topics: ['GDPR in practice', 'plain-language contracts', 'the whistleblower procedure'] },
  { id: 'security', name: 'Security', description: 'Protects our clients, our people and our platform, and teaches everyone to spot a phish.', roles: ['Security engineer', 'Security analyst', 'Penetration tester'], topics: ['our bug bounty', 'a phishing drill', 'NIS2 readiness'] },
  { id: 'logistics', name: 'Logistics', description: 'Gets the right part to the right site on time, from our warehouses in Flanders and Wallonia.', roles: ['Warehouse coordinator', 'Planner', 'Fleet manager', 'Logistics analyst'], topics: ['electric vans', 'the new warehouse in Willebroek', 'same-day spare parts'] },
  { id: 'manufacturing', name: 'Manufacturing', description: 'Builds and tests our hardware in our own workshop, one batch at a time.', roles: ['Process engineer', 'Production operator', 'Quality engineer', 'Maintenance technician'], topics: ['lean production', 'a second shift', 'the soldering line'] },
  { id: 'research', name: 'Research & Development', description: 'Works on what we will sell in five years, with universities in Ghent, Leuven and Liège.', roles: ['Research engineer', 'Lab technician', 'Materials scientist', 'PhD researcher'], topics: ['a joint PhD with KU Leuven', 'new sensor materials', 'the lab in Liège'] },
  { id: 'mobile', name: 'Mobile Apps', description: 'Builds the apps inspectors and clients use every day, on every kind of phone.', roles: ['iOS developer', 'Android developer', 'QA engineer'], topics: ['offline-first apps', 'our first accessibility award', 'release trains'] },
  { id: 'web', name: 'Web', description: 'Builds our websites and dashboards, fast and accessible on every screen.', roles: ['Frontend developer', 'Accessibility specialist', 'Full-stack developer'], topics: ['a dashboard that loads in one second', 'web accessibility', 'our component library'] },
  { id: 'workplace-it', name: 'Workplace IT', description: 'Keeps laptops, phones, networks and meeting rooms working in every office.', roles: ['IT support engineer', 'Systems administrator', 'Network engineer'], topics: ['the laptop refurbishing programme', 'Wi-Fi in an old warehouse', 'passwordless login'] },
  { id: 'procurement', name: 'Procurement', description: 'Buys what we need, from steel to software, at a fair price and from responsible suppliers.', roles: ['Buyer', 'Category manager', 'Supplier quality engineer'], topics: ['a supplier code of conduct', 'buying local', 'the chip shortage'] },
  { id: 'sustainability', name: 'Sustainability', description: 'Measures and lowers our footprint, and helps our clients lower theirs.', roles: ['Sustainability analyst', 'Energy consultant', 'ESG reporting specialist'], topics: ['our carbon footprint', 'solar panels on the warehouse', 'the CSRD report'] },
  { id: 'facilities', name: 'Facilities', description: 'Makes our offices, labs and workshops good places to work, and keeps them safe.', roles: ['Facility manager', 'Office coordinator', 'Prevention advisor'], topics: ['the new Ghent office', 'bike parking for two hundred', 'a quieter open space'] },
  { id: 'strategy', name: 'Strategy', description: 'Helps the board decide where to go next, with numbers, interviews and field visits.', roles: ['Strategy consultant', 'Business analyst', 'Portfolio manager'], topics: ['entering the Dutch market', 'the five-year plan', 'an acquisition'] },
  { id: 'academy', name: 'Academy', description: 'Trains our own people and our clients, in classrooms, on site and online.', roles: ['Trainer', 'Instructional designer', 'E-learning developer'], topics: ['the technician academy', 'learning on the job', 'a course in three languages'] },
  { id: 'client-engineering', name: 'Client Engineering', description: 'Engineers who scope projects with clients and stay with them for the years a contract runs.', roles: ['Solution architect', 'Project engineer', 'Technical consultant'], topics: ['a bridge in Namur', 'the port of Antwerp project', 'a tunnel under the canal'] },
  { id: 'quality-safety', name: 'Quality & Safety', description: 'Keeps our work safe and our certificates valid, and asks the awkward questions early.', roles: ['Safety advisor', 'Quality manager', 'Internal auditor'], topics: ['zero accidents for a year', 'ISO 9001 renewal', 'a culture of near-miss reports'] },
];

/** An office with its postal address. */
export interface LocationTemplate {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  region?: string;
  country: string;
}

/** Offices, in the order a growing company opens them. */
export const LOCATIONS: readonly LocationTemplate[] = [
  { id: 'ghent', name: 'Ghent', street: 'Voorhavenlaan 31', postalCode: '9000', city: 'Ghent', region: 'East Flanders', country: 'BE' },
  { id: 'brussels', name: 'Brussels', street: 'Rue du Marché aux Porcs 12', postalCode: '1000', city: 'Brussels', region: 'Brussels-Capital Region', country: 'BE' },
  { id: 'liege', name: 'Liège', street: 'Quai Marcellis 14', postalCode: '4020', city: 'Liège', region: 'Liège', country: 'BE' },
  { id: 'antwerp', name: 'Antwerp', street: 'Londenstraat 40', postalCode: '2000', city: 'Antwerp', region: 'Antwerp', country: 'BE' },
  { id: 'leuven', name: 'Leuven', street: 'Vaartkom 22', postalCode: '3000', city: 'Leuven', region: 'Flemish Brabant', country: 'BE' },
  { id: 'namur', name: 'Namur', street: 'Rue de Fer 58', postalCode: '5000', city: 'Namur', region: 'Namur', country: 'BE' },
  { id: 'eupen', name: 'Eupen', street: 'Gospertstraße 7', postalCode: '4700', city: 'Eupen', region: 'Liège', country: 'BE' },
  { id: 'luxembourg', name: 'Luxembourg', street: 'Rue de Hollerich 44', postalCode: 'L-1740', city: 'Luxembourg', country: 'LU' },
];

/** Share themes: id, label, description. */
export const THEMES: readonly { id: string; label: string; description: string }[] = [
  { id: 'products', label: 'Our products', description: 'What we build and sell, and the people who use it.' },
  { id: 'culture', label: 'Life at work', description: 'How we work together across offices, languages and teams.' },
  { id: 'csr', label: 'Responsibility', description: 'What we give back, from volunteering days to open data.' },
  { id: 'events', label: 'Events', description: 'Meetups, open days, conferences and the occasional barbecue.' },
  { id: 'art', label: 'Art & design', description: 'Where our work meets art, from illustrations to installations.' },
  { id: 'tech', label: 'Engineering', description: 'The technical side, told by the people who build it.' },
  { id: 'hiring', label: "We're hiring", description: 'Open positions, internships and what it is really like to apply.' },
  { id: 'learning', label: 'Learning', description: 'Courses, mentoring, conferences and the things we teach each other.' },
  { id: 'sustainability', label: 'Sustainability', description: 'Lowering our footprint, and helping our clients lower theirs.' },
  { id: 'diversity', label: 'Diversity & inclusion', description: 'Making room for everyone, whatever their language, age or background.' },
];

/** Fictional company names with a brand colour pair (primary has good contrast on white). */
export const COMPANIES: readonly { name: string; primary: string; accent: string; business: string }[] = [
  { name: 'Scheldewerk', primary: '#0b5560', accent: '#e8a33d', business: 'designs and maintains the sensors that watch over bridges, locks and tunnels' },
  { name: 'Lindenhof Zorg', primary: '#7a1f5c', accent: '#f2b134', business: 'runs home-care services and the software that plans them' },
  { name: 'Maasvallei Energie', primary: '#1d4e89', accent: '#7cc6a4', business: 'builds and operates solar, wind and storage projects along the Meuse' },
  { name: 'Kantwerk Logistics', primary: '#5a3e8a', accent: '#ffb86b', business: 'moves spare parts for factories across the Benelux, overnight' },
  { name: 'Vlasveld Foods', primary: '#2f5d1e', accent: '#e9c46a', business: 'bakes, packs and delivers bread and biscuits from three Belgian bakeries' },
];

/** Second-level words for places people mention. */
export const PLACES = ['Ghent', 'Brussels', 'Liège', 'Antwerp', 'Leuven', 'Namur', 'Bruges', 'Mechelen', 'Hasselt', 'Mons', 'Charleroi', 'Kortrijk', 'Arlon', 'Eupen', 'Ostend', 'Maastricht', 'Lille', 'Luxembourg'] as const;

/** Hobbies for bios. */
export const HOBBIES = [
  'cycling the Flemish hills', 'playing the cello in a local orchestra', 'restoring old Vespas', 'coaching a youth football team',
  'baking sourdough', 'running the 20 km of Brussels', 'brewing beer at home', 'climbing in the Ardennes', 'drawing comics',
  'volunteering at a repair café', 'learning Portuguese', 'kayaking on the Lesse', 'growing tomatoes on a balcony',
  'singing in a choir', 'playing chess online', 'birdwatching in the Zwin', 'building Lego cities with my kids',
  'photographing street art', 'reading Simenon in French', 'organising a neighbourhood barbecue',
] as const;

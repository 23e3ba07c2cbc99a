/**
 * The words of the share buttons and the share kit, per language (the site's `lang` picks one,
 * English fills any gap), in the style of src/i18n. "{name}" placeholders are filled with fill().
 */
const en = {
  /** The name of a group of share buttons that has no other. */
  share: 'Share',
  /** Before a network's name in a button's accessible name: "Share on LinkedIn". */
  shareOn: 'Share on',
  /** The e-mail button's accessible name, before its visible label. */
  shareByEmail: 'Share by',
  /** The e-mail button's visible label. */
  email: 'E-mail',
  /** Said after the name of a button that opens a new tab. */
  newTab: '(opens in a new tab)',
  /** The copy-link button. */
  copyLink: 'Copy link',
  /** The copy-text button. */
  copyText: 'Copy text',
  /** Announced when the link is on the clipboard. */
  copiedLink: 'Link copied.',
  /** Announced when the text and link are on the clipboard. */
  copiedText: 'Text and link copied.',
  /** Announced when a link-only network's button put the text on the clipboard first; {network} is its name. */
  copiedFirst: 'Your text is on the clipboard: paste it into your {network} post.',
  /** Announced when the browser refused the clipboard. */
  copyFailed: 'Could not copy: select the text and copy it yourself.',
  /** Shown under buttons of networks that take only the link; {networks} are their names. */
  linkOnlyNote: '{networks} only take the link: their buttons copy your text first, so that you can paste it.',
  /** The same for one network; {networks} is its name. */
  linkOnlyNoteOne: '{networks} only takes the link: its button copies your text first, so that you can paste it.',
  /** Heading of the share buttons on a story page. */
  shareStory: 'Share this story',
  /** Heading of the share buttons on a job page. */
  shareJob: 'Share this job',
  /** The alternative text of a share post's card; {title} is the post's title. */
  cardAlt: 'Social card: {title}',
  /** The link to download a card. */
  downloadCard: 'Download the card',
  /** Before the link to what a post shares. */
  linksTo: 'Links to',
  /** Before the themes of a post. */
  themes: 'Themes',
  /** The heading of one wording without JavaScript; {n} is its number. */
  wording: 'Wording {n}',
  /** The accessible name of one wording's share buttons; {n} and {title} as above. */
  shareWording: 'Share wording {n} of “{title}”',
  /** The legend of the wording picker. */
  pickWording: 'Pick a wording',
  /** The label of the editable text. */
  yourText: 'Your text: edit it before sharing',
  /** The accessible name of the editor's share buttons. */
  shareTitle: 'Share “{title}”',
  /** The legend of the theme picker. */
  pickThemes: 'Themes',
  /** Under the theme picker of the share kit. */
  pickThemesHint: 'Tick themes to see only their proposals. Your choice is remembered in this browser only.',
  /** Under the theme picker of a personal share page: the profile decides, the boxes only narrow the page. */
  personalThemesHint: 'Untick a theme to hide its proposals on this page for now; this is remembered in this browser only. The themes you follow are set in your profile.',
  /** Announced when no theme is ticked: every proposal of this week shows; {count} is their number. */
  allThemes: '{count} proposals this week, on every theme.',
  /** The same with one proposal. */
  allThemesOne: '1 proposal this week.',
  /** Announced when the ticked themes have no proposals. */
  noProposal: 'No proposals this week for these themes.',
  /** Announced with one proposal for the ticked themes. */
  oneProposal: '1 proposal for these themes.',
  /** Announced with several; {count} is their number. */
  proposals: '{count} proposals for these themes.',
  /** Shown when there is nothing to share at all. */
  nothingToShare: 'There are no proposals to share right now. Come back soon.',
  /** Title of the share kit page. */
  kitTitle: 'Share kit',
  /** Description of the share kit page; {company} is the company name. */
  kitDescription: 'Ready-to-share posts about {company}: pick your themes, edit the text in your own words and share in one click.',
  /** Introduction of the share kit page. */
  kitIntro: 'Suggestions, not scripts: pick a wording, make it yours, and share it where you like. No account, no tracking cookies.',
  /** Title of a personal share page; {name} is the ambassador's name. */
  personalTitle: 'Share kit for {name}',
  /** Description of a personal share page. */
  personalDescription: 'Proposals for {name}, for the themes they follow.',
  /** Introduction of a personal share page; {themes} lists the themes. */
  personalIntro: 'This week’s proposals for the themes you follow in your profile: {themes}. To follow other themes, change "themes" in your profile.',
  /** Shown on a personal page without themes. */
  personalNoThemes: 'You follow no themes yet: add some to "themes" in your profile to get proposals here.',
  /** Link from a personal page to the whole kit. */
  allProposals: 'See every proposal in the share kit',
  /** Link to a personal feed. */
  personalFeed: 'Follow your proposals in a feed reader (RSS)',
  /** Title of a personal feed; {name} and {company}. */
  feedTitle: 'Share proposals for {name} — {company}',
  /** Description of a personal feed; {name}. */
  feedDescription: 'Ready-to-share posts for {name}, for the themes they follow.',
  /** Before the share link in a feed item. */
  feedShareHere: 'Edit and share it on your share page',
} as const;

/** The share words of one language. */
export type ShareStrings = { [K in keyof typeof en]: string };

const nl: ShareStrings = {
  share: 'Delen',
  shareOn: 'Delen op',
  shareByEmail: 'Delen per',
  email: 'e-mail',
  newTab: '(opent in een nieuw tabblad)',
  copyLink: 'Link kopiëren',
  copyText: 'Tekst kopiëren',
  copiedLink: 'Link gekopieerd.',
  copiedText: 'Tekst en link gekopieerd.',
  copiedFirst: 'Je tekst staat op het klembord: plak hem in je bericht op {network}.',
  copyFailed: 'Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf.',
  linkOnlyNote: '{networks} nemen alleen de link over: hun knop kopieert eerst je tekst, zodat je hem kunt plakken.',
  linkOnlyNoteOne: '{networks} neemt alleen de link over: de knop kopieert eerst je tekst, zodat je hem kunt plakken.',
  shareStory: 'Deel dit verhaal',
  shareJob: 'Deel deze vacature',
  cardAlt: 'Deelkaart: {title}',
  downloadCard: 'Download de kaart',
  linksTo: 'Linkt naar',
  themes: "Thema's",
  wording: 'Versie {n}',
  shareWording: 'Deel versie {n} van “{title}”',
  pickWording: 'Kies een versie',
  yourText: 'Je tekst: pas hem aan voor je deelt',
  shareTitle: 'Deel “{title}”',
  pickThemes: "Thema's",
  pickThemesHint: "Vink thema's aan om alleen hun voorstellen te zien. Je keuze blijft alleen in deze browser bewaard.",
  personalThemesHint: "Vink een thema uit om de voorstellen ervan hier voorlopig te verbergen; dat blijft alleen in deze browser bewaard. De thema's die je volgt, stel je in je profiel in.",
  allThemes: "{count} voorstellen deze week, over alle thema's.",
  allThemesOne: '1 voorstel deze week.',
  noProposal: "Deze week geen voorstellen voor deze thema's.",
  oneProposal: "1 voorstel voor deze thema's.",
  proposals: "{count} voorstellen voor deze thema's.",
  nothingToShare: 'Er zijn nu geen voorstellen om te delen. Kom binnenkort terug.',
  kitTitle: 'Deelkit',
  kitDescription: "Berichten over {company}, klaar om te delen: kies je thema's, schrijf de tekst in je eigen woorden en deel met één klik.",
  kitIntro: 'Voorstellen, geen scripts: kies een versie, maak hem de jouwe en deel hem waar je wilt. Geen account, geen trackingcookies.',
  personalTitle: 'Deelkit voor {name}',
  personalDescription: "Voorstellen voor {name}, voor de thema's die die persoon volgt.",
  personalIntro: "De voorstellen van deze week voor de thema's die je in je profiel volgt: {themes}. Wil je andere thema's volgen, wijzig dan \"themes\" in je profiel.",
  personalNoThemes: "Je volgt nog geen thema's: voeg er toe aan \"themes\" in je profiel om hier voorstellen te krijgen.",
  allProposals: 'Bekijk alle voorstellen in de deelkit',
  personalFeed: 'Volg je voorstellen in een feedlezer (RSS)',
  feedTitle: 'Deelvoorstellen voor {name} — {company}',
  feedDescription: "Berichten klaar om te delen voor {name}, voor de thema's die die persoon volgt.",
  feedShareHere: 'Pas aan en deel op je deelpagina',
};

const fr: ShareStrings = {
  share: 'Partager',
  shareOn: 'Partager sur',
  shareByEmail: 'Partager par',
  email: 'e-mail',
  newTab: '(s’ouvre dans un nouvel onglet)',
  copyLink: 'Copier le lien',
  copyText: 'Copier le texte',
  copiedLink: 'Lien copié.',
  copiedText: 'Texte et lien copiés.',
  copiedFirst: 'Votre texte est dans le presse-papiers : collez-le dans votre publication {network}.',
  copyFailed: 'Impossible de copier : sélectionnez le texte et copiez-le vous-même.',
  linkOnlyNote: '{networks} ne reprennent que le lien : leur bouton copie d’abord votre texte, pour que vous puissiez le coller.',
  linkOnlyNoteOne: '{networks} ne reprend que le lien : son bouton copie d’abord votre texte, pour que vous puissiez le coller.',
  shareStory: 'Partager ce témoignage',
  shareJob: 'Partager cette offre',
  cardAlt: 'Carte de partage : {title}',
  downloadCard: 'Télécharger la carte',
  linksTo: 'Lien vers',
  themes: 'Thèmes',
  wording: 'Version {n}',
  shareWording: 'Partager la version {n} de « {title} »',
  pickWording: 'Choisissez une version',
  yourText: 'Votre texte : adaptez-le avant de partager',
  shareTitle: 'Partager « {title} »',
  pickThemes: 'Thèmes',
  pickThemesHint: 'Cochez des thèmes pour ne voir que leurs propositions. Votre choix reste dans ce navigateur uniquement.',
  personalThemesHint: 'Décochez un thème pour masquer ses propositions sur cette page pour l’instant ; ce choix reste dans ce navigateur uniquement. Les thèmes que vous suivez se règlent dans votre profil.',
  allThemes: '{count} propositions cette semaine, sur tous les thèmes.',
  allThemesOne: '1 proposition cette semaine.',
  noProposal: 'Aucune proposition cette semaine pour ces thèmes.',
  oneProposal: '1 proposition pour ces thèmes.',
  proposals: '{count} propositions pour ces thèmes.',
  nothingToShare: 'Il n’y a rien à partager pour le moment. Revenez bientôt.',
  kitTitle: 'Kit de partage',
  kitDescription: 'Des publications sur {company}, prêtes à partager : choisissez vos thèmes, écrivez avec vos mots et partagez en un clic.',
  kitIntro: 'Des suggestions, pas des scripts : choisissez une version, faites-la vôtre et partagez-la où vous voulez. Sans compte, sans cookies de suivi.',
  personalTitle: 'Kit de partage de {name}',
  personalDescription: 'Propositions pour {name}, selon les thèmes suivis.',
  personalIntro: 'Les propositions de la semaine pour les thèmes que vous suivez dans votre profil : {themes}. Pour suivre d’autres thèmes, modifiez « themes » dans votre profil.',
  personalNoThemes: 'Vous ne suivez encore aucun thème : ajoutez-en à « themes » dans votre profil pour recevoir des propositions ici.',
  allProposals: 'Voir toutes les propositions du kit de partage',
  personalFeed: 'Suivre vos propositions dans un lecteur de flux (RSS)',
  feedTitle: 'Propositions de partage pour {name} — {company}',
  feedDescription: 'Des publications prêtes à partager pour {name}, selon les thèmes suivis.',
  feedShareHere: 'Adaptez-la et partagez-la sur votre page de partage',
};

const LANGUAGES: Record<string, ShareStrings> = { en, nl, fr };

/** The share words for a language code such as "nl" or "fr-BE"; English when the language has none. */
export function useShareStrings(lang: string): ShareStrings {
  return LANGUAGES[lang] ?? LANGUAGES[lang.split('-')[0]!.toLowerCase()] ?? en;
}

/** Fills "{name}" placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

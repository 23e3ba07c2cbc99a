/**
 * Whether site.yaml's url is where GitHub Pages publishes the site: a project site without a custom
 * domain lives at https://<owner>.github.io/<repository>, and every link of the build carries that
 * path, so a url that names another place gives a site whose links all break.
 */

/** The problem with a site url for the address Pages gives, or undefined when they agree. */
export function comparePagesUrl(siteUrl: string | undefined, pagesUrl: string): string | undefined {
  const normal = (url: string) => {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
  };
  const pages = normal(pagesUrl);
  if (siteUrl === undefined) return `site.yaml has no valid url. GitHub Pages publishes this site at ${pages}: write url: ${pages}`;
  const site = normal(siteUrl);
  if (site === pages) return undefined;
  const custom = new URL(pages).hostname.endsWith('.github.io') && !new URL(site).hostname.endsWith('.github.io');
  return (
    `site.yaml says url: ${siteUrl}, but GitHub Pages publishes this site at ${pages}, so its links would point to the wrong place. ` +
    (custom
      ? `To use ${new URL(site).host}, set it as the custom domain in the repository's Pages settings (or add public/CNAME with "${new URL(site).host}") and point its DNS at GitHub; otherwise write url: ${pages}.`
      : `Write url: ${pages} in site.yaml.`)
  );
}

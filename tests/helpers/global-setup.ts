import { execFileSync } from 'node:child_process';

/** Generates Astro's types and content store once, so that tests importing astro:content work. */
export default function setup() {
  execFileSync('npx', ['astro', 'sync'], { stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

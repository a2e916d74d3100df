/** Redraws public/favicon.png from src/assets/favicon.svg (src/build/favicon.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAVICON_FILE, renderFavicon } from '../src/build/favicon.ts';

writeFileSync(FAVICON_FILE, renderFavicon());
console.log(`Wrote ${fileURLToPath(FAVICON_FILE)}`);

/** Keystatic's app with our configuration, as the editor's page hydrates it in the browser. */
import { makePage } from '@keystatic/astro/ui';
import config from './config.ts';

export const Keystatic = makePage(config);

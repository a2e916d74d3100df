/**
 * What src/content.config.ts needs of `astro:content`, outside Astro (schemas.ts): collections
 * as their plain configuration, and a reference as the id it names.
 */
import { z } from 'astro/zod';

export const defineCollection = <T>(config: T): T => config;

export const reference = (collection: string) => z.string().transform((id) => ({ collection, id }));

import type { AstroIntegration } from 'astro';
import { siteConfig } from '../../site.config.ts';

/** Says once per build that comments are off, so a missing setting does not go unnoticed. */
export function commentsNotice(): AstroIntegration {
  return {
    name: 'gesprek:comments',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!siteConfig.giscus) {
          logger.warn(
            'Comments are off: set PUBLIC_GISCUS_REPO, PUBLIC_GISCUS_REPO_ID, PUBLIC_GISCUS_CATEGORY and PUBLIC_GISCUS_CATEGORY_ID to show giscus under articles.',
          );
        }
      },
    },
  };
}

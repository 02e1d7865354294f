/** The base-image cache of the action: the GitHub Actions cache service (absent locally and on some GHES). */
import * as cache from '@actions/cache';
import type { ImageCache } from '../pipeline/base-images.ts';

export function githubImageCache(): ImageCache | null {
  if (!cache.isFeatureAvailable()) return null;
  return {
    async restore(key, file) {
      return (await cache.restoreCache([file], key)) !== undefined;
    },
    async save(key, file) {
      await cache.saveCache([file], key);
    },
  };
}

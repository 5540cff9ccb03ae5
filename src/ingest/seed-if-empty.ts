// At start-up, an empty database is seeded from seed/articles/ so a new user sees data at once.
import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import type { Models } from '../models/index.js';
import { collectArticleFiles, readArticleFiles } from './files.js';
import { ArticleImporter } from './import-articles.js';

export const SEED_ARTICLES_DIR = fileURLToPath(new URL('../../seed/articles/', import.meta.url));

export async function seedIfEmpty(models: Models, logger: FastifyBaseLogger, dir: string = SEED_ARTICLES_DIR): Promise<boolean> {
  if ((await models.Article.estimatedDocumentCount()) > 0) return false;
  const { files } = await collectArticleFiles([dir]);
  const { inputs, failures } = await readArticleFiles(files);
  const summary = await new ArticleImporter(models).importArticles(inputs);
  const { items: _items, ...counts } = summary;
  logger.info({ dir, ...counts, failures: [...failures, ...summary.failures] }, 'seeded an empty database');
  return true;
}

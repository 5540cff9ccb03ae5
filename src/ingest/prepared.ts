// The shapes an import passes between its steps: an input as given, and as extracted and classified.
import type { Types } from 'mongoose';
import type { DocumentResult } from '../extract/html/index.js';

type ObjectId = Types.ObjectId;

export interface ArticleInput {
  /** File name (or null for text posted over HTTP); a changed text under the same name replaces the article. */
  file: string | null;
  raw: string;
  /** True for a web page (posted as text/html); otherwise a page is told by its file name or content. */
  html?: boolean;
  /** Values that override what extraction finds. */
  overrides?: { url?: string | null; outlet?: string | null; publishedAt?: string | null };
  /** A date near publication, used only to choose the year when the text prints none (see ExtractOptions). */
  publishedAtHint?: string;
}

/** One input on its way into the database: extracted, and classified against what is stored (importer.classify). */
export interface Prepared {
  index: number;
  input: ArticleInput;
  sha256: string;
  result: DocumentResult;
  publishedAt: Date | null;
  outlet: string | null;
  articleId: ObjectId;
  mode: 'insert' | 'update' | 'repair' | 'unchanged';
  /** People of the stored version this import replaces: their figures are recomputed. */
  previousPeopleIds: ObjectId[];
}

/** Per prepared article: the person id of each name it names. */
export type ArticlePeople = Map<Prepared, Map<string, ObjectId>>;

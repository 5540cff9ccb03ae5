// Finding and reading article files for the seeder; unreadable files become failures, not crashes.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ArticleInput } from './prepared.js';

const ARTICLE_FILE_RE = /\.(txt|html?)$/i;

export interface FileFailure {
  file: string;
  code: string;
  message: string;
}

/** Expands files and folders (recursively, *.txt and web pages *.html/*.htm) into a sorted list of files. */
export async function collectArticleFiles(paths: readonly string[]): Promise<{ files: string[]; failures: FileFailure[] }> {
  const files: string[] = [];
  const failures: FileFailure[] = [];
  const visit = async (path: string): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      failures.push({ file: path, code: 'NOT_FOUND', message: (error as Error).message });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).sort();
      for (const entry of entries) {
        if (entry.startsWith('.')) continue;
        const child = join(path, entry);
        const childInfo = await stat(child).catch(() => null);
        if (childInfo?.isDirectory() || ARTICLE_FILE_RE.test(entry)) await visit(child);
      }
    } else {
      files.push(path);
    }
  };
  for (const path of paths) await visit(path);
  return { files, failures };
}

/** Reads files as UTF-8 article inputs, named by their base name (the identity of a file across runs). */
export async function readArticleFiles(files: readonly string[]): Promise<{ inputs: ArticleInput[]; failures: FileFailure[] }> {
  const inputs: ArticleInput[] = [];
  const failures: FileFailure[] = [];
  for (const file of files) {
    try {
      inputs.push({ file: basename(file), raw: await readFile(file, 'utf8') });
    } catch (error) {
      failures.push({ file: basename(file), code: 'UNREADABLE', message: (error as Error).message });
    }
  }
  return { inputs, failures };
}

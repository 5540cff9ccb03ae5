// Finding annotated articles and extracting their texts (the eval command's I/O).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DocumentOutput } from '../extract/html/index.js';
import { extractFiles } from '../extract/files.js';
import { AnnotationError, toAnnotation, type Annotation } from './annotation.js';

export interface AnnotatedCorpus {
  golds: Annotation[];
  /** The extraction of every text: all `.txt` of a folder given (one batch, as `npm run parse` would see them). */
  outputs: DocumentOutput[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function readAnnotation(path: string): Annotation {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AnnotationError(`${path}: ${(error as Error).message}`);
  }
  return toAnnotation(value, path);
}

/**
 * Each path is a folder (its `*.json` annotations, beside their `*.txt` texts) or one annotation file.
 * Texts are named by the annotation's `file`, in the annotation's folder.
 */
export function loadAnnotatedCorpus(paths: readonly string[]): AnnotatedCorpus {
  const annotationPaths: string[] = [];
  const textPaths = new Set<string>();
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      throw new AnnotationError(`${path}: no such file or folder`);
    }
    if (!isFolder) {
      annotationPaths.push(path);
      continue;
    }
    const names = readdirSync(path).sort(byCodePoint);
    for (const name of names) if (name.endsWith('.json')) annotationPaths.push(join(path, name));
    for (const name of names) if (name.endsWith('.txt')) textPaths.add(join(path, name));
  }
  const golds: Annotation[] = [];
  const seen = new Map<string, string>();
  for (const path of annotationPaths) {
    const gold = readAnnotation(path);
    const other = seen.get(gold.file);
    if (other) throw new AnnotationError(`${path}: annotates ${gold.file}, as ${other} does (articles are told apart by file name)`);
    seen.set(gold.file, path);
    golds.push(gold);
    const text = join(dirname(path), gold.file);
    if (existsAsFile(text)) textPaths.add(text);
  }
  return { golds, outputs: extractFiles([...textPaths]) };
}

function existsAsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

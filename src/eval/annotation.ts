// The annotation format ("gold") of an evaluated article: what a careful reader finds in it.
// Documented in README ("Measuring accuracy"); fields the evaluation does not read are allowed.
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const GoldArticleSchema = Type.Object({
  title: Nullable(Type.String()),
  outlet: Nullable(Type.String()),
  /** Other names under which the outlet counts as found ("TASS Russian News Agency" for "TASS"). */
  outlet_alternatives: Type.Optional(Type.Array(Type.String())),
  /** Day of publication, YYYY-MM-DD (only the day is compared); null when the page gives none. */
  published: Nullable(Type.String()),
  published_raw: Type.Optional(Nullable(Type.String())),
  dateline: Nullable(Type.String()),
  lang: Type.Optional(Type.String()),
});

export const GoldPersonSchema = Type.Object({
  name: Type.String({ minLength: 1 }),
  aliases: Type.Optional(Type.Array(Type.String())),
  roles: Type.Optional(Type.Array(Type.String())),
  affiliation: Type.Optional(Nullable(Type.String())),
  speaks: Type.Optional(Type.Boolean()),
});

export const GoldStatementSchema = Type.Object({
  /** A gold person's name (or alias); null for an organisation or an unnamed source. */
  speaker: Nullable(Type.String()),
  /** Who spoke, when no person is named ("the ministry", "officials"). */
  source: Type.Optional(Nullable(Type.String())),
  /** Missing means direct. */
  kind: Type.Optional(Type.Union([Type.Literal('direct'), Type.Literal('indirect')])),
  text: Type.String(),
  cue: Type.Optional(Nullable(Type.String())),
  speaker_mention: Type.Optional(Nullable(Type.String())),
  pronoun_resolved: Type.Optional(Type.Boolean()),
  partial_quotes: Type.Optional(Type.Array(Type.String())),
});

export const AnnotationSchema = Type.Object({
  /** Name of the raw text file beside the annotation. */
  file: Type.String({ minLength: 1 }),
  article: GoldArticleSchema,
  people: Type.Array(GoldPersonSchema),
  statements: Type.Array(GoldStatementSchema),
});

export type Annotation = Static<typeof AnnotationSchema>;
export type GoldPerson = Static<typeof GoldPersonSchema>;
export type GoldStatement = Static<typeof GoldStatementSchema>;

export class AnnotationError extends Error {}

/** Checks parsed JSON against the format; the error names the file and the first few offending fields. */
export function toAnnotation(value: unknown, where: string): Annotation {
  if (Value.Check(AnnotationSchema, value)) return value;
  const problems = [...Value.Errors(AnnotationSchema, value)].slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`);
  throw new AnnotationError(`${where}: not an annotation (${problems.join('; ')})`);
}

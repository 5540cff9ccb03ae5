import { Schema, type InferSchemaType } from 'mongoose';

const roleSchema = new Schema(
  {
    role: { type: String, required: true },
    /** The role's folded form, which identifies it across spellings. */
    key: { type: String, required: true },
    articleIds: { type: [Schema.Types.ObjectId], default: [] },
    firstSeenAt: { type: Date, default: null },
    lastSeenAt: { type: Date, default: null },
  },
  { _id: false },
);

export const personSchema = new Schema(
  {
    name: { type: String, required: true },
    /** Folded canonical name (case and diacritics folded, hyphens as spaces): the identity of a person. */
    key: { type: String, required: true },
    aliases: { type: [String], default: [] },
    /** Folded name and aliases, for exact look-ups by any of them ("putin" finds Vladimir Putin). */
    aliasKeys: { type: [String], default: [] },
    /** Folded full-name forms (two words or more) that identify this person across articles; surnames alone never do. */
    identityKeys: { type: [String], default: [], select: false },
    /** Folded words of name and aliases, for prefix and whole-word search. */
    nameTerms: { type: [String], default: [] },
    roles: { type: [roleSchema], default: [] },
    /** Folded role strings, for the role filter. */
    roleTerms: { type: [String], default: [], select: false },
    affiliation: { type: String, default: null },
    affiliationKey: { type: String, default: null, select: false },
    articleIds: { type: [Schema.Types.ObjectId], ref: 'Article', default: [] },
    articleCount: { type: Number, default: 0 },
    statementCount: { type: Number, default: 0 },
    firstSeenAt: { type: Date, default: null },
    lastSeenAt: { type: Date, default: null },
    /** Revision for optimistic concurrency: writers that merged from a stale copy retry. */
    rev: { type: Number, default: 0, select: false },
  },
  { timestamps: true, collection: 'people', versionKey: false },
);

export type PersonDoc = InferSchemaType<typeof personSchema>;

import { Schema, type InferSchemaType } from 'mongoose';

const articlePersonSchema = new Schema(
  {
    personId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    name: { type: String, required: true },
    aliases: { type: [String], default: [] },
    roles: { type: [String], default: [] },
    rolesAsWritten: { type: [String], default: [] },
    affiliation: { type: String, default: null },
  },
  { _id: false },
);

export const articleSchema = new Schema(
  {
    sourceFile: { type: String, default: null },
    url: { type: String, default: null },
    /** SHA-256 of the raw text: the identity of an import (unique index). */
    sha256: { type: String, required: true },
    title: { type: String, default: null },
    outlet: { type: String, default: null },
    publisher: { type: String, default: null },
    originalSource: { type: String, default: null },
    publishedAt: { type: Date, default: null },
    datePrecision: { type: String, default: null },
    yearInferred: { type: Boolean, default: false },
    dateline: { type: String, default: null },
    language: { type: String, default: null },
    /** Bylines stated in a page's markup (JSON-LD author, <meta name="author">). */
    authors: { type: [String], default: [] },
    modifiedAt: { type: Date, default: null },
    /** Where each page-level field came from: 'markup', 'text' or 'input' (set by the request); null before HTML input existed. */
    fieldSources: { type: Schema.Types.Mixed, default: null },
    paragraphs: { type: [String], default: [] },
    peopleIds: { type: [Schema.Types.ObjectId], ref: 'Person', default: [] },
    /** The people as this article presents them: what people documents are recomputed from. */
    people: { type: [articlePersonSchema], default: [] },
    statementCount: { type: Number, default: 0 },
    /** EXTRACTOR_VERSION the statements and people were extracted with; seeding the text again under a newer one re-extracts it. */
    extractorVersion: { type: Number, default: 0 },
    /** Folded words of title and body, for `q` (all words must match). */
    terms: { type: [String], default: [], select: false },
    /**
     * 'pending' while its statements and people are being written; a re-run finds
     * pending articles and redoes them, so an interrupted import leaves nothing half-done.
     */
    importState: { type: String, enum: ['pending', 'complete'], default: 'pending' },
  },
  { timestamps: true, collection: 'articles', versionKey: false },
);

export type ArticleDoc = InferSchemaType<typeof articleSchema>;

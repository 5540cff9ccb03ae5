import { Schema, type InferSchemaType } from 'mongoose';

export const statementSchema = new Schema(
  {
    text: { type: String, required: true },
    kind: { type: String, enum: ['direct', 'indirect'], required: true },
    cue: { type: String, default: null },
    confidence: { type: Number, default: null },
    speakerId: { type: Schema.Types.ObjectId, ref: 'Person', default: null },
    speakerName: { type: String, default: null },
    speakerMention: { type: String, default: null },
    /** Who spoke when no person is named ("the US National Security Council"). */
    source: { type: String, default: null },
    articleId: { type: Schema.Types.ObjectId, ref: 'Article', required: true },
    // Denormalised from the article so list queries need no join.
    outlet: { type: String, default: null },
    publishedAt: { type: Date, default: null },
    /** 'YYYY-MM' of publishedAt (UTC), so statements per month is a plain $group on both servers. */
    publishedMonth: { type: String, default: null },
    paragraph: { type: Number, required: true },
    start: { type: Number, required: true },
    end: { type: Number, required: true },
    mentionIds: { type: [Schema.Types.ObjectId], ref: 'Person', default: [] },
    /** Shared by every report of the same remark, across outlets and translations. */
    groupId: { type: String, required: true },
    /** Folded words of the text, for `q`. */
    terms: { type: [String], default: [], select: false },
  },
  { timestamps: true, collection: 'statements', versionKey: false },
);

export type StatementDoc = InferSchemaType<typeof statementSchema>;

import type { Connection, Model } from 'mongoose';
import { articleSchema, type ArticleDoc } from './article.js';
import { personSchema, type PersonDoc } from './person.js';
import { statementSchema, type StatementDoc } from './statement.js';

export interface Models {
  Article: Model<ArticleDoc>;
  Person: Model<PersonDoc>;
  Statement: Model<StatementDoc>;
}

/** Binds the schemas to one connection (models are per connection, never global). */
export function registerModels(connection: Connection): Models {
  return {
    Article: connection.model<ArticleDoc>('Article', articleSchema),
    Person: connection.model<PersonDoc>('Person', personSchema),
    Statement: connection.model<StatementDoc>('Statement', statementSchema),
  };
}

export type { ArticleDoc, PersonDoc, StatementDoc };

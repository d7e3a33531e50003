import { z } from 'zod';
import { COMMENT_TARGETS } from '../../domain/vocabulary.ts';
import { Id, requiredText, Timestamp } from './common.ts';

export const CommentTarget = z.enum(COMMENT_TARGETS);

export const PlanCommentInput = z.object({
  targetKind: CommentTarget.default('plan'),
  targetId: Id.nullable().optional(),
  body: requiredText(4000, 'Kommentaren'),
});
export type PlanCommentInput = z.infer<typeof PlanCommentInput>;

export const PlanComment = z.object({
  id: Id,
  planId: Id,
  targetKind: CommentTarget,
  targetId: Id.nullable(),
  body: z.string(),
  author: z.string(),
  createdAt: Timestamp,
});
export type PlanComment = z.infer<typeof PlanComment>;

/** A decided version of a plan: the files frozen when the board decided it. */
export const PlanSnapshot = z.object({
  id: Id,
  planId: Id,
  decisionId: Id,
  planVersion: z.number().int(),
  takenAt: Timestamp,
  takenBy: z.string(),
  archiveSha256: z.string(),
  decidedOn: z.string(),
  decisionBody: z.string(),
  decisionParagraph: z.string().nullable(),
  decisionDnr: z.string().nullable(),
});
export type PlanSnapshot = z.infer<typeof PlanSnapshot>;

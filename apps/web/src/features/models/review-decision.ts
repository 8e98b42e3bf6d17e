import { modelsText } from '../../i18n/models';
import { REVIEW_DECISIONS, type ReviewDecisionKind } from './model-types';

/** The limits the API applies (decideModelReview, commentModelReview), checked before asking it. */
export const MOTIVATION_MIN = 3;
export const TEXT_MAX = 4000;
export const PASSAGE_MAX = 2000;

export function isReviewDecision(value: string | null | undefined): value is ReviewDecisionKind {
  return REVIEW_DECISIONS.includes(value as ReviewDecisionKind);
}

/** "Favorevole", "Favorevole con osservazioni", "Richiesta di modifiche", "Contrario". */
export function decisionLabel(decision: ReviewDecisionKind): string {
  return modelsText.decision[decision] ?? decision;
}

export interface DecisionValues {
  decision: string;
  motivation: string;
}

/** What the decision form can tell before asking the API: a decision, and a motivation of 3–4,000 characters. */
export function decisionProblems(values: DecisionValues): Record<string, string> {
  const t = modelsText.decisionForm;
  const problems: Record<string, string> = {};
  if (!isReviewDecision(values.decision)) problems['decision'] = t.requiredDecision;
  const motivation = values.motivation.trim();
  if (motivation.length < MOTIVATION_MIN || motivation.length > TEXT_MAX) problems['motivation'] = t.requiredMotivation;
  return problems;
}

/**
 * A selected passage as the API compares it with the version's text: runs of white space (line
 * breaks between blocks included) become one space, without leading or trailing space.
 */
export function normalizePassage(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface CommentValues {
  passage: string;
  body: string;
}

/** A comment needs a body (1–4,000 characters); the passage is optional, at most 2,000 characters. */
export function commentProblems(values: CommentValues): Record<string, string> {
  const t = modelsText.commentForm;
  const problems: Record<string, string> = {};
  const body = values.body.trim();
  if (body.length < 1 || body.length > TEXT_MAX) problems['body'] = t.required;
  if (normalizePassage(values.passage).length > PASSAGE_MAX) problems['passage'] = t.tooLongPassage;
  return problems;
}

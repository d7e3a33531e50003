import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { PlanAction } from '../domain/plan-workflow.ts';
import type {
  ActivityStatus,
  Assessment,
  BudgetGroup,
  BudgetLayout,
  CommentTarget,
  Consolidation,
  Direction,
  Gender,
  GoalLevel,
  OrgKind,
  Origin,
  OutcomeStatus,
  Periodicity,
  PlanKind,
  PlanStatus,
  Role,
  SectionPart,
  TargetKind,
  ValueKind,
} from '../domain/vocabulary.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Audited = {
  version: Generated<number>;
  createdAt: Timestamp;
  createdBy: string;
  updatedAt: Timestamp;
  updatedBy: string;
};

export type { Origin };

export interface OrganisationTable extends Audited {
  id: Generated<string>;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  shortName: string | null;
  externalId: string | null;
  validFrom: ColumnType<string, string | undefined, string>;
  validTo: string | null;
  sortOrder: Generated<number>;
  origin: Generated<Origin>;
}

export interface OrganisationParentTable {
  organisationId: string;
  parentId: string;
  validFrom: string;
  validTo: string | null;
}

export interface PlanningYearTable extends Audited {
  year: number;
  label: string | null;
  template: Generated<string>;
}

export interface DecisionTable extends Audited {
  id: Generated<string>;
  body: string;
  dnr: string | null;
  decidedOn: string;
  title: string;
  paragraph: Generated<string | null>;
}

export interface GoalTable extends Audited {
  id: Generated<string>;
  year: number;
  level: GoalLevel;
  organisationId: string;
  parentId: string | null;
  number: string | null;
  title: string;
  description: Generated<string>;
  expectedResults: Generated<string>;
  waysOfWorking: Generated<string>;
  resources: Generated<string>;
  followUp: Generated<string>;
  development: Generated<string>;
  lineageId: Generated<string>;
  sortOrder: Generated<number>;
  origin: Generated<Origin>;
}

export interface IndicatorTable extends Audited {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  unit: Generated<string>;
  valueKind: ValueKind;
  direction: Direction;
  periodicity: Periodicity;
  genderSplit: Generated<boolean>;
  consolidation: Consolidation;
  externalId: string | null;
  ownerOrganisationId: string | null;
  origin: Generated<Origin>;
  /** For consolidation weightedMean: the indicator whose unit values weigh each unit's value. */
  weightIndicatorId: Generated<string | null>;
  /** A percentage that may exceed 100 (e.g. an occupancy rate). */
  percentUnbounded: Generated<boolean>;
}

export interface PlacementTable extends Audited {
  id: Generated<string>;
  indicatorId: string;
  goalId: string;
  sortOrder: Generated<number>;
}

export interface TargetTable {
  id: Generated<string>;
  indicatorId: string;
  organisationId: string;
  year: number;
  gender: Generated<Gender>;
  kind: TargetKind;
  value: number | null;
  text: Generated<string>;
  printed: string | null;
  decisionId: string | null;
  revision: number;
  supersededAt: Timestamp | null;
  removed: Generated<boolean>;
  /** Carried by the year rollover and not yet confirmed. */
  proposed: Generated<boolean>;
  createdAt: Timestamp;
  createdBy: string;
}

export interface ActivityTable extends Audited {
  id: Generated<string>;
  year: number;
  goalId: string | null;
  ownerOrganisationId: string;
  title: string;
  description: Generated<string>;
  startDate: string;
  endDate: string;
  sortOrder: Generated<number>;
  origin: Generated<Origin>;
}

export interface ActivityAssignmentTable {
  activityId: string;
  organisationId: string;
}

export interface PlanTable extends Audited {
  id: Generated<string>;
  organisationId: string;
  year: number;
  kind: PlanKind;
  title: Generated<string>;
  author: Generated<string>;
  phone: Generated<string>;
  addressee: Generated<string>;
  documentDate: string | null;
  dnr: Generated<string>;
  decisionProposal: Generated<string>;
  economyText: Generated<string>;
  budgetText: Generated<string>;
  status: Generated<PlanStatus>;
  origin: Generated<Origin>;
  decisionId: Generated<string | null>;
}

export interface PlanWorkflowEventTable {
  id: Generated<string>;
  planId: string;
  action: PlanAction;
  fromStatus: PlanStatus;
  toStatus: PlanStatus;
  comment: Generated<string>;
  decisionId: string | null;
  at: Timestamp;
  actor: string;
}

export interface PlanSectionTable extends Audited {
  id: Generated<string>;
  planId: string;
  part: SectionPart;
  heading: string;
  depth: Generated<number>;
  body: Generated<string>;
  sortOrder: Generated<number>;
}

export interface PlanGoalTable {
  planId: string;
  goalId: string;
}

export interface PlanPlacementTable {
  planId: string;
  placementId: string;
}

export interface BudgetTableTable extends Audited {
  id: Generated<string>;
  planId: string;
  title: Generated<string>;
  layout: BudgetLayout;
  amountUnit: Generated<string>;
  sortOrder: Generated<number>;
}

export interface BudgetRowTable extends Audited {
  id: Generated<string>;
  budgetTableId: string;
  label: string;
  groupKind: BudgetGroup;
  budget: Generated<number>;
  forecast: number | null;
  outcome: number | null;
  sortOrder: Generated<number>;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: Timestamp;
  actor: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
  /** The signed-in person's user id (null for the process itself). */
  actorUserId: string | null;
  /** Position in the hash chain, set with prevHash and hash by the database on insert. */
  seq: Generated<string>;
  prevHash: Generated<string | null>;
  hash: Generated<string>;
}

export interface MunicipalityTable {
  id: Generated<number>;
  logo: Uint8Array | null;
  logoType: 'image/png' | 'image/svg+xml' | null;
  version: Generated<number>;
  createdAt: Timestamp;
  createdBy: string;
  updatedAt: Timestamp;
  updatedBy: string;
}

/** A follow-up period of a year: T1, T2, VB or a month YYYY-MM, with deadlines bottom-up. */
export interface FollowUpPeriodTable extends Audited {
  id: Generated<string>;
  year: number;
  period: string;
  startsOn: string;
  endsOn: string;
  unitDeadline: string;
  boardDeadline: string;
  cityDeadline: string;
}

/** Append-only: a correction is a new row with the next revision. */
export interface OutcomeTable {
  id: Generated<string>;
  indicatorId: string;
  organisationId: string;
  year: number;
  period: string;
  gender: Generated<Gender>;
  value: number | null;
  status: OutcomeStatus;
  comment: Generated<string>;
  origin: Generated<Origin>;
  revision: number;
  /** True for the latest revision of its key; set false once, when a correction is inserted. */
  current: Generated<boolean>;
  createdAt: Timestamp;
  createdBy: string;
}

export interface GoalAssessmentTable extends Audited {
  id: Generated<string>;
  planId: string;
  goalId: string;
  assessment: Assessment;
  analysis: Generated<string>;
}

export interface ActivityStatusTable extends Audited {
  id: Generated<string>;
  planId: string;
  activityId: string;
  status: ActivityStatus;
  comment: Generated<string>;
}

export interface BudgetForecastTable extends Audited {
  id: Generated<string>;
  budgetRowId: string;
  period: string;
  forecast: number | null;
  outcome: number | null;
  comment: Generated<string>;
}

export interface DeviationThresholdTable extends Audited {
  id: Generated<string>;
  organisationId: string;
  amount: number;
}

// --- accounts (decisions, comments) ---
export interface PlanSnapshotTable {
  id: Generated<string>;
  planId: string;
  decisionId: string;
  planVersion: number;
  takenAt: Timestamp;
  takenBy: string;
  /** The PlanReport as JSON text, kept byte for byte. */
  report: string;
  pdf: Uint8Array;
  docx: Uint8Array;
  archivePdf: Uint8Array;
  archiveSha256: string;
}

export interface PlanCommentTable {
  id: Generated<string>;
  planId: string;
  targetKind: CommentTarget;
  targetId: string | null;
  body: string;
  author: string;
  createdAt: Timestamp;
}

export interface UserAccountTable {
  id: Generated<string>;
  email: string;
  name: string;
  passwordHash: string | null;
  oidcIssuer: ColumnType<string | null, string | null | undefined, string | null>;
  oidcSubject: string | null;
  origin: ColumnType<Origin, Origin | undefined, Origin>;
  disabledAt: Date | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface UserRoleTable {
  id: Generated<string>;
  userId: string;
  role: Role;
  organisationId: string | null;
  /** 'sso': given by the provider's groups at the last single sign-on, replaced at the next. */
  source: ColumnType<'manual' | 'sso', 'manual' | 'sso' | undefined, 'manual' | 'sso'>;
}

/** A single sign-on between /auth/login and /auth/callback (id = sha-256 of the state). */
export interface OidcLoginTable {
  id: string;
  nonce: string;
  codeVerifier: string;
  returnPath: string;
  createdAt: Timestamp;
}

export interface UserSessionTable {
  id: string;
  userId: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  lastSeenAt: Timestamp;
}

export interface SignInAttemptTable {
  id: Generated<string>;
  email: string;
  ip: string;
  at: Timestamp;
  succeeded: boolean;
}

export interface ApiTokenTable {
  id: Generated<string>;
  tokenHash: string;
  name: string;
  userId: string;
  role: Role;
  organisationId: string | null;
  createdAt: Timestamp;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface Database {
  municipality: MunicipalityTable;
  organisation: OrganisationTable;
  organisationParent: OrganisationParentTable;
  planningYear: PlanningYearTable;
  decision: DecisionTable;
  goal: GoalTable;
  indicator: IndicatorTable;
  placement: PlacementTable;
  target: TargetTable;
  activity: ActivityTable;
  activityAssignment: ActivityAssignmentTable;
  plan: PlanTable;
  planWorkflowEvent: PlanWorkflowEventTable;
  planSection: PlanSectionTable;
  planGoal: PlanGoalTable;
  planPlacement: PlanPlacementTable;
  budgetTable: BudgetTableTable;
  budgetRow: BudgetRowTable;
  auditEvent: AuditEventTable;
  followUpPeriod: FollowUpPeriodTable;
  outcome: OutcomeTable;
  goalAssessment: GoalAssessmentTable;
  activityStatus: ActivityStatusTable;
  budgetForecast: BudgetForecastTable;
  deviationThreshold: DeviationThresholdTable;
  planSnapshot: PlanSnapshotTable;
  planComment: PlanCommentTable;
  userAccount: UserAccountTable;
  userRole: UserRoleTable;
  userSession: UserSessionTable;
  oidcLogin: OidcLoginTable;
  signInAttempt: SignInAttemptTable;
  apiToken: ApiTokenTable;
}

export type OrganisationRow = Selectable<OrganisationTable>;
export type GoalRow = Selectable<GoalTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
export type PlacementRow = Selectable<PlacementTable>;
export type TargetRow = Selectable<TargetTable>;
export type ActivityRow = Selectable<ActivityTable>;
export type PlanRow = Selectable<PlanTable>;
export type PlanWorkflowEventRow = Selectable<PlanWorkflowEventTable>;
export type PlanSectionRow = Selectable<PlanSectionTable>;
export type BudgetTableRow = Selectable<BudgetTableTable>;
export type BudgetRowRow = Selectable<BudgetRowTable>;
export type DecisionRow = Selectable<DecisionTable>;
export type UserAccountRow = Selectable<UserAccountTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type PlanningYearRow = Selectable<PlanningYearTable>;
export type NewGoal = Insertable<GoalTable>;
export type GoalUpdate = Updateable<GoalTable>;
export type FollowUpPeriodRow = Selectable<FollowUpPeriodTable>;
export type OutcomeRow = Selectable<OutcomeTable>;
export type GoalAssessmentRow = Selectable<GoalAssessmentTable>;
export type ActivityStatusRow = Selectable<ActivityStatusTable>;
export type BudgetForecastRow = Selectable<BudgetForecastTable>;
export type DeviationThresholdRow = Selectable<DeviationThresholdTable>;

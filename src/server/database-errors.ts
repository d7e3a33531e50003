import { AppError } from '../domain/errors.ts';

/**
 * What a refused unique constraint means, per constraint, in words a user can act on. The constraint's own
 * name never reaches a message: it says nothing to the user and tells an attacker about the schema.
 */
const UNIQUE: Record<string, string> = {
  goal_number_unique:
    'Numret används redan av ett annat mål på samma nivå och samma år. Välj ett annat nummer.',
  placement_unique: 'Indikatorn är redan placerad under det här målet.',
  plan_unique: 'Organisationen har redan en plan av den typen för året. Öppna den i stället.',
  organisation_external_id_key:
    'Organisationskoden används redan av en annan organisation. Välj en annan kod.',
  indicator_external_id_key: 'Indikatorns externa id används redan av en annan indikator. Välj ett annat id.',
  target_revision_unique: 'Målvärdet ändrades samtidigt av någon annan. Ladda om sidan och försök igen.',
  target_current_idx: 'Målvärdet ändrades samtidigt av någon annan. Ladda om sidan och försök igen.',
  outcome_revision_unique: 'Utfallet ändrades samtidigt av någon annan. Ladda om sidan och försök igen.',
  follow_up_period_unique: 'Uppföljningsperioden finns redan för året.',
  goal_assessment_unique: 'Målet har redan en bedömning i rapporten. Ladda om sidan och ändra den.',
  activity_status_unique: 'Aktiviteten har redan en status i rapporten. Ladda om sidan och ändra den.',
  budget_forecast_unique: 'Budgetraden har redan en prognos för perioden. Ladda om sidan och ändra den.',
  deviation_threshold_organisation_id_key:
    'Nämnden har redan en avvikelsegräns. Ladda om sidan och ändra den.',
  plan_goal_pk: 'Målet är redan valt för planen.',
  plan_placement_pk: 'Indikatorn är redan vald för planen.',
  activity_assignment_pk: 'Organisationen är redan tilldelad aktiviteten.',
  year_pkey: 'Året finns redan.',
};

const UNIQUE_OTHER =
  'Posten finns redan: ett värde som måste vara unikt används redan. Ladda om sidan och välj ett annat värde.';

/** Maps PostgreSQL's refusals to Swedish AppErrors; undefined for everything else (a 500). */
export function mapDatabaseError(error: unknown): AppError | undefined {
  const code = (error as { code?: string })?.code;
  const constraint = (error as { constraint?: string })?.constraint ?? '';
  if (code === '23505') return new AppError('CONFLICT', UNIQUE[constraint] ?? UNIQUE_OTHER);
  if (code === '23503')
    return new AppError(
      'INVALID',
      'Posten hänvisar till något som inte finns längre, eller används fortfarande av något annat. Ladda om sidan och försök igen.',
    );
  if (code === '23514' || code === '23502')
    return new AppError(
      'INVALID',
      'Ett värde är inte tillåtet (tomt, för långt, utanför det giltiga intervallet eller inte ett av alternativen). Kontrollera fälten och försök igen.',
    );
  // Two transactions waiting on each other: one is stopped by the database and can simply be sent again.
  if (code === '40001' || code === '40P01')
    return new AppError(
      'CONFLICT',
      'Någon annan ändrade samma sak samtidigt. Ladda om sidan och försök igen.',
    );
  if (code === '22021' || code === '22P05') {
    return new AppError(
      'INVALID',
      'Texten innehåller ett otillåtet tecken (till exempel NUL, \\u0000). Ta bort det och försök igen.',
    );
  }
  if (code === '22P02' || code === '22007' || code === '22008') {
    return new AppError('INVALID', 'Ett värde har fel format. Kontrollera datum (ÅÅÅÅ-MM-DD) och id:n.');
  }
  return undefined;
}

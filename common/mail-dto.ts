/** A correspondent from the user's mail or LinkedIn messages who is not one of their people yet (issue 16). */
export interface SuggestedPersonDto {
  channel: 'email' | 'linkedin';
  /** `ada@example.com`, or `linkedin.com/in/ada` (or `name:Ada L.` when the export names only). */
  address: string;
  name: string | null;
  /** Messages exchanged with the user, both ways, and meetings together. */
  messages: number;
  meetings: number;
  /** UTC ISO of the newest message; null when no message had a date. */
  lastAt: string | null;
}

/** The user's tie to one of their people, from their mail and calendars, as the person page shows it (issue 16). */
export interface PersonTieDto {
  personId: number;
  /** What paths use (0–100): the user's own score when set, else the computed one. */
  score: number;
  computed: number;
  override: { score: number; why: string; updatedAt: string } | null;
  /** Whether any message or meeting with them is imported. */
  hasEvidence: boolean;
  /** "42 e-mails both ways, last 12 days ago; 6 meetings in 2026; you wrote first in 2021". */
  explanation: string;
  counts: { sent: number; received: number; meetings: number; lastAt: string | null };
  /** Messages and meetings per month, oldest first, for the sparkline. */
  months: { month: string; sent: number; received: number; meetings: number }[];
  introducedBy: IntroducedByDto;
  /** Whether the workspace holds any mail or calendar at all (else: "import your mail"). */
  mailImported: boolean;
  formula: string;
}

/** Who introduced the user to the person: the first message's From or Cc, or why it is unknown. */
export interface IntroducedByDto {
  people: { name: string | null; address: string; personId: number | null }[];
  /** The first message's date (UTC ISO), when there is one. */
  at: string | null;
  /** In the user's words, also when the data does not say. */
  text: string;
}

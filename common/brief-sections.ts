/** The brief's sections, in reading order: who, what, when, where, why and how, to what extent. */
export const briefSections = [
  { id: 'who', title: 'Who they are' },
  { id: 'what', title: 'What they focus on' },
  { id: 'when', title: 'When they are active' },
  { id: 'where', title: 'Where their audience is' },
  { id: 'whyHow', title: 'Why and how to approach them' },
  { id: 'extent', title: 'To what extent: reach and coverage' },
] as const;

export type BriefSection = (typeof briefSections)[number]['id'];

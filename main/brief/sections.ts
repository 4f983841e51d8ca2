import { briefSections, type BriefSection } from '../../common/brief-sections';

export { briefSections, type BriefSection } from '../../common/brief-sections';

export function isBriefSection(value: string): value is BriefSection {
  return briefSections.some((s) => s.id === value);
}

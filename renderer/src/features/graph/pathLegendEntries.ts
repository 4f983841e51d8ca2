import type { Relationship } from '../../../../common/dto';
import type { GraphPalette } from './graphStyle';
import { hopWidth } from './graphStyle';
import type { PathView } from './pathView';
import type { LegendEntry, SvgFrame } from './svgExport';

const relationshipNames: Record<Relationship, string> = {
  me: 'You',
  colleague: 'Your colleague',
  customer: 'Your customer',
  partner: 'Your partner',
  friend: 'Your friend',
  other: 'Your contact',
};

/**
 * The key of the path-first view, on screen and in its exports: node colours (what each person
 * is to you, bridges, the prospect), then what a line's width and dashes say.
 */
export function pathLegendEntries(view: PathView, palette: GraphPalette): LegendEntry[] {
  const shown = new Set(view.relationships.values());
  const dots: LegendEntry[] = (Object.keys(relationshipNames) as Relationship[])
    .filter((relationship) => shown.has(relationship))
    .map((relationship) => ({
      kind: 'dot',
      color: palette.relationships[relationship],
      label: relationshipNames[relationship],
      short: relationshipNames[relationship].replace(/^Your (.)/, (_, first: string) => first.toUpperCase()),
    }));
  const roles = new Set(view.graph.nodes.map((node) => node.role));
  if (roles.has('bridge')) dots.push({ kind: 'dot', color: palette.roles.bridge, label: 'Bridge' });
  dots.push({ kind: 'dot', color: palette.roles.prospect, label: 'Prospect' });
  const lines: LegendEntry[] = [
    {
      kind: 'line',
      color: palette.path,
      width: hopWidth(0.15),
      dashed: false,
      label: 'Weak tie',
      short: 'Weak',
    },
    {
      kind: 'line',
      color: palette.path,
      width: hopWidth(0.9),
      dashed: false,
      label: 'Strong tie (width = tie strength)',
      short: 'Strong tie',
    },
  ];
  if ([...view.hops.values()].some((hop) => hop.cold)) {
    lines.push({
      kind: 'line',
      color: palette.path,
      width: hopWidth(0.4),
      dashed: true,
      label: 'Cold: they do not know the one before',
      short: 'Cold',
    });
  }
  return [...dots, ...lines];
}

/** "3 December 2026": the day a picture was made, in words, whatever the locale's numbers. */
export function exportDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Title and legend for a PNG or SVG of the path-first view. */
export function pathExportFrame(
  view: PathView,
  palette: GraphPalette,
  prospectLabel: string,
  date: Date,
): SvgFrame {
  return {
    title: `Inside track to ${prospectLabel} — ${exportDate(date)}`,
    legend: pathLegendEntries(view, palette),
    textColor: palette.label,
    mutedColor: palette.edge,
  };
}

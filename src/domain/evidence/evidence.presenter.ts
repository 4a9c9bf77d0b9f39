import { computeEvidence, type EvidenceThresholds, type Mention } from '../../analysis/evidence.ts';
import type { EvidenceCardData } from '../../shared/evidence.ts';
import { NO_SEGMENTS_NOTE, type SegmentLookup } from './segment-lookup.ts';

/**
 * The evidence card of a theme or idea for the API: computeEvidence over its mentions, segment values
 * turned into their labels, with what the base is and a note when the workspace has no segments.
 */
export function presentEvidence(
  mentions: readonly Mention[],
  props: { base: number; baseLabel: { nl: string; en: string }; thresholds: EvidenceThresholds; now?: Date; segments: SegmentLookup },
): EvidenceCardData {
  const card = computeEvidence(mentions, { ...props.thresholds, base: Math.max(1, props.base), now: props.now });
  const hasSegments = props.segments.options.length > 0;
  return {
    mentions: card.mentions,
    distinctPeople: card.distinctPeople,
    base: card.base,
    baseLabel: props.baseLabel,
    share: card.share,
    shareCi: card.shareCi,
    segments: hasSegments ? card.segments.map((s) => ({ ...s, segment: s.segment === '(none)' ? '(none)' : props.segments.labelOf(s.segment) })) : [],
    segmentNote: hasSegments ? null : NO_SEGMENTS_NOTE,
    trend: card.trend,
    sentiment: card.sentiment,
    verdict: card.verdict,
    reason: card.reason,
    rule: card.rule,
    thresholds: card.thresholds,
  };
}

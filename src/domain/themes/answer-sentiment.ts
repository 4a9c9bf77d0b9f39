import { analyzeSentiment, type SentimentResult } from '../../analysis/text/sentiment.ts';

// Sentiment takes ~0.4 ms per answer; answers do not change, so the results of recent texts are kept.
const cache = new Map<string, SentimentResult>();
const MAX_CACHED = 50_000;

/** Sentiment of one answer (label, score, the decisive words), computed on the fly and remembered. */
export function answerSentiment(text: string): SentimentResult {
  let hit = cache.get(text);
  if (!hit) {
    hit = analyzeSentiment(text);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, hit);
  }
  return hit;
}

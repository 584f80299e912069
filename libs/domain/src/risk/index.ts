// Risk scoring for the high-risk order pool: buyer-text signals (lexicons in ./lexicons, server-side only),
// the explained 0–100 score and the pool order.
export {
  BUYER_INTENTS,
  RISK_LEXICON_LANGUAGES,
  compileRiskLexicon,
  isRiskLexiconLanguage,
  rawRiskLexicon,
  riskLexicon,
  validateRiskLexicon,
  type BuyerIntent,
  type CompiledRiskLexicon,
  type RiskLexiconData,
  type RiskLexiconLanguage,
} from './lexicon';
export * from './message-signals';
export * from './scoring';
export * from './pool-order';
export * from './order-risk';

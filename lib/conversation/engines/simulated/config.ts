/**
 * The simulated model's tuning in one place. Values were chosen on the routing benchmark across five
 * domains (bench/), in coarse steps, never for a single sentence.
 */
export const SCORING = {
  /** BM25 term-frequency saturation: low, because admins repeat the domain noun, not the intent. */
  k1: 0.8,
  /** BM25 length normalisation: a long description should not win by saying more words. */
  b: 0.75,
  /**
   * Weight of each field of a tool's text; the description is what the admin wrote for routing. Each
   * example message counts a twentieth: 0.05-0.2 all helped on the customer sets with examples, and
   * only 0.05 lowered none (more made a desk with a subject of its own keep less).
   */
  fields: { description: 1, targetName: 0.8, toolName: 0.5, targetDescription: 0.6, example: 0.05 },
  /** Earlier user turns still say what the conversation is about, but less than the newest one. */
  earlierTurnWeight: 0.35,
  earlierTurns: 3,
  /** Words in a prepositional phrase ("…for the cancelled flight") qualify the request, not state it. */
  modifierWeight: 0.4,
  /** Participles ("missing", "broken") describe the thing asked about more than they name it. */
  participleWeight: 0.7,
  /** Two adjacent words that also stand together in a description ("direct debit"). */
  phraseWeight: 0.5,
  /** A question about a permitted amount standing in for the word "allowance" or "limit". */
  frameWeight: 0.6,
  /** WordNet senses followed per part of speech: only the most frequent, rare ones add noise. */
  senses: 1,
} as const;

export const DECISION = {
  /** Least score for a handoff: about half of one distinctive, exactly matched word. */
  minScore: 0.375,
  /** Runner-up at or above this share of the best score: too close to call, ask instead. */
  margin: 0.9,
} as const;

/**
 * The sentence encoder's part (meaning/): how close the message is in meaning to each tool's text.
 * Chosen on the tuning sets (routing-dev, bench/fixtures, bench/fixtures/fresh) in coarse steps, from
 * a plateau: weights 1.5-4 with the floor at 0.35 all keep routing-dev at 18/18.
 */
export const MEANING = {
  /** Evidence per unit of similarity above the bar: 0.1 above it is worth 0.3, most of a handoff. */
  weight: 3,
  /**
   * The bar a tool's similarity must clear: the message's similarity to the current agent's own
   * description (what it is there to answer itself), and never less than this floor. Unrelated
   * sentences of this encoder commonly reach 0.3.
   */
  floor: 0.35,
  /** Words alone settle it, without the encoder: this much evidence and a runner-up below the share. */
  clearEvidence: 1,
  clearRunnerUpShare: 0.5,
  /** Evidence per unit of similarity of the nearest examples above their bar. */
  exampleWeight: 4,
  /** The examples' bar is never below this: paraphrases of one request are far closer than 0.35. */
  exampleFloor: 0.5,
  /**
   * Which tool ranks first also weighs raw closeness, below any bar: this much per unit of similarity
   * to the closest description passage and to the nearest examples. Tools equally far from the message
   * gain equally, so only differences matter; a bar would throw those away.
   */
  closeness: { description: 2, example: 2 },
  /** With closeness in the scores, two tools this close (in score points) are too close to call. */
  clarifyGap: 0.02,
  /**
   * With the encoder, evidence within this share (closer than the words' 0.9: meaning already lifted
   * one of them) is still too close to call unless closeness separates them by `clarifyCloseness`. On
   * the customer sets two in three of the questions that 0.9 asked had the right team first; 0.93-0.94
   * measured the same, and above that two handoffs with the same words and nearly the same meaning
   * would no longer be asked about.
   */
  clarifyMargin: 0.93,
  clarifyCloseness: 0.05,
} as const;

/**
 * An agent whose own text is only about routing (agent-role.ts) keeps nothing but small talk: it
 * hands off on weaker evidence, in words and in meaning.
 */
export const ROUTING_ONLY = {
  minScore: 0.2,
  floor: 0.25,
  exampleFloor: 0.45,
  /**
   * With example messages, a routing-only agent hands off on any evidence unless the message is closer
   * to small talk than the best handoff's closest passage or example is.
   */
  minScoreWithExamples: 0,
} as const;

/** An agent with a subject of its own keeps a message that matches its description this well. */
export const OWN_SUBJECT = {
  /** Share of the best handoff's word score that the agent's own description must reach. */
  share: 0.7,
} as const;

/**
 * The few-shot classifier trained on a configuration's example messages (meaning/example-classifier.ts),
 * consulted only when some handoff has examples. Chosen on the customer tuning sets with examples, each
 * domain left out of the choice in turn (4 of 5 folds chose these values); ridge 0.03-1, stems and
 * trigrams 0.5-1, temperature 10-20 and weight 0.35-1 all measured within a few cases of each other.
 */
export const CLASSIFIER = {
  /** How much the wording counts beside meaning in the kernel: each a cosine, meaning's weight 1. */
  stems: 0.5,
  trigrams: 0.5,
  /** The ridge: keeps the fit from memorising each example exactly. */
  ridge: 0.3,
  /** Turns the least-squares scores (about 0..1 per class) into probabilities. */
  temperature: 20,
  /**
   * Score per unit of log probability: the classifier's doubt only lowers a tool's score (never its
   * evidence, so it decides which team, not whether to hand off), a share as likely as the favourite
   * costing nothing and one a tenth as likely about 0.8.
   */
  weight: 0.35,
  /** A probability below this counts as this: a classifier sure of its answer should not bury the words. */
  leastProbability: 1e-4,
  /** Most training points (the solve grows with their cube): about 25 handoffs with 30 examples each. */
  mostPoints: 1_000,
} as const;

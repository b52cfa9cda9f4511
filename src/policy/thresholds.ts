// Every tuning number of the offline policy in one place, named for what it decides.
export const POLICY_THRESHOLDS = {
  /** A day this many days or more before today is no day to arrange (a birth date said again, history). */
  arrangedDayMaxPastDays: 366,
  /** Lowest intent score that counts as understanding a request (PolicyOptions.minConfidence). */
  minConfidence: 0.3,
  /** Lowest lead over the runner-up intent; below it the policy asks which was meant (PolicyOptions.minMargin). */
  minMargin: 0.1,
  /** The classifier alone escalates to a person only at or above this score. */
  classifierEscalation: 0.75,
  /** The classifier alone hangs up only for short closings: this score, at most `closingMaxWords` words, this coverage. */
  closingScore: 0.5,
  closingMaxWords: 6,
  closingCoverage: 0.6,
  /** A request word said with "yes"/"no" makes it a request when it covers this much of a tool's vocabulary. */
  toolWordCoverage: 0.4,
  /** "yes"/"thanks" stay conversational one word past `shortWords` when this sure. */
  conversationalShort: 0.6,
  /** Escalating or handing back needs the classifier this sure when no explicit cue asked for it. */
  unpromptedTransferScore: 0.6,
  /** Intents out of the running give their share to the rest only while they hold less than this. */
  outOfRunningShareMax: 0.95,
  /** The best tool must score at least this fraction of "None" (words no tool knows). */
  noneRatio: 0.5,
  /** A request this sure, with nothing in it answering the question asked, switches requests. */
  switchScore: 0.8,
  /** Misunderstandings plus tool errors after which mild frustration brings in a person. */
  mildFrustrationTroubles: 2,
  /** Words an utterance may have at most to count as "short" (conversational: "yes", "thanks"). */
  shortWords: 2,
  /** Words a pick by position ("the first one") may have at most to answer a question listing a list's values. */
  pickWords: 5,
  /** Words a yes may have at most to be only a yes to work just done ("yes please send someone out"). */
  yesToDoneWords: 6,
  /** Words a line may have at most to be only the value a refusal asked for ("client number m s two zero eight seven"). */
  askedValueWords: 12,
  /** Words of a flag's condition ("True only when the caller said …") the caller must say for it to be true. */
  conditionWords: 2,
  /** Lowest score for a conversational act (greeting, thanks, deny) to be taken as one. */
  conversationalMin: 0.3,
  /** A runner-up this close (and at least this score) makes the policy ask which of two was meant. */
  runnerUpMin: 0.15,
  /** Answering "which of the two": lowest score and lead for the picked one. */
  choiceMin: 0.2,
  choiceLead: 0.08,
  /** A clarifying question between two tools needs the best at least this sure. */
  clarifyMin: 0.2,
  /** Speech-to-text confidence below this is asked again rather than acted on. */
  sttConfidence: 0.4,
  /** Misunderstandings in a row before a person is brought in (when the agent can). */
  missesBeforeEscalation: 2,
  /** A top-ranked tool below minConfidence is still taken at this score when the caller gave one of its values. */
  leanScore: 0.15,
  /**
   * Routing by what a target agent handles (when nothing else was understood): words only that
   * target's work names, and how many times more of them than any other target.
   */
  scopeWords: 1,
  scopeLead: 2,
  /** The same after this agent already did something for the caller: its follow-ups name its own work loosely. */
  scopeWordsAfterWork: 2,
  /** Content words from which a request counts as described: a list's "other" value takes it when no value fits. */
  describedWords: 6,
  /** Words a transfer's condition must share with a tool and its output to count as completed by it. */
  completionOverlap: 1,
  /** The request said just before the caller's identity was looked up is taken up after it at this score. */
  requestBeforeLookupScore: 0.15,
  /** Options offered stay pickable for this many caller turns that did nothing else ("anything earlier?" → "ok, eleven it is"). */
  offeredTurnsBack: 2,
  /** Sentences of a tool's output read to the caller at most (a list of options is one sentence). */
  spokenSentences: 4,
  /** Words of a refusal's listed option the caller must have said this call to retry with it (or all of them). */
  refusalOptionWords: 2,
  /** Of several tools that take a pick (book at an offered time, move to one), a caller line asks for one at this score and this many times the next. */
  pickTakerMin: 0.2,
  /**
   * A request nothing else placed goes to the desk whose description names its meaning: at least
   * this much of the line's meaning (a word only it names counts 1), this many times the next desk;
   * closer than that, the caller is asked which of the two. After work done here, `meaningAfterWork`.
   */
  meaningMin: 1,
  meaningLead: 2,
  meaningAfterWork: 2,
  /** Two close desks are asked between when the better names this share of `meaningMin` (one word both name). */
  meaningAskShare: 0.5,
  /** A line wanting something done overrides a lean to the general-questions tool at this much meaning. */
  meaningOverQuestion: 2,
  pickTakerLead: 2,
  /** Content words a later sentence needs to be classified on its own as the line's request. */
  requestSentenceWords: 2,
} as const;

// Issue 12 in one place for createBot: the FAQ hook around the engine (answers reach the question log through answerTurn), and the
// candidate's Composers in their order (privacy first; the owner's replies and commands before anyone's
// questions; a pending /contact message before it could be taken for a question; the question log last,
// right before the features that answer).
import type { Composer, Context } from "grammy";
import type { Engine } from "../../engine.js";
import { withFaq } from "../../faq/with-faq.js";
import type { Faq } from "../../faq/parse.js";
import type { Logger } from "../../log.js";
import type { OwnerDeps } from "../../owner/relay.js";
import { MemoryStore } from "../../store/memory.js";
import type { Store } from "../../store/types.js";
import type { CallbackCodec } from "../callback-data.js";
import { LanguageChoice } from "../language.js";
import { contactFlow } from "./contact.js";
import { ownerSide, questionLog } from "./owner.js";
import { privacy } from "./privacy.js";

/** createBot's options for the candidate's loop; all optional. */
export interface CandidateLoopOptions {
  faq?: Faq;
  /** Telegram user ids of the candidate; empty or absent: owner features off. */
  ownerIds?: number[];
  notify?: OwnerDeps["notify"];
  retentionDays?: number;
  /** Shared state and the question log; default: in memory (the log then lasts until exit). */
  store?: Store;
  now?: () => number;
}

/** The engine to answer with and the Composers to install before the answering features. */
export function candidateLoop(
  engine: Engine,
  options: CandidateLoopOptions,
  codec: CallbackCodec,
  logger: Logger,
  language: LanguageChoice = new LanguageChoice(options.store ?? new MemoryStore()),
): { engine: Engine; composers: Composer<Context>[] } {
  const ownerIds = new Set(options.ownerIds ?? []);
  const full = engine.knowledge.resume.person.name;
  const deps: OwnerDeps = {
    store: options.store ?? new MemoryStore(),
    ownerIds,
    notify: options.notify ?? "unanswered",
    retentionDays: options.retentionDays ?? 90,
    candidate: full.split(/\s+/)[0] ?? full,
    logger,
    now: options.now ?? Date.now,
    language,
  };
  const faqEngine = withFaq(engine, { ...(options.faq ? { faq: options.faq } : {}), contactEnabled: ownerIds.size > 0 });
  const composers = ownerIds.size ? [privacy(deps), ownerSide(deps), contactFlow(deps, codec), questionLog(deps)] : [privacy(deps)];
  return { engine: faqEngine, composers };
}

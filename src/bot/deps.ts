// What every feature needs, built once per bot by createBot.
import type { Engine } from "../engine.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/types.js";
import type { CallbackCodec } from "./callback-data.js";
import type { Conversations } from "./conversations.js";
import type { LanguageChoice } from "./language.js";
import type { MediaSender } from "./media.js";

/** What every feature needs, built once per bot by createBot. */
export interface BotDeps {
  engine: Engine;
  codec: CallbackCodec;
  media: MediaSender;
  /** State shared across updates (and replicas, with Redis). */
  store: Store;
  logger: Logger;
  /** Per-chat conversations, kept in the Store. */
  conversations: Conversations;
  /** The language of each update's interface words; /language pins. */
  language: LanguageChoice;
}

// The English catalogue: the composers' phrases and the interface's words together.
import type { Words } from "../catalogue.js";
import { answers } from "./answers.js";
import { iface } from "./interface.js";

/** Every English word of the bot. */
export const en: Words = { ...answers, ...iface };

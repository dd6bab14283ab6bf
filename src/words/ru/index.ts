// The Russian catalogue: the composers' phrases and the interface's words together.
import type { Words } from "../catalogue.js";
import { answers } from "./answers.js";
import { iface } from "./interface.js";

/** Every Russian word of the bot. */
export const ru: Words = { ...answers, ...iface };

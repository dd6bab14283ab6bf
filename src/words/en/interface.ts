// English: the interface's words (buttons, notices, menus). What the composers say is in ./answers.ts.
import type { InterfaceWords } from "../interface.js";

/** The English interface. */
export const iface: InterfaceWords = {
  languageName: "English",
};

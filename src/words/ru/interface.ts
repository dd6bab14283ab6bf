// Russian: the interface's words (buttons, notices, menus). What the composers say is in ./answers.ts.
import type { InterfaceWords } from "../interface.js";

/** The Russian interface. */
export const iface: InterfaceWords = {
  languageName: "Русский",
};

// The interface's words (buttons, notices, the command menu, /help, inline titles), as opposed to the
// composers' phrases in catalogue.ts `AnswerWords`. Each language's folder implements both.

/** Every word of the interface outside the composers' answers. */
export interface InterfaceWords {
  /** The language's own name, for the /language buttons ("English", "Русский"). */
  languageName: string;
}

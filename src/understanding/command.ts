// A command as typed: "/experience scylla", "/start@resume_bot skills_rust". One pattern for the engine and
// the FAQ layer in front of it, so both agree on what is a command.

/** `/name` (letters, digits, "_"), an optional `@botname`, then the argument: groups 1 and 2. */
export const COMMAND = /^\/([\p{L}\p{N}_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/u;

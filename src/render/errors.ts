// One error type for anything that goes wrong while drawing, so front ends can catch it by name
// and answer in text instead.
import type { MediaKind } from "../answer/types.js";

export class RenderError extends Error {
  override readonly name = "RenderError";
  constructor(
    readonly kind: MediaKind,
    options: { cause: unknown },
  ) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`could not render the ${kind === "cv" ? "CV" : "timeline"}: ${reason}`, options);
  }
}

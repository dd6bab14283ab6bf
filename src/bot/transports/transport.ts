// A running way of receiving updates: long polling or a webhook server.
export interface Transport {
  readonly kind: "polling" | "webhook";
  /** Stops taking updates and lets the ones in flight finish. */
  stop(): Promise<void>;
  /** Settles if the transport dies on its own (e.g. Telegram refuses the token mid-run). */
  readonly done: Promise<void>;
}

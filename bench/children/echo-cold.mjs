// Cold-start baseline: the least a grammY bot process does — import grammy, build a Bot (no network), exit.
import { Bot } from "grammy";
import { botInfo, TOKEN } from "../common.mjs";

const bot = new Bot(TOKEN, { botInfo });
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
process.stdout.write(`${bot.botInfo.username}\n`);

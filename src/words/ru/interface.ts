// Russian: the interface's words (buttons, notices, menus). What the composers say is in ./answers.ts.
import { plural } from "../catalogue.js";
import type { AskerLike, InterfaceWords } from "../interface.js";

const RU = { locale: "ru" };

/** «Анна Шмидт (@anna_hr, язык: de, id 123)». */
function asker(a: AskerLike): string {
  const extra = [a.username ? `@${a.username}` : undefined, a.lang ? `язык: ${a.lang}` : undefined, `id ${a.userId}`].filter(Boolean);
  return `${a.name ?? "кто-то"} (${extra.join(", ")})`;
}

/** The Russian interface. */
export const iface: InterfaceWords = {
  languageName: "Русский",
  backButton: "« Назад",
  staleButton: "Эта кнопка устарела. Отправьте /experience или /help, чтобы начать заново.",
  failedButton: "Извините, что-то пошло не так. Попробуйте ещё раз.",
  slowDown: "Вы пишете быстрее, чем я успеваю читать. Подождите несколько секунд и спросите снова.",
  slowDownButton: "Слишком много нажатий. Подождите несколько секунд.",
  apology: "Извините, у меня что-то сломалось. Попробуйте ещё раз или отправьте /help.",
  nonText: (employer) =>
    `Я понимаю только текст. Задайте вопрос о резюме${employer ? `, например: «Какая была должность в ${employer}?»` : ""} — или отправьте /help.`,
  inlineFallbackTitle: "Резюме",
  inlineTitles: {
    current: "Текущее место работы",
    experience: "Опыт работы",
    skills: "Навыки",
    contacts: "Контакты",
    answer: (name, query) => `${name}: ${query}`,
    notFound: (query) => `В резюме нет: ${query}`,
  },
  inlineFaqTitle: (first, question) => `${first}: ${question}`,
  menu: [
    { command: "start", description: "Кто этот кандидат — коротко" },
    { command: "experience", description: "Места работы, с последнего (нажмите для деталей)" },
    { command: "skills", description: "Технологии и навыки" },
    { command: "education", description: "Образование" },
    { command: "summary", description: "Краткое резюме" },
    { command: "contacts", description: "Как связаться" },
    { command: "search", description: "Поиск по резюме: /search rust" },
    { command: "timeline", description: "Карьера на картинке" },
    { command: "cv", description: "Резюме в PDF" },
    { command: "help", description: "Что можно спросить" },
  ],
  menuFaq: "Ответы кандидата на частые вопросы",
  menuContact: "Написать кандидату",
  menuPrivacy: "Что бот хранит о вас",
  menuForget: "Удалить то, что бот хранит о вас",
  menuLanguage: "Язык: English, Русский или автоматически",
  help: {
    title: (name) => `Я отвечаю на вопросы о резюме: ${name}`,
    fromResumeOnly: " — только по тексту резюме.",
    commands: (job) => [
      "/experience — все места работы, с последнего (нажмите, чтобы открыть)",
      `/experience <компания> — одно место, например /experience ${job}`,
      "/skills — технологии по категориям; /skills <технология> — одна из них",
      "/education — образование",
      "/contacts — как связаться с кандидатом",
      "/summary — краткое резюме из самого резюме",
      "/timeline — карьера на картинке; /cv — резюме в PDF",
      "/search <слова> — поиск по всему резюме",
    ],
    orAsk: (first) => `Или просто спросите: «Где ${first} сейчас работает?», «Сколько лет на последнем месте?», «Есть опыт с Kubernetes?», «Чем занимался в 2016?». Можно и одним словом: «rust».`,
    inline: "В любом чате: наберите мой @username и слово — для быстрого поиска.",
    language: "/language — отвечать по-русски или по-английски (по умолчанию — на языке вашего вопроса).",
  },
  languagePrompt: (current) => `На каком языке отвечать? Сейчас: ${current}.`,
  languageAutomatic: "🌐 Автоматически",
  languageAutomaticName: "автоматически (на языке вашего вопроса)",
  languagePinned: "Готово: буду отвечать по-русски.",
  languageUnpinned: "Готово: буду отвечать на языке вашего вопроса.",
  contactPrivateOnly: (first) => `Написать кандидату (${first}) можно в личном чате со мной: /contact`,
  contactAsk: (first) => `Напишите сообщение для кандидата (${first}) — я передам его вместе с вашим именем и username. Можно также поделиться номером телефона. /cancel — отменить.`,
  contactSharePhone: "📱 Поделиться номером",
  contactCancelled: "Отменено: ничего не отправлено.",
  contactNothingToCancel: "Нечего отменять.",
  contactOwnNumberOnly: "Поделитесь, пожалуйста, своим номером с помощью кнопки или напишите сообщение.",
  contactPhone: (phone) => `Телефон: ${phone}`,
  contactSent: (first) => `Отправлено (${first}). Ответ придёт сюда.`,
  contactFailed: "Извините, сейчас не получилось передать сообщение. Попробуйте позже.",
  contactButton: (first) => `✉️ Написать: ${first}`,
  privacyOn: (first, days) => [
    `Что хранит этот бот: для каждого вопроса — когда он задан, ваше имя в Telegram, @username, язык и id, о чём был вопрос и нашёлся ли ответ в резюме. Сам текст хранится только у вопросов без ответа и у сообщений, отправленных через /contact, — чтобы ${first} мог(ла) на них ответить.`,
    "",
    `Кто это видит: только ${first} (кандидат, который запустил бота) — получает вопросы без ответа и ваши сообщения и может ответить вам здесь.`,
    "",
    `Как долго: ${plural(RU, days, { one: "{n} день", few: "{n} дня", many: "{n} дней", other: "{n} дня" })}, затем удаляется.`,
    "",
    "/forget — удалить всё, что хранится о вас, прямо сейчас.",
  ],
  privacyOff: ["Этот бот не ведёт журнал вопросов: он отвечает по резюме и забывает.", "", "/forget удалит то, что осталось (текущий разговор, выбор /language)."],
  forgotten: (n) =>
    `Готово: я удалил всё, что хранил о вас (${plural(RU, n, { one: "{n} вопрос или сообщение", few: "{n} вопроса или сообщения", many: "{n} вопросов или сообщений", other: "{n} вопроса или сообщения" })}).`,
  ownerOnly: "Эта команда только для кандидата, который запустил бота.",
  noUnanswered: "За последние 30 дней вопросов без ответа нет.",
  replyButton: "↩️ Ответить",
  relayGone: "Этот вопрос больше не хранится (удалён или истёк срок хранения).",
  replyPrompt: (name) => `Ваш ответ для: ${name}`,
  replyPlaceholder: "Ваш ответ…",
  asker,
  someone: "кто-то",
  questionNotice: (who, when, question, reply, found) =>
    [`${found ? "❔ Вопрос" : "❓ Вопрос без ответа"} от ${who}, ${when}:`, question, "", `Бот ответил: ${reply}`, "", "Ответьте на это сообщение, чтобы ответить спросившему."].join("\n"),
  messageNotice: (who, when, text) => [`✉️ Сообщение от ${who}, ${when}:`, text, "", "Ответьте на это сообщение, чтобы ответить отправителю."].join("\n"),
  ownerReplied: (first, text) => `${first} отвечает: ${text}`,
  delivered: (name) => `✓ Доставлено: ${name}.`,
  blocked: (name) => `✗ Не доставлено: ${name} заблокировал(а) бота или удалил(а) чат.`,
  notDelivered: (name, why) => `✗ Не доставлено (${name}): ${why}.`,
  unreachable: "Telegram недоступен",
  statsPeriod: (s) =>
    `За ${plural(RU, s.days, { one: "последний {n} день", few: "последние {n} дня", many: "последние {n} дней", other: "последние {n} дня" })}: ` +
    `${plural(RU, s.questions, { one: "{n} вопрос", few: "{n} вопроса", many: "{n} вопросов", other: "{n} вопроса" })} от ` +
    `${plural(RU, s.recruiters, { one: "{n} рекрутера", few: "{n} рекрутеров", many: "{n} рекрутеров", other: "{n} рекрутера" })}, отвечено ${s.answeredPercent}%, ` +
    `${plural(RU, s.messages, { one: "{n} сообщение", few: "{n} сообщения", many: "{n} сообщений", other: "{n} сообщения" })}.`,
  statsTopics: "Частые темы",
  statsUnanswered: "Частые вопросы без ответа",
  statsSources: "Источники",
  faqFrom: (first) => `${first} пишет:`,
  faqTie: "Какой вопрос вы имели в виду?",
  faqNone: (first) => `${first} пока не написал(а) ответов на частые вопросы. Попробуйте /help.`,
  faqList: (first) => `Вопросы, на которые ${first} ответил(а) своими словами:`,
  askDirectly: (first) => `Можно спросить ${first} напрямую: /contact`,
  askViaContacts: (first) => `Спросить ${first} можно по контактам из резюме: /contacts`,
  render: {
    experience: "Опыт работы",
    education: "Образование",
    summary: "О себе",
    skills: "Навыки",
    languages: "Языки",
    projects: "Проекты",
    technologies: "Технологии",
    careerTimeline: (month) => `карьера, ${month}`,
    noJobs: "В резюме нет мест работы.",
    current: "сейчас",
    earlierRoles: (n) => `… и ещё ${plural(RU, n, { one: "{n} место работы", few: "{n} места работы", many: "{n} мест работы", other: "{n} места работы" })} раньше`,
    andMore: (n) => ` и ещё ${n}`,
  },
};

import type { SpecialistName } from "./specialists";

/**
 * What the desk itself tells the customer at a handoff, in the conversation's language. The
 * desk speaks these, not a model, so they are written out for each language the team serves.
 */
type Language = "en" | "es" | "fr" | "de";

interface Notices {
  specialistJoins: (title: string) => string;
  specialistTitles: Record<SpecialistName, string>;
  approvalPending: string;
  handedToPerson: (firstName: string) => string;
  handedToTeam: string;
  nobodyAvailable: string;
  /** Said when no model could answer the turn, before the handoff notice. */
  modelUnavailable: string;
  /** Said when answering a message failed on the desk's side, so the customer is never left waiting in silence. */
  turnFailed: string;
  /** A person took the conversation from the queue or from the AI. */
  personJoined: (firstName: string) => string;
  /** A colleague was given the conversation by the person who had it. */
  colleagueTakesOver: (firstName: string) => string;
  /** The person gave the conversation back to the AI. */
  handedBackToAssistant: (firstName: string) => string;
  /** The person it was given to did not reply in time; someone else takes it, or is being found. */
  afterWaitTakesOver: (firstName: string) => string;
  afterWaitFinding: string;
  /**
   * A question about the shop no article answers, the first time: one line owning up to it, the
   * closest articles (markdown links, may be empty) and the widget's button for a person.
   */
  noAnswer: (closestLinks: string[], talkToPersonButton: string) => string;
  /**
   * The same when the closest articles exist only in English: the customer hears that there is no
   * article in their language yet, and that the person behind the button speaks it.
   */
  noAnswerInLanguage: (closestLinks: string[], talkToPersonButton: string) => string;
  /** A question that is not about the shop at all. */
  outOfScope: string;
}

const notices: Record<Language, Notices> = {
  en: {
    specialistJoins: (title) => `I'm bringing in ${title}, who can see everything we've discussed.`,
    specialistTitles: {
      knowledge: "our help-centre specialist",
      transactions: "our orders and billing specialist",
      account: "our account specialist",
      technical: "our technical support specialist",
      engagement: "our assistant",
    },
    approvalPending:
      "That's more than I'm allowed to approve on my own, so I've asked a member of our team to review it. You'll hear back in this chat as soon as they decide, and you won't need to explain it again.",
    handedToPerson: (name) => `I'm handing this to ${name} from our team. They'll see everything we've discussed, so you won't need to repeat yourself.`,
    handedToTeam: "I'm handing this to a member of our team. They'll see everything we've discussed, so you won't need to repeat yourself.",
    nobodyAvailable:
      "I'd like a member of our team to take this over, but nobody is available right now. Leave your email or choose a callback time below and we'll reply with this whole conversation in hand, so you won't have to repeat anything.",
    modelUnavailable: "I'm sorry, I can't answer that right now because of a technical problem on our side.",
    turnFailed: "Something went wrong on our side while answering your last message, so it has no answer yet. Please send it again, or tap **Talk to a person**.",
    personJoined: (name) => `${name} joined the conversation.`,
    colleagueTakesOver: (name) => `${name} from our team is taking over and can see everything so far.`,
    handedBackToAssistant: (name) => `${name} handed you back to our assistant, who has the whole conversation in front of it.`,
    afterWaitTakesOver: (name) => `Sorry for the wait. ${name} from our team is taking over and can see everything so far.`,
    afterWaitFinding: "Sorry for the wait. We're finding someone else from our team for you, and they'll see everything so far.",
    noAnswer: (links, button) =>
      `I don't have an answer to that in our help centre, and I'd rather not guess.${links.length > 0 ? ` These are the closest articles: ${links.join(" · ")}.` : ""} If they don't help, tap **${button}** and someone from our team will take it from here.`,
    noAnswerInLanguage: (links, button) => notices.en.noAnswer(links, button),
    outOfScope:
      "I can only help with things about our shop: orders and deliveries, returns and refunds, payments and invoices, your account and Lumen Plus membership, and our products. What can I do for you there?",
  },
  es: {
    specialistJoins: (title) => `Te paso con ${title}, que puede ver todo lo que hemos hablado.`,
    specialistTitles: {
      knowledge: "nuestro especialista del centro de ayuda",
      transactions: "nuestro especialista en pedidos y facturación",
      account: "nuestro especialista en cuentas",
      technical: "nuestro especialista de soporte técnico",
      engagement: "nuestro asistente",
    },
    approvalPending:
      "Eso supera lo que puedo aprobar por mi cuenta, así que he pedido a una persona del equipo que lo revise. Te responderemos en este chat en cuanto decidan, y no tendrás que explicarlo de nuevo.",
    handedToPerson: (name) => `Te paso con ${name}, de nuestro equipo. Verá todo lo que hemos hablado, así que no tendrás que repetir nada.`,
    handedToTeam: "Te paso con una persona de nuestro equipo. Verá todo lo que hemos hablado, así que no tendrás que repetir nada.",
    nobodyAvailable:
      "Me gustaría que una persona del equipo se encargue, pero ahora mismo no hay nadie disponible. Déjanos tu correo o elige una hora para llamarte y te responderemos con toda esta conversación a mano, sin que tengas que repetir nada.",
    modelUnavailable: "Lo siento, ahora mismo no puedo responder a eso por un problema técnico de nuestra parte.",
    turnFailed: "Algo falló de nuestra parte al responder a tu último mensaje, así que aún no tiene respuesta. Envíalo de nuevo o toca **Hablar con una persona**.",
    personJoined: (name) => `${name} se ha unido a la conversación.`,
    colleagueTakesOver: (name) => `${name}, de nuestro equipo, se encarga a partir de ahora y puede ver todo lo hablado.`,
    handedBackToAssistant: (name) => `${name} te ha vuelto a pasar con nuestro asistente, que tiene toda la conversación delante.`,
    afterWaitTakesOver: (name) => `Perdona la espera. ${name}, de nuestro equipo, se encarga a partir de ahora y puede ver todo lo hablado.`,
    afterWaitFinding: "Perdona la espera. Estamos buscando a otra persona del equipo para ti, y verá todo lo hablado.",
    noAnswer: (links, button) =>
      `No tengo una respuesta para eso en nuestro centro de ayuda y prefiero no adivinar.${links.length > 0 ? ` Estos son los artículos más cercanos: ${links.join(" · ")}.` : ""} Si no te sirven, pulsa **${button}** y una persona del equipo se encargará.`,
    noAnswerInLanguage: (links, button) =>
      `Todavía no tenemos un artículo sobre esto en español.${links.length > 0 ? ` Estos son los más cercanos, en inglés: ${links.join(" · ")}.` : ""} Si no te sirven, pulsa **${button}** y te atenderá alguien del equipo que habla español.`,
    outOfScope:
      "Solo puedo ayudarte con temas de nuestra tienda: pedidos y envíos, devoluciones y reembolsos, pagos y facturas, tu cuenta y la membresía Lumen Plus, y nuestros productos. ¿En qué te ayudo con eso?",
  },
  fr: {
    specialistJoins: (title) => `Je fais appel à ${title}, qui voit tout ce que nous avons échangé.`,
    specialistTitles: {
      knowledge: "notre spécialiste du centre d'aide",
      transactions: "notre spécialiste commandes et facturation",
      account: "notre spécialiste des comptes",
      technical: "notre spécialiste du support technique",
      engagement: "notre assistant",
    },
    approvalPending:
      "Cela dépasse ce que je peux approuver seul, j'ai donc demandé à un membre de l'équipe de l'examiner. Vous aurez la réponse dans ce chat dès qu'une décision sera prise, sans avoir à tout réexpliquer.",
    handedToPerson: (name) => `Je transmets à ${name}, de notre équipe, qui voit tout ce que nous avons échangé : vous n'aurez rien à répéter.`,
    handedToTeam: "Je transmets à un membre de notre équipe, qui voit tout ce que nous avons échangé : vous n'aurez rien à répéter.",
    nobodyAvailable:
      "J'aimerais qu'un membre de l'équipe prenne le relais, mais personne n'est disponible pour le moment. Laissez votre e-mail ou choisissez un créneau de rappel ci-dessous : nous vous répondrons avec toute cette conversation en main.",
    modelUnavailable: "Désolé, je ne peux pas répondre à cela pour le moment à cause d'un problème technique de notre côté.",
    turnFailed: "Un problème de notre côté a empêché de répondre à votre dernier message, qui reste donc sans réponse. Renvoyez-le ou touchez **Parler à une personne**.",
    personJoined: (name) => `${name} a rejoint la conversation.`,
    colleagueTakesOver: (name) => `${name}, de notre équipe, prend le relais et voit tout ce qui a été échangé.`,
    handedBackToAssistant: (name) => `${name} vous a redirigé vers notre assistant, qui a toute la conversation sous les yeux.`,
    afterWaitTakesOver: (name) => `Désolés pour l'attente. ${name}, de notre équipe, prend le relais et voit tout ce qui a été échangé.`,
    afterWaitFinding: "Désolés pour l'attente. Nous cherchons une autre personne de l'équipe pour vous, qui verra tout ce qui a été échangé.",
    noAnswer: (links, button) =>
      `Notre centre d'aide n'a pas de réponse à cette question, et je préfère ne pas deviner.${links.length > 0 ? ` Voici les articles les plus proches : ${links.join(" · ")}.` : ""} S'ils ne vous aident pas, touchez **${button}** et un membre de l'équipe prendra le relais.`,
    noAnswerInLanguage: (links, button) =>
      `Nous n'avons pas encore d'article en français sur ce sujet.${links.length > 0 ? ` Voici les plus proches, en anglais : ${links.join(" · ")}.` : ""} S'ils ne vous aident pas, touchez **${button}** : un membre de l'équipe qui parle français prendra le relais.`,
    outOfScope:
      "Je ne peux vous aider que pour ce qui concerne notre boutique : commandes et livraisons, retours et remboursements, paiements et factures, votre compte et l'abonnement Lumen Plus, et nos produits. Que puis-je faire pour vous à ce sujet ?",
  },
  de: {
    specialistJoins: (title) => `Ich hole ${title} dazu, der alles sieht, was wir besprochen haben.`,
    specialistTitles: {
      knowledge: "unseren Hilfe-Center-Spezialisten",
      transactions: "unseren Spezialisten für Bestellungen und Abrechnung",
      account: "unseren Konto-Spezialisten",
      technical: "unseren Spezialisten für technischen Support",
      engagement: "unseren Assistenten",
    },
    approvalPending:
      "Das ist mehr, als ich selbst freigeben darf, deshalb habe ich jemanden aus dem Team gebeten, es zu prüfen. Sie hören hier im Chat, sobald entschieden ist, und müssen nichts noch einmal erklären.",
    handedToPerson: (name) => `Ich übergebe an ${name} aus unserem Team. ${name} sieht alles, was wir besprochen haben, Sie müssen nichts wiederholen.`,
    handedToTeam: "Ich übergebe an jemanden aus unserem Team, der alles sieht, was wir besprochen haben. Sie müssen nichts wiederholen.",
    nobodyAvailable:
      "Ich würde das gern an jemanden aus dem Team übergeben, aber gerade ist niemand erreichbar. Hinterlassen Sie Ihre E-Mail oder wählen Sie unten einen Rückrufzeitpunkt; wir melden uns mit dem ganzen Gespräch zur Hand.",
    modelUnavailable: "Es tut mir leid, ich kann das gerade wegen eines technischen Problems auf unserer Seite nicht beantworten.",
    turnFailed: "Bei uns ist beim Beantworten Ihrer letzten Nachricht etwas schiefgegangen, daher hat sie noch keine Antwort. Bitte senden Sie sie noch einmal oder tippen Sie auf **Mit einer Person sprechen**.",
    personJoined: (name) => `${name} ist der Unterhaltung beigetreten.`,
    colleagueTakesOver: (name) => `${name} aus unserem Team übernimmt jetzt und sieht alles, was bisher besprochen wurde.`,
    handedBackToAssistant: (name) => `${name} hat Sie wieder an unseren Assistenten übergeben, dem die ganze Unterhaltung vorliegt.`,
    afterWaitTakesOver: (name) => `Entschuldigen Sie die Wartezeit. ${name} aus unserem Team übernimmt jetzt und sieht alles, was bisher besprochen wurde.`,
    afterWaitFinding: "Entschuldigen Sie die Wartezeit. Wir suchen jemand anderen aus unserem Team für Sie, der alles sieht, was bisher besprochen wurde.",
    noAnswer: (links, button) =>
      `Dazu hat unser Hilfe-Center keine Antwort, und raten möchte ich nicht.${links.length > 0 ? ` Am nächsten kommen diese Artikel: ${links.join(" · ")}.` : ""} Wenn sie nicht weiterhelfen, tippen Sie auf **${button}**, dann übernimmt jemand aus unserem Team.`,
    noAnswerInLanguage: (links, button) =>
      `Zu diesem Thema haben wir noch keinen deutschen Artikel.${links.length > 0 ? ` Am nächsten kommen diese englischen Artikel: ${links.join(" · ")}.` : ""} Wenn sie nicht weiterhelfen, tippen Sie auf **${button}**, dann übernimmt jemand aus dem Team, der Deutsch spricht.`,
    outOfScope:
      "Ich kann nur bei Themen rund um unseren Shop helfen: Bestellungen und Lieferung, Rücksendungen und Erstattungen, Zahlungen und Rechnungen, Ihr Konto und die Lumen-Plus-Mitgliedschaft sowie unsere Produkte. Wobei kann ich Ihnen dort helfen?",
  },
};

export function customerNotices(language: string): Notices {
  return notices[(language in notices ? language : "en") as Language];
}

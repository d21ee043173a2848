import { isCustomerLanguage, type CustomerLanguage } from "../language/detect";
import type { ApprovalAction, ApprovalVerdict } from "./approval-requests";

/**
 * What the customer is told once a person has decided. Only what was actually done is stated:
 * there is no store-credit ledger, so an approved goodwill credit is promised as a recorded
 * commitment the team applies, never as money already in the customer's account.
 */
export interface DecidedApproval {
  action: ApprovalAction;
  verdict: ApprovalVerdict;
  amountCents: number;
  currency: string;
  orderNumber: string | null;
  deciderFirstName: string;
  reason: string | null;
}

interface ApprovalWords {
  locale: string;
  forOrder: (number: string) => string;
  who: (name: string) => string;
  theRefund: (amount: string, order: string) => string;
  aCredit: (amount: string) => string;
  because: (reason: string) => string;
  denied: (who: string, what: string, because: string) => string;
  refunded: (who: string, amount: string, order: string) => string;
  credited: (who: string, amount: string) => string;
  notRefunded: (order: string) => string;
}

const words: Record<CustomerLanguage, ApprovalWords> = {
  en: {
    locale: "en-US",
    forOrder: (number) => ` for order ${number}`,
    who: (name) => `${name} from our team`,
    theRefund: (amount, order) => `the refund of ${amount}${order}`,
    aCredit: (amount) => `a goodwill credit of ${amount}`,
    because: (reason) => ` The reason they gave: ${reason}`,
    denied: (who, what, because) => `I'm sorry: ${who} reviewed your request and couldn't approve ${what}.${because} If anything about it looks wrong to you, tell me here and a person will look at it again.`,
    refunded: (who, amount, order) => `Good news: ${who} approved your refund, and I've refunded ${amount}${order}. It goes back to your original payment method and usually shows within 5–10 business days.`,
    credited: (who, amount) => `Good news: ${who} approved a goodwill credit of ${amount} for you. Our system can't add credit to an account automatically, so the approval is recorded and a member of the team will apply it by hand; there's nothing you need to do.`,
    notRefunded: (order) => `An update on your refund${order}: our system could not complete it, so nothing has been refunded yet. A member of the team is looking into it and will follow up here.`,
  },
  es: {
    locale: "es-ES",
    forOrder: (number) => ` del pedido ${number}`,
    who: (name) => `${name}, de nuestro equipo,`,
    theRefund: (amount, order) => `el reembolso de ${amount}${order}`,
    aCredit: (amount) => `un crédito de cortesía de ${amount}`,
    because: (reason) => ` El motivo que ha dado: ${reason}`,
    denied: (who, what, because) => `Lo siento: ${who} ha revisado tu solicitud y no ha podido aprobar ${what}.${because} Si algo no te parece correcto, dímelo aquí y una persona lo volverá a mirar.`,
    refunded: (who, amount, order) => `Buenas noticias: ${who} ha aprobado tu reembolso y te he reembolsado ${amount}${order}. Vuelve a tu método de pago original y suele verse en 5–10 días hábiles.`,
    credited: (who, amount) => `Buenas noticias: ${who} ha aprobado un crédito de cortesía de ${amount} para ti. Nuestro sistema no puede añadir crédito a una cuenta automáticamente, así que la aprobación queda registrada y una persona del equipo lo aplicará a mano; no tienes que hacer nada.`,
    notRefunded: (order) => `Novedades sobre tu reembolso${order}: nuestro sistema no ha podido completarlo, así que todavía no se ha reembolsado nada. Una persona del equipo lo está revisando y te responderá aquí.`,
  },
  fr: {
    locale: "fr-FR",
    forOrder: (number) => ` pour la commande ${number}`,
    who: (name) => `${name}, de notre équipe,`,
    theRefund: (amount, order) => `le remboursement de ${amount}${order}`,
    aCredit: (amount) => `un geste commercial de ${amount}`,
    because: (reason) => ` Motif indiqué : ${reason}`,
    denied: (who, what, because) => `Désolé : ${who} a examiné votre demande et n'a pas pu approuver ${what}.${because} Si quelque chose vous semble incorrect, dites-le-moi ici et une personne réexaminera la demande.`,
    refunded: (who, amount, order) => `Bonne nouvelle : ${who} a approuvé votre remboursement, et je vous ai remboursé ${amount}${order}. Le montant revient sur votre moyen de paiement d'origine, en général sous 5 à 10 jours ouvrés.`,
    credited: (who, amount) => `Bonne nouvelle : ${who} a approuvé un geste commercial de ${amount} pour vous. Notre système ne peut pas créditer un compte automatiquement : l'accord est enregistré et un membre de l'équipe l'appliquera à la main, vous n'avez rien à faire.`,
    notRefunded: (order) => `Point sur votre remboursement${order} : notre système n'a pas pu le finaliser, rien n'a donc encore été remboursé. Un membre de l'équipe s'en occupe et vous répondra ici.`,
  },
  de: {
    locale: "de-DE",
    forOrder: (number) => ` für Bestellung ${number}`,
    who: (name) => `${name} aus unserem Team`,
    theRefund: (amount, order) => `die Erstattung von ${amount}${order}`,
    aCredit: (amount) => `eine Kulanzgutschrift von ${amount}`,
    because: (reason) => ` Die angegebene Begründung: ${reason}`,
    denied: (who, what, because) => `Es tut mir leid: ${who} hat Ihre Anfrage geprüft und konnte ${what} nicht freigeben.${because} Wenn Ihnen daran etwas falsch vorkommt, schreiben Sie es mir hier, dann sieht sich jemand das noch einmal an.`,
    refunded: (who, amount, order) => `Gute Nachricht: ${who} hat Ihre Erstattung freigegeben, und ich habe ${amount}${order} erstattet. Der Betrag geht an Ihre ursprüngliche Zahlungsmethode zurück und ist meist innerhalb von 5–10 Werktagen sichtbar.`,
    credited: (who, amount) => `Gute Nachricht: ${who} hat eine Kulanzgutschrift von ${amount} für Sie freigegeben. Unser System kann einem Konto nicht automatisch Guthaben hinzufügen; die Freigabe ist festgehalten, und jemand aus dem Team bucht sie von Hand. Sie müssen nichts weiter tun.`,
    notRefunded: (order) => `Zu Ihrer Erstattung${order}: Unser System konnte sie nicht abschließen, daher wurde noch nichts erstattet. Jemand aus dem Team kümmert sich darum und meldet sich hier.`,
  },
};

/** In the conversation's language; the reason is quoted as the person wrote it. */
export function approvalReply(decided: DecidedApproval, language = "en"): string {
  const say = words[isCustomerLanguage(language) ? language : "en"];
  const amount = new Intl.NumberFormat(say.locale, { style: "currency", currency: decided.currency }).format(decided.amountCents / 100);
  const order = decided.orderNumber ? say.forOrder(decided.orderNumber) : "";
  const who = say.who(decided.deciderFirstName);
  if (decided.verdict === "denied") {
    const what = decided.action === "refund" ? say.theRefund(amount, order) : say.aCredit(amount);
    return say.denied(who, what, decided.reason ? say.because(decided.reason.replace(/\s*\.?$/, ".")) : "");
  }
  return decided.action === "refund" ? say.refunded(who, amount, order) : say.credited(who, amount);
}

/** A refund a person approved that the business's system did not complete: nothing is refunded yet. */
export function refundNotDoneReply(orderNumber: string | null, language = "en"): string {
  const say = words[isCustomerLanguage(language) ? language : "en"];
  return say.notRefunded(orderNumber ? say.forOrder(orderNumber) : "");
}

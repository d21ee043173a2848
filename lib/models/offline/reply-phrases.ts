import type { ConnectorAction } from "../../business/connector";
import { isCustomerLanguage, type CustomerLanguage } from "../../language/detect";

/**
 * Everything the offline engine says, in each language the desk serves. The engine states only
 * facts from tools and articles; these are the sentences around those facts. A key added to one
 * language must be added to all four: the type refuses an incomplete table.
 */
export interface ReplyPhrases {
  /** BCP 47 locale for amounts. */
  locale: string;
  orderLine: (number: string, items: string) => string;
  status: Record<"pending" | "paid" | "shipped" | "delivered" | "cancelled" | "returned" | "refunded", string>;
  otherStatus: (status: string) => string;
  verificationRequired: (action: string) => string;
  orderNotFound: (number: string) => string;
  orderNumberNeeded: string;
  orderStatus: (order: string, status: string) => string;
  trackingNumber: (tracking: string) => string;
  refundDuplicate: (amount: string, order: string) => string;
  refundCompleted: (amount: string, order: string) => string;
  refundPendingApproval: (amount: string, order: string, limit: string) => string;
  refundIneligible: (order: string, reason: string) => string;
  orderCancelled: (order: string) => string;
  paymentReleased: (amount: string) => string;
  orderNotCancellable: (order: string, reason: string) => string;
  addressChanged: (order: string, address: string) => string;
  addressNotChanged: (order: string, reason: string) => string;
  addressNeeded: (order: string | null) => string;
  membershipAlreadyCancelled: (plan: string, endsAt: string) => string;
  membershipCancelled: (plan: string, endsAt: string) => string;
  planChanged: (from: string, to: string, effectiveAt: string) => string;
  planUnchanged: (plan: string) => string;
  noSubscription: string;
  planNeeded: (current: string) => string;
  passwordResetSent: (sentTo: string, minutes: number | null) => string;
  emailChangeRequested: (newEmail: string) => string;
  emailNeeded: string;
  /** What each business action is, as the object of "I couldn't …". */
  actions: Record<ConnectorAction, string>;
  actionRefused: (action: string, reason: string) => string;
  actionFailed: (action: string) => string;
  actionUnavailable: (action: string) => string;
  moreInHelpCentre: string;
  /** Said above an English article when the help centre has none in the customer's language. */
  articleOnlyInEnglish: string;
  /** Said below it: a person who speaks the customer's language can take over. */
  personInLanguageOffer: string;
  greeting: (name: string) => string;
  thanks: (name: string) => string;
  plusOffer: string;
  acknowledgement: string;
  aboutAssistant: string;
  smallTalk: string;
  askMore: string;
  actionUnclear: string;
  noReliableAnswer: string;
}

const en: ReplyPhrases = {
  locale: "en-US",
  orderLine: (number, items) => `order ${number} (${items})`,
  status: {
    pending: "is waiting for payment: the last payment attempt did not go through",
    paid: "is paid and being packed; it has not shipped yet",
    shipped: "has shipped and is on its way",
    delivered: "was delivered",
    cancelled: "was cancelled",
    returned: "was returned",
    refunded: "was refunded",
  },
  otherStatus: (status) => `is ${status}`,
  verificationRequired: (action) => `Before I can ${action}, I need to confirm it's really you. Please use **Verify my email** below; I'll send a one-time code to the address on your account.`,
  orderNotFound: (number) => `I couldn't find order ${number} on your account. Could you double-check the number? It's in your confirmation email and starts with 45.`,
  orderNumberNeeded: "I couldn't find an order on your account yet. Which order number is it? You'll find it in your confirmation email.",
  orderStatus: (order, status) => `Your ${order} ${status}.`,
  trackingNumber: (tracking) => ` The tracking number is **${tracking}**.`,
  refundDuplicate: (amount, order) => `That refund was already issued: ${amount} for ${order}. Nothing more will be charged or refunded twice.`,
  refundCompleted: (amount, order) => `Done: I've refunded ${amount} for ${order}. It goes back to your original payment method and usually shows within 5–10 business days.`,
  refundPendingApproval: (amount, order, limit) => `A refund of ${amount} for ${order} is above what I can approve on my own (${limit}), so I've sent it to a team member for approval. You'll hear back here as soon as they decide.`,
  refundIneligible: (order, reason) => `I can't refund ${order}: ${reason}`,
  orderCancelled: (order) => `I've cancelled ${order}.`,
  paymentReleased: (amount) => ` Your payment of ${amount} will be released within 5–10 business days.`,
  orderNotCancellable: (order, reason) => `I can't cancel ${order}: ${reason}`,
  addressChanged: (order, address) => `Updated: ${order} will now ship to ${address}.`,
  addressNotChanged: (order, reason) => `I couldn't change the address of ${order}: ${reason}`,
  addressNeeded: (order) => `What's the new address${order ? ` for ${order}` : ""}? Please write it like: *12 Oak Street, Springfield, 12345, US*.`,
  membershipAlreadyCancelled: (plan, endsAt) => `Your Lumen Plus ${plan} membership is already cancelled; its benefits last until ${endsAt}.`,
  membershipCancelled: (plan, endsAt) => `I've cancelled your Lumen Plus ${plan} membership. You keep its benefits until ${endsAt} and won't be charged again.`,
  planChanged: (from, to, effectiveAt) => `Your Lumen Plus membership moves from ${from} to ${to} on ${effectiveAt}, the start of your next billing period.`,
  planUnchanged: (plan) => `You're already on the ${plan} plan, so nothing needed changing.`,
  noSubscription: "I don't see a Lumen Plus membership on your account, so there's nothing to cancel or change.",
  planNeeded: (current) => `You're on the ${current} plan. Which plan would you like instead: basic, pro or premium?`,
  passwordResetSent: (sentTo, minutes) => `I've sent a password-reset link to ${sentTo}.${minutes ? ` It works once, for ${minutes} minutes;` : ""} check your spam folder if it hasn't arrived in a few minutes.`,
  emailChangeRequested: (newEmail) => `I've sent a confirmation link to ${newEmail}. Your account email changes as soon as you open it.`,
  emailNeeded: "Which email address should your account use from now on?",
  actions: {
    lookupCustomer: "look up your account",
    lookupOrder: "look up your order",
    refund: "refund your order",
    cancelOrder: "cancel your order",
    changeAddress: "change the delivery address",
    changeSubscription: "change your membership",
    passwordReset: "send you a password-reset link",
    emailChange: "change your account email",
  },
  actionRefused: (action, reason) => `I couldn't ${action}: ${reason}`,
  actionFailed: (action) => `I tried to ${action}, but our system didn't confirm it, so nothing has been changed. I'm passing you to a person on our team, who can see what went wrong.`,
  actionUnavailable: (action) => `I can't ${action} myself from this chat, so nothing has been changed. I'm passing you to a person on our team who can.`,
  moreInHelpCentre: "More in our help centre:",
  // Never said: every article is written in English.
  articleOnlyInEnglish: "",
  personInLanguageOffer: "",
  greeting: (name) => `Hi${name}! I can help with orders, deliveries, returns and refunds, billing, your Lumen Plus membership and product troubleshooting. What can I do for you?`,
  thanks: (name) => `You're welcome${name}! If everything is sorted, could you rate this chat from 1 to 5? It helps us improve.`,
  plusOffer: " And if you shop with us often, Lumen Plus pro gives you free express shipping and a 60-day return window.",
  acknowledgement: "Great. Is there anything else I can help you with?",
  aboutAssistant: "I'm Lumen's AI assistant. I can resolve most questions right here, and a person from our team can join whenever you'd like.",
  smallTalk: "I'm here to help with anything about your orders, returns, billing or our products. What would you like to do?",
  askMore: "Could you tell me a little more about what you need? I can help with orders, returns, billing, your account and our products.",
  actionUnclear: "I want to be sure I do the right thing: could you tell me exactly what you'd like me to do, for example track, cancel or refund an order, or change your membership?",
  noReliableAnswer: "I don't have a reliable answer to that in our help centre, so I'd rather not guess. I can bring in a member of our team.",
};

const es: ReplyPhrases = {
  locale: "es-ES",
  orderLine: (number, items) => `el pedido ${number} (${items})`,
  status: {
    pending: "está pendiente de pago: el último intento de cobro no se completó",
    paid: "está pagado y lo estamos preparando; todavía no ha salido",
    shipped: "ya ha salido y está en camino",
    delivered: "se entregó",
    cancelled: "se canceló",
    returned: "se devolvió",
    refunded: "se reembolsó",
  },
  otherStatus: (status) => `está en estado «${status}»`,
  verificationRequired: () => "Antes de hacerlo necesito confirmar que eres tú. Pulsa **Verificar mi correo** aquí abajo y te enviaré un código de un solo uso a la dirección de tu cuenta.",
  orderNotFound: (number) => `No encuentro el pedido ${number} en tu cuenta. ¿Puedes comprobar el número? Aparece en el correo de confirmación y empieza por 45.`,
  orderNumberNeeded: "Todavía no encuentro ningún pedido en tu cuenta. ¿Cuál es el número de pedido? Lo tienes en el correo de confirmación.",
  orderStatus: (order, status) => `Tu ${order.replace(/^el /, "")} ${status}.`,
  trackingNumber: (tracking) => ` El número de seguimiento es **${tracking}**.`,
  refundDuplicate: (amount, order) => `Ese reembolso ya está hecho: ${amount} por ${order}. No se cobrará ni se reembolsará nada dos veces.`,
  refundCompleted: (amount, order) => `Listo: te he reembolsado ${amount} por ${order}. Vuelve a tu método de pago original y suele verse en 5–10 días hábiles.`,
  refundPendingApproval: (amount, order, limit) => `Un reembolso de ${amount} por ${order} supera lo que puedo aprobar yo (${limit}), así que lo he enviado a una persona del equipo para que lo apruebe. Te avisaremos aquí en cuanto decidan.`,
  refundIneligible: (order, reason) => `No puedo reembolsar ${order}: ${reason}`,
  orderCancelled: (order) => `He cancelado ${order}.`,
  paymentReleased: (amount) => ` Tu pago de ${amount} se liberará en 5–10 días hábiles.`,
  orderNotCancellable: (order, reason) => `No puedo cancelar ${order}: ${reason}`,
  addressChanged: (order, address) => `Hecho: ${order} se enviará ahora a ${address}.`,
  addressNotChanged: (order, reason) => `No he podido cambiar la dirección de ${order}: ${reason}`,
  addressNeeded: (order) => `¿Cuál es la nueva dirección${order ? ` para ${order}` : ""}? Escríbela así: *Calle Mayor 12, 28013 Madrid, ES*.`,
  membershipAlreadyCancelled: (plan, endsAt) => `Tu suscripción Lumen Plus ${plan} ya está cancelada; sus ventajas siguen hasta el ${endsAt}.`,
  membershipCancelled: (plan, endsAt) => `He cancelado tu suscripción Lumen Plus ${plan}. Mantienes sus ventajas hasta el ${endsAt} y no se te volverá a cobrar.`,
  planChanged: (from, to, effectiveAt) => `Tu suscripción Lumen Plus pasa de ${from} a ${to} el ${effectiveAt}, al empezar tu próximo periodo de facturación.`,
  planUnchanged: (plan) => `Ya tienes el plan ${plan}, así que no había nada que cambiar.`,
  noSubscription: "No veo ninguna suscripción Lumen Plus en tu cuenta, así que no hay nada que cancelar ni cambiar.",
  planNeeded: (current) => `Tienes el plan ${current}. ¿A cuál quieres cambiar: basic, pro o premium?`,
  passwordResetSent: (sentTo, minutes) => `Te he enviado un enlace para restablecer la contraseña a ${sentTo}.${minutes ? ` Funciona una sola vez, durante ${minutes} minutos;` : ""} si no llega en unos minutos, mira en la carpeta de spam.`,
  emailChangeRequested: (newEmail) => `He enviado un enlace de confirmación a ${newEmail}. El correo de tu cuenta cambia en cuanto lo abras.`,
  emailNeeded: "¿Qué dirección de correo quieres usar en tu cuenta a partir de ahora?",
  actions: {
    lookupCustomer: "consultar tu cuenta",
    lookupOrder: "consultar tu pedido",
    refund: "reembolsar tu pedido",
    cancelOrder: "cancelar tu pedido",
    changeAddress: "cambiar la dirección de entrega",
    changeSubscription: "cambiar tu suscripción",
    passwordReset: "enviarte un enlace para restablecer la contraseña",
    emailChange: "cambiar el correo de tu cuenta",
  },
  actionRefused: (action, reason) => `No he podido ${action}: ${reason}`,
  actionFailed: (action) => `He intentado ${action}, pero nuestro sistema no lo ha confirmado, así que no se ha cambiado nada. Te paso con una persona de nuestro equipo, que puede ver qué ha fallado.`,
  actionUnavailable: (action) => `No puedo ${action} yo mismo desde este chat, así que no se ha cambiado nada. Te paso con una persona de nuestro equipo que sí puede.`,
  moreInHelpCentre: "Más información en nuestro centro de ayuda:",
  articleOnlyInEnglish: "Todavía no tenemos un artículo sobre esto en español, así que te resumo el que tenemos en inglés:",
  personInLanguageOffer: "Si lo prefieres, pulsa **Hablar con una persona** y te atenderá alguien del equipo que habla español.",
  greeting: (name) => `¡Hola${name}! Puedo ayudarte con pedidos, envíos, devoluciones y reembolsos, facturación, tu suscripción Lumen Plus y problemas con los productos. ¿Qué necesitas?`,
  thanks: (name) => `¡De nada${name}! Si ya está todo resuelto, ¿puedes valorar este chat del 1 al 5? Nos ayuda a mejorar.`,
  plusOffer: " Y si compras a menudo, Lumen Plus pro incluye envío exprés gratis y 60 días para devolver.",
  acknowledgement: "Perfecto. ¿Puedo ayudarte en algo más?",
  aboutAssistant: "Soy el asistente de IA de Lumen. Resuelvo aquí mismo la mayoría de las consultas, y una persona del equipo puede unirse cuando quieras.",
  smallTalk: "Estoy aquí para ayudarte con tus pedidos, devoluciones, facturación o nuestros productos. ¿Qué quieres hacer?",
  askMore: "¿Me cuentas un poco más de lo que necesitas? Puedo ayudarte con pedidos, devoluciones, facturación, tu cuenta y nuestros productos.",
  actionUnclear: "Quiero asegurarme de hacer lo correcto: ¿qué quieres exactamente que haga? Por ejemplo, consultar, cancelar o reembolsar un pedido, o cambiar tu suscripción.",
  noReliableAnswer: "No tengo una respuesta fiable a eso en nuestro centro de ayuda y prefiero no adivinar. Puedo pasarte con una persona del equipo que habla español.",
};

const fr: ReplyPhrases = {
  locale: "fr-FR",
  orderLine: (number, items) => `la commande ${number} (${items})`,
  status: {
    pending: "attend son paiement : la dernière tentative n'a pas abouti",
    paid: "est payée et en cours de préparation ; elle n'est pas encore partie",
    shipped: "est expédiée et en route",
    delivered: "a été livrée",
    cancelled: "a été annulée",
    returned: "a été retournée",
    refunded: "a été remboursée",
  },
  otherStatus: (status) => `a le statut « ${status} »`,
  verificationRequired: () => "Avant de le faire, je dois vérifier que c'est bien vous. Utilisez **Vérifier mon e-mail** ci-dessous : j'enverrai un code à usage unique à l'adresse de votre compte.",
  orderNotFound: (number) => `Je ne trouve pas la commande ${number} sur votre compte. Pouvez-vous vérifier le numéro ? Il figure dans l'e-mail de confirmation et commence par 45.`,
  orderNumberNeeded: "Je ne trouve pas encore de commande sur votre compte. Quel est le numéro de commande ? Il figure dans votre e-mail de confirmation.",
  orderStatus: (order, status) => `Votre ${order.replace(/^la /, "")} ${status}.`,
  trackingNumber: (tracking) => ` Le numéro de suivi est **${tracking}**.`,
  refundDuplicate: (amount, order) => `Ce remboursement a déjà été effectué : ${amount} pour ${order}. Rien ne sera débité ni remboursé deux fois.`,
  refundCompleted: (amount, order) => `C'est fait : je vous ai remboursé ${amount} pour ${order}. Le montant revient sur votre moyen de paiement d'origine, en général sous 5 à 10 jours ouvrés.`,
  refundPendingApproval: (amount, order, limit) => `Un remboursement de ${amount} pour ${order} dépasse ce que je peux approuver seul (${limit}) ; je l'ai donc transmis à un membre de l'équipe. Vous aurez la réponse ici dès qu'une décision sera prise.`,
  refundIneligible: (order, reason) => `Je ne peux pas rembourser ${order} : ${reason}`,
  orderCancelled: (order) => `J'ai annulé ${order}.`,
  paymentReleased: (amount) => ` Votre paiement de ${amount} sera libéré sous 5 à 10 jours ouvrés.`,
  orderNotCancellable: (order, reason) => `Je ne peux pas annuler ${order} : ${reason}`,
  addressChanged: (order, address) => `C'est modifié : ${order} sera livrée à ${address}.`,
  addressNotChanged: (order, reason) => `Je n'ai pas pu changer l'adresse de ${order} : ${reason}`,
  addressNeeded: (order) => `Quelle est la nouvelle adresse${order ? ` pour ${order}` : ""} ? Écrivez-la ainsi : *12 rue des Lilas, 75011 Paris, FR*.`,
  membershipAlreadyCancelled: (plan, endsAt) => `Votre abonnement Lumen Plus ${plan} est déjà résilié ; ses avantages restent actifs jusqu'au ${endsAt}.`,
  membershipCancelled: (plan, endsAt) => `J'ai résilié votre abonnement Lumen Plus ${plan}. Vous gardez ses avantages jusqu'au ${endsAt} et ne serez plus débité.`,
  planChanged: (from, to, effectiveAt) => `Votre abonnement Lumen Plus passe de ${from} à ${to} le ${effectiveAt}, au début de votre prochaine période de facturation.`,
  planUnchanged: (plan) => `Vous avez déjà la formule ${plan}, il n'y avait donc rien à changer.`,
  noSubscription: "Je ne vois pas d'abonnement Lumen Plus sur votre compte, il n'y a donc rien à résilier ni à modifier.",
  planNeeded: (current) => `Vous avez la formule ${current}. Laquelle souhaitez-vous à la place : basic, pro ou premium ?`,
  passwordResetSent: (sentTo, minutes) => `Je vous ai envoyé un lien de réinitialisation du mot de passe à ${sentTo}.${minutes ? ` Il fonctionne une seule fois, pendant ${minutes} minutes ;` : ""} pensez à regarder vos spams s'il n'arrive pas d'ici quelques minutes.`,
  emailChangeRequested: (newEmail) => `J'ai envoyé un lien de confirmation à ${newEmail}. L'e-mail de votre compte change dès que vous l'ouvrez.`,
  emailNeeded: "Quelle adresse e-mail votre compte doit-il utiliser désormais ?",
  actions: {
    lookupCustomer: "consulter votre compte",
    lookupOrder: "consulter votre commande",
    refund: "rembourser votre commande",
    cancelOrder: "annuler votre commande",
    changeAddress: "changer l'adresse de livraison",
    changeSubscription: "modifier votre abonnement",
    passwordReset: "vous envoyer un lien de réinitialisation du mot de passe",
    emailChange: "changer l'e-mail de votre compte",
  },
  actionRefused: (action, reason) => `Je n'ai pas pu ${action} : ${reason}`,
  actionFailed: (action) => `J'ai essayé de ${action}, mais notre système ne l'a pas confirmé, donc rien n'a été modifié. Je vous passe une personne de notre équipe, qui peut voir ce qui n'a pas fonctionné.`,
  actionUnavailable: (action) => `Je ne peux pas ${action} moi-même depuis ce chat, donc rien n'a été modifié. Je vous passe une personne de notre équipe qui le peut.`,
  moreInHelpCentre: "Plus de détails dans notre centre d'aide :",
  articleOnlyInEnglish: "Nous n'avons pas encore d'article en français sur ce sujet ; voici l'essentiel de notre article en anglais :",
  personInLanguageOffer: "Si vous préférez, cliquez sur **Parler à une personne** : un membre de l'équipe qui parle français prendra le relais.",
  greeting: (name) => `Bonjour${name} ! Je peux vous aider pour les commandes, les livraisons, les retours et remboursements, la facturation, votre abonnement Lumen Plus et le dépannage de nos produits. Que puis-je faire pour vous ?`,
  thanks: (name) => `Avec plaisir${name} ! Si tout est réglé, pouvez-vous noter cette conversation de 1 à 5 ? Cela nous aide à progresser.`,
  plusOffer: " Et si vous commandez souvent chez nous, Lumen Plus pro offre la livraison express gratuite et 60 jours pour les retours.",
  acknowledgement: "Parfait. Puis-je vous aider pour autre chose ?",
  aboutAssistant: "Je suis l'assistant IA de Lumen. Je règle la plupart des demandes ici même, et un membre de l'équipe peut nous rejoindre quand vous le souhaitez.",
  smallTalk: "Je suis là pour vous aider avec vos commandes, retours, factures ou nos produits. Que souhaitez-vous faire ?",
  askMore: "Pouvez-vous m'en dire un peu plus sur ce dont vous avez besoin ? Je peux vous aider pour les commandes, les retours, la facturation, votre compte et nos produits.",
  actionUnclear: "Je veux être sûr de bien faire : que souhaitez-vous exactement que je fasse ? Par exemple suivre, annuler ou rembourser une commande, ou modifier votre abonnement.",
  noReliableAnswer: "Je n'ai pas de réponse fiable à cela dans notre centre d'aide et je préfère ne pas deviner. Je peux faire appel à un membre de l'équipe qui parle français.",
};

const de: ReplyPhrases = {
  locale: "de-DE",
  orderLine: (number, items) => `Bestellung ${number} (${items})`,
  status: {
    pending: "wartet auf die Zahlung: Der letzte Zahlungsversuch ist nicht durchgegangen",
    paid: "ist bezahlt und wird gerade verpackt; sie ist noch nicht verschickt",
    shipped: "ist verschickt und unterwegs",
    delivered: "wurde zugestellt",
    cancelled: "wurde storniert",
    returned: "wurde zurückgeschickt",
    refunded: "wurde erstattet",
  },
  otherStatus: (status) => `hat den Status „${status}“`,
  verificationRequired: () => "Bevor ich das erledigen kann, muss ich bestätigen, dass Sie es wirklich sind. Nutzen Sie bitte unten **E-Mail bestätigen**; ich schicke einen Einmalcode an die Adresse Ihres Kontos.",
  orderNotFound: (number) => `Ich finde Bestellung ${number} nicht in Ihrem Konto. Könnten Sie die Nummer prüfen? Sie steht in Ihrer Bestätigungs-E-Mail und beginnt mit 45.`,
  orderNumberNeeded: "Ich finde noch keine Bestellung in Ihrem Konto. Welche Bestellnummer ist es? Sie steht in Ihrer Bestätigungs-E-Mail.",
  orderStatus: (order, status) => `Ihre ${order} ${status}.`,
  trackingNumber: (tracking) => ` Die Sendungsnummer lautet **${tracking}**.`,
  refundDuplicate: (amount, order) => `Diese Erstattung ist bereits erfolgt: ${amount} für ${order}. Es wird nichts doppelt belastet oder erstattet.`,
  refundCompleted: (amount, order) => `Erledigt: Ich habe ${amount} für ${order} erstattet. Der Betrag geht an Ihre ursprüngliche Zahlungsmethode zurück und ist meist innerhalb von 5–10 Werktagen sichtbar.`,
  refundPendingApproval: (amount, order, limit) => `Eine Erstattung von ${amount} für ${order} liegt über dem, was ich selbst freigeben darf (${limit}). Ich habe sie deshalb jemandem aus dem Team zur Freigabe geschickt. Sie hören hier, sobald entschieden ist.`,
  refundIneligible: (order, reason) => `Ich kann ${order} nicht erstatten: ${reason}`,
  orderCancelled: (order) => `Ich habe ${order} storniert.`,
  paymentReleased: (amount) => ` Ihre Zahlung von ${amount} wird innerhalb von 5–10 Werktagen freigegeben.`,
  orderNotCancellable: (order, reason) => `Ich kann ${order} nicht stornieren: ${reason}`,
  addressChanged: (order, address) => `Geändert: ${order} geht jetzt an ${address}.`,
  addressNotChanged: (order, reason) => `Ich konnte die Adresse von ${order} nicht ändern: ${reason}`,
  addressNeeded: (order) => `Wie lautet die neue Adresse${order ? ` für ${order}` : ""}? Bitte so schreiben: *Lindenstraße 12, 10115 Berlin, DE*.`,
  membershipAlreadyCancelled: (plan, endsAt) => `Ihre Lumen Plus ${plan}-Mitgliedschaft ist bereits gekündigt; die Vorteile gelten bis ${endsAt}.`,
  membershipCancelled: (plan, endsAt) => `Ich habe Ihre Lumen Plus ${plan}-Mitgliedschaft gekündigt. Die Vorteile bleiben bis ${endsAt}, und Sie werden nicht mehr belastet.`,
  planChanged: (from, to, effectiveAt) => `Ihre Lumen Plus-Mitgliedschaft wechselt am ${effectiveAt}, zu Beginn Ihres nächsten Abrechnungszeitraums, von ${from} zu ${to}.`,
  planUnchanged: (plan) => `Sie haben bereits den Tarif ${plan}, es war also nichts zu ändern.`,
  noSubscription: "Ich sehe keine Lumen Plus-Mitgliedschaft in Ihrem Konto, es gibt also nichts zu kündigen oder zu ändern.",
  planNeeded: (current) => `Sie haben den Tarif ${current}. Welchen möchten Sie stattdessen: basic, pro oder premium?`,
  passwordResetSent: (sentTo, minutes) => `Ich habe einen Link zum Zurücksetzen des Passworts an ${sentTo} geschickt.${minutes ? ` Er funktioniert einmal und ist ${minutes} Minuten gültig;` : ""} sehen Sie im Spam-Ordner nach, falls er in ein paar Minuten nicht da ist.`,
  emailChangeRequested: (newEmail) => `Ich habe einen Bestätigungslink an ${newEmail} geschickt. Die E-Mail-Adresse Ihres Kontos ändert sich, sobald Sie ihn öffnen.`,
  emailNeeded: "Welche E-Mail-Adresse soll Ihr Konto ab jetzt verwenden?",
  actions: {
    lookupCustomer: "Ihr Konto abzurufen",
    lookupOrder: "Ihre Bestellung abzurufen",
    refund: "Ihre Bestellung zu erstatten",
    cancelOrder: "Ihre Bestellung zu stornieren",
    changeAddress: "die Lieferadresse zu ändern",
    changeSubscription: "Ihre Mitgliedschaft zu ändern",
    passwordReset: "Ihnen einen Link zum Zurücksetzen des Passworts zu schicken",
    emailChange: "die E-Mail-Adresse Ihres Kontos zu ändern",
  },
  actionRefused: (action, reason) => `Es war mir nicht möglich, ${action}: ${reason}`,
  actionFailed: (action) => `Ich habe versucht, ${action}, aber unser System hat es nicht bestätigt, daher wurde nichts geändert. Ich verbinde Sie mit einer Person aus unserem Team, die sehen kann, was schiefgelaufen ist.`,
  actionUnavailable: (action) => `Es ist mir in diesem Chat nicht möglich, ${action}, daher wurde nichts geändert. Ich verbinde Sie mit einer Person aus unserem Team, die das kann.`,
  moreInHelpCentre: "Mehr dazu in unserem Hilfe-Center:",
  articleOnlyInEnglish: "Zu diesem Thema haben wir noch keinen deutschen Artikel, deshalb hier das Wichtigste aus unserem englischen Artikel:",
  personInLanguageOffer: "Wenn Sie möchten, klicken Sie auf **Mit einer Person sprechen**, dann übernimmt jemand aus dem Team, der Deutsch spricht.",
  greeting: (name) => `Hallo${name}! Ich helfe Ihnen bei Bestellungen, Lieferungen, Rücksendungen und Erstattungen, Rechnungen, Ihrer Lumen Plus-Mitgliedschaft und Problemen mit Produkten. Was kann ich für Sie tun?`,
  thanks: (name) => `Gern geschehen${name}! Wenn alles geklärt ist, bewerten Sie diesen Chat bitte von 1 bis 5. Das hilft uns, besser zu werden.`,
  plusOffer: " Und falls Sie öfter bei uns bestellen: Lumen Plus pro bietet kostenlosen Expressversand und 60 Tage Rückgaberecht.",
  acknowledgement: "Prima. Kann ich sonst noch etwas für Sie tun?",
  aboutAssistant: "Ich bin der KI-Assistent von Lumen. Die meisten Anliegen kläre ich direkt hier, und jemand aus dem Team kann jederzeit dazukommen.",
  smallTalk: "Ich helfe Ihnen gern bei Bestellungen, Rücksendungen, Rechnungen oder unseren Produkten. Was möchten Sie tun?",
  askMore: "Können Sie mir etwas genauer sagen, was Sie brauchen? Ich helfe bei Bestellungen, Rücksendungen, Rechnungen, Ihrem Konto und unseren Produkten.",
  actionUnclear: "Ich möchte sichergehen, das Richtige zu tun: Was genau soll ich erledigen? Zum Beispiel eine Bestellung verfolgen, stornieren oder erstatten oder Ihre Mitgliedschaft ändern.",
  noReliableAnswer: "Dazu habe ich in unserem Hilfe-Center keine verlässliche Antwort, und ich rate lieber nicht. Ich kann jemanden aus dem Team dazuholen, der Deutsch spricht.",
};

const phrases: Record<CustomerLanguage, ReplyPhrases> = { en, es, fr, de };

export function replyPhrases(language: string): ReplyPhrases {
  return phrases[isCustomerLanguage(language) ? language : "en"];
}

/**
 * Every word the widget shows, per language. A language is offered to customers only when the
 * workspace lists it and a complete table exists here; the type makes a table incomplete at
 * compile time rather than showing a blank at run time.
 */
const en = {
  title: "Chat with us",
  subtitle: "AI assistant, with people on hand",
  close: "Close chat",
  messagesLabel: "Conversation",
  composerLabel: "Your message",
  placeholder: "Type your message…",
  send: "Send",
  talkToPerson: "Talk to a person",
  talkToPersonMessage: "I'd like to talk to a person, please.",
  quickRepliesLabel: "Suggested questions",
  chipTrack: "Where is my order?",
  chipReturn: "How long do I have to return an item?",
  chipRefund: "I'd like a refund",
  chipBilling: "I have a billing question",
  you: "You",
  assistant: "Assistant",
  system: "Lumen Desk",
  sending: "Sending…",
  sent: "Sent",
  delivered: "Delivered",
  failed: "Not sent",
  retry: "Try again",
  typing: "{name} is typing…",
  someone: "Someone",
  connecting: "Connecting…",
  offline: "You're offline. Your messages will be sent when the connection is back.",
  reconnected: "Connected again.",
  sessionError: "The chat could not start. Please try again in a moment.",
  tooManyChats: "Too many new chats have been started from your network. Please try again in {minutes} min.",
  queuePosition: "You're number {position} in line for a person.",
  queueWait: "Expected wait: about {minutes} min.",
  queueWaitUnknown: "We can't estimate the wait right now.",
  humanJoined: "{name} has joined the conversation.",
  withHuman: "You're chatting with {name}.",
  offHours: "We're outside our opening hours, so nobody can join right now.",
  noAgents: "Nobody on our team is available right now.",
  asyncIntro: "Leave your email and we'll reply there, or pick a time for us to call you.",
  asyncEmailTab: "Email me",
  asyncCallbackTab: "Call me back",
  email: "Email address",
  phone: "Phone number",
  callbackTime: "Preferred time",
  asyncSubmit: "Send request",
  asyncDone: "Thanks. Your request is with our team and they will get back to you.",
  verifyTitle: "Verify your email",
  verifyIntro: "For account changes we need to confirm it's you. We'll email you a 6-digit code.",
  verifySend: "Email me a code",
  code: "Code",
  verifyConfirm: "Verify",
  verifySent: "If that address belongs to an account, a code is on its way. It expires in 10 minutes.",
  verified: "Verified as {name}.",
  verifyLink: "Verify my email",
  endChat: "End chat",
  csatPrompt: "How did we do?",
  csatScoreLabel: "Rate this conversation from 1 to 5",
  csatScore: "{score} out of 5",
  csatComment: "Anything to add? (optional)",
  csatSubmit: "Send feedback",
  csatThanks: "Thanks for your feedback!",
  newConversation: "Start a new conversation",
  resolved: "This conversation is closed.",
  tooLong: "Messages are limited to {max} characters.",
  unread: "{count} new messages",
  greeting: "Hi! Ask us anything about orders, returns, billing or your account.",
};

export type StringKey = keyof typeof en;
export type StringTable = Record<StringKey, string>;

const es: StringTable = {
  title: "Chatea con nosotros",
  subtitle: "Asistente de IA, con personas disponibles",
  close: "Cerrar el chat",
  messagesLabel: "Conversación",
  composerLabel: "Tu mensaje",
  placeholder: "Escribe tu mensaje…",
  send: "Enviar",
  talkToPerson: "Hablar con una persona",
  talkToPersonMessage: "Quiero hablar con una persona, por favor.",
  quickRepliesLabel: "Preguntas sugeridas",
  chipTrack: "¿Dónde está mi pedido?",
  chipReturn: "¿Cuánto tiempo tengo para devolver un artículo?",
  chipRefund: "Quiero un reembolso",
  chipBilling: "Tengo una pregunta sobre facturación",
  you: "Tú",
  assistant: "Asistente",
  system: "Lumen Desk",
  sending: "Enviando…",
  sent: "Enviado",
  delivered: "Entregado",
  failed: "No enviado",
  retry: "Reintentar",
  typing: "{name} está escribiendo…",
  someone: "Alguien",
  connecting: "Conectando…",
  offline: "Estás sin conexión. Tus mensajes se enviarán cuando vuelva la conexión.",
  reconnected: "Conexión restablecida.",
  sessionError: "No se pudo iniciar el chat. Inténtalo de nuevo en un momento.",
  tooManyChats: "Se han iniciado demasiados chats nuevos desde tu red. Vuelve a intentarlo en {minutes} min.",
  queuePosition: "Eres el número {position} en la cola para hablar con una persona.",
  queueWait: "Espera estimada: unos {minutes} min.",
  queueWaitUnknown: "Ahora mismo no podemos estimar la espera.",
  humanJoined: "{name} se ha unido a la conversación.",
  withHuman: "Estás hablando con {name}.",
  offHours: "Estamos fuera del horario de atención, así que nadie puede unirse ahora.",
  noAgents: "Ahora mismo no hay nadie de nuestro equipo disponible.",
  asyncIntro: "Déjanos tu correo y te responderemos allí, o elige una hora para que te llamemos.",
  asyncEmailTab: "Por correo",
  asyncCallbackTab: "Llamadme",
  email: "Correo electrónico",
  phone: "Teléfono",
  callbackTime: "Hora preferida",
  asyncSubmit: "Enviar solicitud",
  asyncDone: "Gracias. Tu solicitud está con nuestro equipo y te responderán.",
  verifyTitle: "Verifica tu correo",
  verifyIntro: "Para cambios en tu cuenta necesitamos confirmar que eres tú. Te enviaremos un código de 6 dígitos.",
  verifySend: "Enviarme un código",
  code: "Código",
  verifyConfirm: "Verificar",
  verifySent: "Si esa dirección pertenece a una cuenta, te hemos enviado un código. Caduca en 10 minutos.",
  verified: "Verificado como {name}.",
  verifyLink: "Verificar mi correo",
  endChat: "Terminar el chat",
  csatPrompt: "¿Qué tal lo hemos hecho?",
  csatScoreLabel: "Valora esta conversación del 1 al 5",
  csatScore: "{score} de 5",
  csatComment: "¿Algo más que añadir? (opcional)",
  csatSubmit: "Enviar opinión",
  csatThanks: "¡Gracias por tu opinión!",
  newConversation: "Empezar una conversación nueva",
  resolved: "Esta conversación está cerrada.",
  tooLong: "Los mensajes tienen un máximo de {max} caracteres.",
  unread: "{count} mensajes nuevos",
  greeting: "¡Hola! Pregúntanos lo que quieras sobre pedidos, devoluciones, facturación o tu cuenta.",
};

export const translations: Record<string, StringTable> = { en, es };

/**
 * The first language the customer prefers (their profile, then the page or browser) that the
 * workspace offers and the widget can speak; English otherwise.
 */
export function pickLanguage(preferred: (string | null | undefined)[], offered: string[]): string {
  for (const tag of preferred) {
    const code = tag?.slice(0, 2).toLowerCase();
    if (code && offered.includes(code) && translations[code]) return code;
  }
  return "en";
}

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

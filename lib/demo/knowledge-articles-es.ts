import type { TranslatedArticle } from "./article-translations";

/**
 * The most-asked help-centre articles in Spanish, with the same facts and slugs as the English
 * ones. Buttons keep the English names the shop shows on screen.
 */
export const spanishArticles: TranslatedArticle[] = [
  {
    slug: "return-policy",
    title: "Nuestra política de devoluciones",
    tags: ["devolución", "devoluciones", "devolver", "política de devoluciones", "plazo de devolución", "reembolso", "30 días", "60 días"],
    body: `¿Has cambiado de idea? Puedes devolver la mayoría de los artículos en los **30 días siguientes a la entrega**. Los miembros de Lumen Plus **Pro** y **Premium** tienen un plazo ampliado de **60 días**. Lumen Plus Basic tiene los 30 días habituales.

Para que aceptemos la devolución, el artículo debe:

1. Estar sin usar y en el mismo estado en que lo recibiste.
2. Venir en su embalaje original, con todos los accesorios, manuales y cables.
3. Figurar en el pedido del que lo devuelves.

Algunos productos no se pueden devolver, como las tarjetas regalo o los productos de cuidado personal abiertos. La lista completa está en el artículo "Items that can't be returned" (en inglés).

El envío de la devolución es gratis si el artículo llegó dañado, defectuoso o no era lo que pediste. En el resto de casos descontamos del reembolso una tarifa fija de 5,95 $ (7,95 CA$ / 5,95 €), salvo que seas miembro Premium.

Cuando la devolución llega a nuestro almacén, te reembolsamos en tu método de pago original en un plazo de 5–10 días hábiles.`,
  },
  {
    slug: "how-to-start-a-return",
    title: "Cómo iniciar una devolución",
    tags: ["devolución", "iniciar una devolución", "etiqueta de devolución", "enviar de vuelta", "solicitud de devolución", "entregar el paquete", "reembolso", "recuperar el dinero"],
    body: `Puedes iniciar una devolución en línea en un par de minutos, sin tener que escribirnos antes.

1. Inicia sesión y entra en **Account > Orders**.
2. Elige el pedido y pulsa **Return items**.
3. Selecciona los artículos y el motivo de cada uno.
4. Elige **Refund** (reembolso) o **Exchange** (cambio).
5. Descarga la etiqueta de devolución prepagada e imprímela, o enseña el código QR en un punto de entrega del transportista.
6. Embala bien los artículos en su embalaje original y entrega el paquete en un plazo de 14 días.

Si el motivo es "dañado", "defectuoso" o "artículo equivocado", la etiqueta es gratis. Si no, descontamos del reembolso una tarifa fija de 5,95 $ (7,95 CA$ / 5,95 €). Los miembros de Lumen Plus Premium siempre tienen la etiqueta gratis.

Te enviamos un correo cuando se escanea el paquete y otro cuando llega a nuestro almacén. El reembolso llega en los 5–10 días hábiles siguientes.`,
  },
  {
    slug: "refund-policy-and-timing",
    title: "Reembolsos: cómo funcionan y cuándo recibirás tu dinero",
    tags: ["reembolso", "estado del reembolso", "devolución del dinero", "cuándo recibiré mi reembolso", "plazo de reembolso", "dónde está mi reembolso"],
    body: `El reembolso siempre vuelve al **método de pago original**. Si pagaste con una tarjeta regalo, esa parte se devuelve como saldo en la tienda.

**Plazos.** Cuando tu devolución llega a nuestro almacén, la revisamos y te reembolsamos en **5–10 días hábiles**. La mayoría de los reembolsos salen en los 2 días hábiles siguientes a la llegada; el resto del tiempo es lo que tarda tu banco o PayPal en procesarlo.

**Cómo ver el estado:**

1. Entra en **Account > Orders** y abre el pedido.
2. La devolución aparece como *Label created*, *In transit*, *Received* o *Refunded*.
3. Cuando pone *Refunded*, ya hemos enviado el dinero y también recibirás un correo.

**Qué se reembolsa.** Recibes el precio que pagaste por los artículos. Los gastos de envío originales solo se reembolsan si el artículo llegó dañado, defectuoso o te lo enviamos por error. En las devoluciones por cambio de opinión se descuenta la tarifa de devolución de 5,95 $ (7,95 CA$ / 5,95 €).

Si han pasado 10 días hábiles desde *Received*, escríbenos con tu número de pedido.`,
  },
  {
    slug: "delivery-times-and-shipping-costs",
    title: "Plazos de entrega y gastos de envío",
    tags: ["envío", "gastos de envío", "plazo de entrega", "cuánto tarda", "cuánto cuesta el envío", "envío gratis", "exprés", "envío estándar", "canadá", "ue", "ee. uu."],
    body: `Enviamos a **Estados Unidos, Canadá y la Unión Europea**. Los pedidos salen de nuestro almacén en **1 día hábil**, y los plazos de entrega cuentan desde el envío.

| Región | Estándar | Exprés |
| --- | --- | --- |
| EE. UU. | 3–5 días hábiles, 5,99 $ | 1–2 días hábiles, 14,99 $ |
| Canadá | 5–8 días hábiles, 9,99 CA$ | 2–4 días hábiles, 24,99 CA$ |
| UE | 7–12 días hábiles, 8,99 € | 3–5 días hábiles, 19,99 € |

El **envío estándar es gratis** en pedidos de más de **50 $** (65 CA$ / 50 €) después de descuentos.

Los miembros de Lumen Plus tienen ventajas de envío:

1. **Basic:** envío estándar gratis en pedidos de más de 25 $.
2. **Pro:** envío estándar gratis en todos los pedidos.
3. **Premium:** envío exprés gratis en todos los pedidos.

Los artículos grandes, como tiendas de campaña o muebles, pueden tardar hasta 2 días hábiles más. Por ahora no enviamos a apartados de correos ni fuera de estas regiones.`,
  },
  {
    slug: "track-your-order",
    title: "Seguimiento de tu pedido",
    tags: ["seguimiento", "seguir pedido", "dónde está mi pedido", "número de seguimiento", "estado del pedido", "entrega", "envío"],
    body: `En cuanto tu pedido sale de nuestro almacén, te enviamos por correo un **enlace de seguimiento**. También puedes seguirlo cuando quieras:

1. Inicia sesión y entra en **Account > Orders**.
2. Elige el pedido.
3. Pulsa **Track parcel** junto a cada envío.

Los pedidos con varios artículos pueden llegar en más de un paquete, cada uno con su propio número de seguimiento.

**¿El seguimiento no se actualiza?** Un número de seguimiento nuevo puede tardar hasta **24 horas** en mostrar el primer escaneo. Los paquetes internacionales a Canadá y a la UE también pueden quedarse parados mientras cambian de transportista en la frontera. Es normal.

Qué significa cada estado:

- **Processing:** hemos recibido tu pedido; todavía se puede cancelar.
- **Packed:** está listo para salir y ya no se puede modificar.
- **Shipped:** lo tiene el transportista.
- **Delivered:** el transportista ha confirmado la entrega.

Si tu paquete ha superado la fecha de entrega prevista, consulta el artículo "My package is delayed or lost" (en inglés).`,
  },
  {
    slug: "payment-methods-and-currencies",
    title: "Métodos de pago y monedas aceptados",
    tags: ["métodos de pago", "formas de pago", "pagar", "tarjeta de crédito", "paypal", "apple pay", "google pay", "moneda", "usd", "cad", "eur", "tarjeta regalo"],
    body: `Aceptamos estos métodos de pago:

- Visa, Mastercard y American Express (en todas las regiones)
- Discover (solo en EE. UU.)
- PayPal
- Apple Pay y Google Pay
- Tarjetas regalo de Lumen y saldo en la tienda, que se pueden combinar con cualquiera de los anteriores

No aceptamos pago contra reembolso, cheques ni transferencias bancarias en pedidos de particulares.

**Monedas.** Los precios y los cargos van en la moneda de tu país de envío:

1. Los pedidos a **EE. UU.** se cobran en dólares estadounidenses (USD).
2. Los pedidos a **Canadá** se cobran en dólares canadienses (CAD).
3. Los pedidos a la **UE** se cobran en euros (EUR).

No se puede elegir otra moneda al pagar. Si tu tarjeta está en otra moneda, tu banco hace la conversión y puede añadir una comisión por operación en el extranjero; eso no depende de nosotros.

Las suscripciones Lumen Plus se cobran en la moneda del país de tu cuenta.`,
  },
  {
    slug: "cancel-an-order",
    title: "Cancelar un pedido",
    tags: ["cancelar", "cancelar pedido", "cancelación", "he cambiado de idea", "reembolso", "anular pedido", "pedido"],
    body: `Puedes cancelar un pedido tú mismo en las **2 horas** siguientes a hacerlo:

1. Entra en **Account > Orders**.
2. Elige el pedido.
3. Pulsa **Cancel order** y confirma.

**Pasadas 2 horas**, escríbenos cuanto antes. Aún podemos cancelarlo mientras no esté **empaquetado**. Una vez empaquetado o enviado ya no se puede cancelar, pero puedes devolverlo tras la entrega según nuestra política de devoluciones habitual.

También puedes cancelar artículos sueltos de un pedido con varios artículos mientras esté en *Processing*.

**Reembolso de pedidos cancelados.** No tienes que hacer nada más:

- Si el pago era todavía una retención pendiente, se libera en el momento, aunque tu banco puede tardar 3–7 días hábiles en quitarla del extracto.
- Si ya se te había cobrado (por ejemplo, un pago con PayPal), te reembolsamos en tu método de pago original en 5–10 días hábiles.
- Los importes pagados con tarjeta regalo o saldo en la tienda vuelven a tu monedero al instante.`,
  },
  {
    slug: "change-order-or-shipping-address",
    title: "Modificar un pedido o su dirección de envío",
    tags: ["modificar pedido", "cambiar pedido", "cambiar dirección", "dirección equivocada", "dirección de envío", "añadir artículo", "quitar artículo"],
    body: `Puedes modificar un pedido tú mismo en las **2 horas** siguientes a hacerlo, mientras su estado sea *Processing*.

1. Entra en **Account > Orders** y elige el pedido.
2. Pulsa **Edit order**.
3. Cambia la dirección de envío, la velocidad de entrega o las cantidades, o quita artículos.
4. Pulsa **Save changes**. Te enviamos por correo una confirmación actualizada.

Si cambia el total, ajustamos la retención en tu tarjeta o te reembolsamos la diferencia.

**¿No ves Edit order?** Pasadas 2 horas, escríbenos. Aún podemos hacer cambios mientras el pedido no esté empaquetado. Una vez empaquetado, ya no se puede modificar.

**Cambios de dirección después del envío.** No podemos desviar un paquete que ya ha salido de nuestro almacén. Desde la página de seguimiento del transportista puedes pedir que lo desvíen o que lo retengan en un punto de recogida, si el transportista lo permite.

**Añadir artículos.** No se pueden añadir artículos a un pedido ya hecho. Haz un segundo pedido; si los dos salen en el mismo día, intentaremos juntarlos.`,
  },
  {
    slug: "reset-password-and-locked-account",
    title: "Restablecer la contraseña o desbloquear tu cuenta",
    tags: ["restablecer contraseña", "olvidé mi contraseña", "contraseña", "cuenta bloqueada", "no puedo iniciar sesión", "iniciar sesión", "acceso"],
    body: `**¿Has olvidado tu contraseña?**

1. En la página de inicio de sesión, pulsa **Forgot password?**
2. Escribe la dirección de correo de tu cuenta.
3. Abre el correo de Lumen & Co. y pulsa el enlace para restablecerla.
4. Elige una contraseña nueva de al menos 10 caracteres.

El enlace vale durante **30 minutos** y solo se puede usar una vez. Si ha caducado, pide otro; solo funciona el último. ¿No te ha llegado el correo en 10 minutos? Mira en la carpeta de spam y comprueba que escribiste bien la dirección.

**¿Cuenta bloqueada?** Por seguridad, tu cuenta se bloquea durante **30 minutos** después de **5 intentos fallidos** seguidos de inicio de sesión. Te avisamos por correo cuando pasa. Puedes:

- Esperar 30 minutos y volver a intentarlo, o
- Restablecer la contraseña con los pasos de arriba, lo que desbloquea la cuenta al momento.

Si no has hecho tú esos intentos, restablece la contraseña y activa la verificación en dos pasos.`,
  },
  {
    slug: "damaged-defective-or-missing-items",
    title: "Artículos dañados, defectuosos o que faltan",
    tags: ["dañado", "roto", "defectuoso", "no funciona", "falta un artículo", "pedido incompleto", "artículo equivocado", "reposición", "reembolso"],
    body: `Sentimos que tu pedido no haya llegado como debía. Lo solucionamos sin coste para ti.

**Dañado o defectuoso al llegar.** Avísanos en los **7 días siguientes a la entrega**:

1. Entra en **Account > Orders**, elige el pedido y pulsa **Report a problem**.
2. Añade una breve descripción y una o dos fotos del artículo y del embalaje.
3. Elige una reposición gratuita o el reembolso completo, incluidos los gastos de envío originales.

Te enviamos una etiqueta de devolución gratuita. En artículos de poco valor puede que te pidamos reciclarlo en lugar de devolverlo.

**Artículos que faltan.** Los pedidos grandes a veces se envían en más de un paquete, así que revisa primero los correos de envío por si hay varios números de seguimiento. Si ya se ha entregado todo y sigue faltando algo, avísanos en los **14 días siguientes a la entrega** con el mismo botón **Report a problem**. Dinos qué artículo falta y te lo enviamos o te lo reembolsamos.

Los fallos que aparezcan más tarde los cubre la garantía del producto.`,
  },
];

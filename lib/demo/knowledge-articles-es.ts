import type { TranslatedArticle } from "./article-translations";

/**
 * The whole help centre in Spanish, written for Spanish-speaking customers with the same facts,
 * slugs and sections as the English articles. Buttons keep the English names the shop shows on screen.
 */
export const spanishArticles: TranslatedArticle[] = [
  {
    slug: "return-policy",
    title: "Nuestra política de devoluciones",
    tags: ["devolución", "devoluciones", "devolver", "política de devoluciones", "plazo de devolución", "reembolso", "30 días", "60 días", "cuánto tiempo tengo para devolver un artículo", "cuántos días tengo para devolver algo", "¿puedo devolver algo que compré el mes pasado?", "¿hace falta el embalaje original?", "¿la devolución es gratis?", "¿los miembros tienen más tiempo para devolver?", "condiciones de devolución", "devolver artículos sin usar"],
    body: `¿Has cambiado de idea? Puedes devolver la mayoría de los artículos en los **30 días siguientes a la entrega**. Los miembros de Lumen Plus **Pro** y **Premium** tienen un plazo ampliado de **60 días**. Lumen Plus Basic tiene los 30 días habituales.

Para que aceptemos la devolución, el artículo debe:

1. Estar sin usar y en el mismo estado en que lo recibiste.
2. Venir en su embalaje original, con todos los accesorios, manuales y cables.
3. Figurar en el pedido del que lo devuelves.

Algunos productos no se pueden devolver, como las tarjetas regalo o los productos de cuidado personal abiertos. La lista completa está en el artículo "Artículos que no se pueden devolver".

El envío de la devolución es gratis si el artículo llegó dañado, defectuoso o no era lo que pediste. En el resto de casos descontamos del reembolso una tarifa fija de 5,95 $ (7,95 CA$ / 5,95 €), salvo que seas miembro Premium.

Cuando la devolución llega a nuestro almacén, te reembolsamos en tu método de pago original en un plazo de 5–10 días hábiles.`,
  },
  {
    slug: "how-to-start-a-return",
    title: "Cómo iniciar una devolución",
    tags: ["devolución", "iniciar una devolución", "etiqueta de devolución", "enviar de vuelta", "solicitud de devolución", "entregar el paquete", "reembolso", "recuperar el dinero", "cómo hago una devolución", "cómo devuelvo un artículo", "¿dónde consigo la etiqueta de devolución?", "qué pasos hay que seguir para devolver algo", "¿dónde entrego el paquete de la devolución?", "¿tengo que escribiros antes de devolver algo?", "qué tengo que hacer para devolver un artículo", "necesito devolver algo, ¿qué hago?", "proceso de devolución", "¿cómo funciona una devolución?", "devolver sin impresora"],
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
    tags: ["reembolso", "estado del reembolso", "devolución del dinero", "cuándo recibiré mi reembolso", "plazo de reembolso", "dónde está mi reembolso", "¿cuándo me devuelven el dinero?", "¿cuánto tarda un reembolso?", "¿a dónde va mi reembolso?", "¿se reembolsan los gastos de envío?", "¿cómo veo el estado de mi reembolso?", "reembolso a mi tarjeta", "¿el reembolso vuelve a mi tarjeta?", "reembolso al método de pago original", "todavía no me ha llegado el dinero"],
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
    tags: ["envío", "gastos de envío", "plazo de entrega", "cuánto tarda", "cuánto cuesta el envío", "envío gratis", "exprés", "envío estándar", "canadá", "ue", "ee. uu.", "¿cuánto cuesta el envío?", "¿cuánto tarda la entrega?", "¿tenéis envío gratis?", "¿cuánto tarda el envío exprés?", "plazos de entrega", "¿cuándo se envía mi pedido?"],
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
    tags: ["seguimiento", "seguir pedido", "dónde está mi pedido", "número de seguimiento", "estado del pedido", "entrega", "envío", "¿cómo rastreo mi paquete?", "¿dónde está mi paquete?", "rastrear mi pedido", "¿dónde encuentro el número de seguimiento?", "¿cómo veo el estado de mi pedido?", "¿por qué no se actualiza el seguimiento?"],
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

Si tu paquete ha superado la fecha de entrega prevista, consulta el artículo "Mi paquete se retrasa o se ha perdido".`,
  },
  {
    slug: "payment-methods-and-currencies",
    title: "Métodos de pago y monedas aceptados",
    tags: ["métodos de pago", "formas de pago", "pagar", "tarjeta de crédito", "paypal", "apple pay", "google pay", "moneda", "usd", "cad", "eur", "tarjeta regalo", "¿qué formas de pago tenéis?", "¿aceptáis PayPal?", "¿puedo pagar con Apple Pay o Google Pay?", "¿qué tarjetas aceptáis?", "¿en qué moneda me cobráis?", "¿puedo pagar a plazos?", "contra reembolso", "transferencia bancaria", "¿puedo pagar en efectivo?"],
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
    tags: ["cancelar", "cancelar pedido", "cancelación", "he cambiado de idea", "reembolso", "anular pedido", "pedido", "¿cómo cancelo mi pedido?", "¿puedo cancelar un pedido ya empaquetado?", "¿es demasiado tarde para cancelar?", "¿cómo recupero el dinero de un pedido cancelado?"],
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
    tags: ["modificar pedido", "cambiar pedido", "cambiar dirección", "dirección equivocada", "dirección de envío", "añadir artículo", "quitar artículo", "¿cómo cambio la dirección de entrega?", "puse mal la dirección", "me equivoqué de código postal", "¿puedo añadir un artículo a mi pedido?", "¿puedo quitar algo de mi pedido?", "¿cómo modifico un pedido?"],
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
    tags: ["restablecer contraseña", "olvidé mi contraseña", "contraseña", "cuenta bloqueada", "no puedo iniciar sesión", "iniciar sesión", "acceso", "olvidé mi contraseña", "¿cómo restablezco mi contraseña?", "mi cuenta está bloqueada", "el enlace para restablecer la contraseña no funciona", "no puedo iniciar sesión"],
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
    tags: ["dañado", "roto", "defectuoso", "no funciona", "falta un artículo", "pedido incompleto", "artículo equivocado", "reposición", "reembolso", "mi artículo llegó roto", "el producto no funciona nada más sacarlo", "falta un artículo en mi paquete", "me llegó un artículo equivocado", "¿cómo aviso de una entrega dañada?", "llegó sin funcionar", "llegó hecho pedazos", "llegó destrozado", "el artículo nuevo no enciende", "llegó abollado o rayado"],
    body: `Sentimos que tu pedido no haya llegado como debía. Lo solucionamos sin coste para ti.

**Dañado o defectuoso al llegar.** Avísanos en los **7 días siguientes a la entrega**:

1. Entra en **Account > Orders**, elige el pedido y pulsa **Report a problem**.
2. Añade una breve descripción y una o dos fotos del artículo y del embalaje.
3. Elige una reposición gratuita o el reembolso completo, incluidos los gastos de envío originales.

Te enviamos una etiqueta de devolución gratuita. En artículos de poco valor puede que te pidamos reciclarlo en lugar de devolverlo.

**Artículos que faltan.** Los pedidos grandes a veces se envían en más de un paquete, así que revisa primero los correos de envío por si hay varios números de seguimiento. Si ya se ha entregado todo y sigue faltando algo, avísanos en los **14 días siguientes a la entrega** con el mismo botón **Report a problem**. Dinos qué artículo falta y te lo enviamos o te lo reembolsamos.

Los fallos que aparezcan más tarde los cubre la garantía del producto.`,
  },
  {
    slug: "non-returnable-items",
    title: "Artículos que no se pueden devolver",
    tags: ["no se puede devolver", "sin devolución", "venta final", "tarjeta regalo", "cuidado personal", "higiene", "excepciones", "¿puedo devolver una tarjeta regalo?", "¿se pueden devolver productos de cuidado personal abiertos?", "¿se puede devolver el café o la comida?", "¿puedo devolver un artículo grabado o personalizado?", "qué significa venta final", "artículo abierto", "¿puedo devolver algo que ya he abierto?", "artículo rebajado", "comida precintada"],
    body: `Por motivos de salud, seguridad y legales, algunos productos no se pueden devolver, salvo que lleguen dañados o defectuosos:

- **Tarjetas regalo** y tarjetas regalo electrónicas de Lumen.
- **Productos de cuidado personal abiertos**, como cepillos de dientes eléctricos, afeitadoras y aparatos de masaje. Si están sin abrir y con el precinto intacto, se devuelven con normalidad.
- **Comida y bebida**, incluidos el café en grano y el té.
- **Artículos personalizados o grabados** hechos a tu medida.
- Los artículos marcados como **Final sale** (venta final) en la página del producto.

Si alguno de estos artículos tiene un fallo, también estás cubierto: avísanos en los 7 días siguientes a la entrega y te lo cambiamos o te lo reembolsamos. Los fallos que aparezcan después los cubre la garantía del producto (1 año, o 2 años para clientes de la UE).

Las suscripciones Lumen Plus no son productos físicos y no se devuelven. Para darte de baja, consulta "Cancelar o pausar tu suscripción Lumen Plus".`,
  },
  {
    slug: "exchanges",
    title: "Cambiar un artículo",
    tags: ["cambio", "cambiar", "otro color", "otra talla", "otro modelo", "color equivocado", "sustituir", "¿puedo cambiar un artículo por otra talla o color?", "cómo cambio un producto", "¿el cambio cuesta algo?", "¿y si el nuevo modelo es más caro?", "cambiar por otro", "cambiar por otra talla", "pagar la diferencia", "cambio en vez de reembolso", "¿el cambio tiene gastos de envío?", "me queda pequeño o grande", "una talla más o una menos"],
    body: `Si quieres el mismo producto en otro color, talla o modelo, puedes cambiarlo en lugar de devolverlo para que te reembolsemos. Los cambios tienen el mismo plazo que las devoluciones: 30 días desde la entrega, o 60 días para los miembros de Lumen Plus Pro y Premium.

1. Entra en **Account > Orders** y elige el pedido.
2. Pulsa **Return items** y elige **Exchange** (cambio).
3. Selecciona el nuevo modelo. Si cuesta más, pagas la diferencia; si cuesta menos, te la reembolsamos.
4. Envíanos el artículo original con la etiqueta prepagada.

Enviamos el artículo nuevo en cuanto el transportista escanea tu paquete, así que no tienes que esperar a que nos llegue. Los cambios no tienen tarifa de devolución.

¿Quieres un producto totalmente distinto? Devuelve el artículo para que te lo reembolsemos y haz un pedido nuevo. Suele ser más rápido y así puedes usar los códigos promocionales vigentes.`,
  },
  {
    slug: "partial-refunds-and-store-credit",
    title: "Reembolsos parciales y saldo en tienda",
    tags: ["reembolso parcial", "saldo en tienda", "crédito", "reembolso", "me devolvieron menos", "monedero", "saldo de tarjeta regalo", "¿por qué mi reembolso es menor de lo esperado?", "¿puedo recibir saldo en tienda en vez de un reembolso?", "¿caduca el saldo en tienda?", "¿por qué solo me devolvieron una parte del dinero?", "cobrar el saldo en tienda", "saldo de la cuenta"],
    body: `**¿Por qué el reembolso es menor de lo que esperabas?** Un reembolso puede ser parcial cuando:

- Solo devolviste algunos artículos del pedido.
- En una devolución por cambio de opinión se descontó la tarifa de devolución de 5,95 $ (7,95 CA$ / 5,95 €).
- Un artículo volvió usado, dañado o sin sus accesorios. Te enviamos fotos por correo y te explicamos el descuento.
- Un código promocional se aplicó a todo el pedido; el descuento se reparte entre los artículos.

**Saldo en tienda.** En lugar de un reembolso a tu tarjeta, puedes elegir saldo en tienda al iniciar la devolución. El saldo se abona en cuanto recibimos la devolución, así que es más rápido que un reembolso a la tarjeta. El saldo:

1. Aparece en **Account > Wallet**.
2. Se aplica automáticamente al pagar (puedes desactivarlo).
3. No caduca nunca y no se puede canjear por dinero en efectivo.

Los reembolsos de pedidos pagados con tarjeta regalo siempre se abonan como saldo en tienda. Si eliminas tu cuenta, pierdes el saldo.`,
  },
  {
    slug: "payment-declined",
    title: "Mi pago ha fallado o ha sido rechazado",
    tags: ["pago rechazado", "pago fallido", "tarjeta rechazada", "tarjeta denegada", "no puedo pagar", "error al pagar", "3d secure", "¿por qué han rechazado mi tarjeta?", "el pago falla siempre al finalizar la compra", "ha fallado la verificación del banco", "qué hago si no se completa el pago", "no me aceptan la tarjeta", "la operación no se completa", "rechazan mi tarjeta pero funciona en otros sitios"],
    body: `Quien rechaza un pago es casi siempre tu banco o el emisor de la tarjeta, y a nosotros no nos dicen el motivo exacto. Revisa lo siguiente:

1. **Datos de la tarjeta.** Vuelve a escribir el número, la fecha de caducidad y el código de seguridad.
2. **Dirección de facturación.** Debe coincidir con la que tiene tu banco, código postal incluido.
3. **Saldo y límites.** Comprueba que la tarjeta tiene saldo suficiente y que no has llegado al límite diario.
4. **Verificación de seguridad.** Completa el paso de 3-D Secure en la app de tu banco si te lo pide. Los bloqueadores de ventanas emergentes pueden ocultarlo.
5. **Bloqueo del banco.** Llama a tu banco: a veces bloquean los pagos en línea o internacionales.
6. **Otro método.** Prueba con otra tarjeta, PayPal, Apple Pay o Google Pay.

Un intento rechazado puede dejar una retención temporal en tu tarjeta. No es un cargo y desaparece sola; consulta "Cargo doble o autorización pendiente".

Si falla la renovación de Lumen Plus, lo volvemos a intentar durante 7 días y te avisamos por correo. Actualiza tu tarjeta para no perder tus ventajas.`,
  },
  {
    slug: "double-charge-or-pending-authorisation",
    title: "Cargo doble o autorización pendiente",
    tags: ["cargo doble", "me cobraron dos veces", "cobro duplicado", "pendiente", "autorización", "retención", "cargo extra", "¿por qué me han cobrado dos veces?", "tengo un cargo pendiente en la tarjeta", "veo dos pagos para un mismo pedido", "¿cuándo desaparece una autorización pendiente?", "dos cargos en mi extracto", "me cobraron un pedido cancelado", "me habéis cobrado dos veces", "cargo pendiente después de cancelar"],
    body: `Si ves dos importes para un mismo pedido, uno de ellos suele ser una **autorización pendiente**, no un cargo real.

Cuando haces un pedido, pedimos a tu banco que retenga el importe. Cuando el pedido se envía, la retención se sustituye por el cargo definitivo. Hasta que tu banco libera la retención original, pueden aparecer los dos en tu extracto.

También pueden aparecer retenciones de más cuando:

- Un intento de pago fue rechazado y lo volviste a intentar.
- Modificaste el pedido y cambió el total.
- Cancelaste el pedido antes de que se enviara.

Las retenciones pendientes desaparecen solas, normalmente en **3–7 días hábiles** según tu banco. No podemos liberarlas antes.

**Si los dos cargos ya son definitivos** (ya no aparecen como pendientes):

1. Revisa **Account > Orders** para asegurarte de que no hiciste dos pedidos.
2. Escríbenos con el número de pedido y una captura de los dos cargos.
3. Te reembolsamos el cargo duplicado en tu método de pago original en 5–10 días hábiles.`,
  },
  {
    slug: "invoices-and-receipts",
    title: "Descargar facturas y recibos",
    tags: ["factura", "recibo", "factura con iva", "descargar factura", "pdf", "justificante", "historial de pagos", "factura de empresa", "¿dónde encuentro mis facturas?", "¿cómo descargo un recibo?", "¿puedo tener una factura a nombre de mi empresa?", "¿dónde están los recibos de mi suscripción?", "reenviar el recibo", "necesito una copia de mi recibo"],
    body: `Cada pedido y cada pago de la suscripción tienen una factura en PDF que puedes descargar cuando quieras.

**Facturas de pedidos:**

1. Entra en **Account > Orders**.
2. Elige el pedido.
3. Pulsa **Download invoice**.

La factura está disponible en cuanto se envía el pedido. Aunque un pedido se envíe en varios paquetes, tiene una sola factura.

**Recibos de Lumen Plus:** entra en **Account > Membership > Billing history** y pulsa el recibo junto a cada pago.

**Datos de empresa.** Para que tus facturas muestren el nombre de una empresa o un número de IVA, añádelos en **Account > Billing details** antes de hacer el pedido. ¿Necesitas que volvamos a emitir una factura anterior con los datos de empresa? Escríbenos en los 30 días siguientes a la fecha del pedido y te enviamos una copia corregida.

Las facturas muestran los precios en la moneda en que se te cobró (USD, CAD o EUR), con el impuesto sobre las ventas, el GST/HST o el IVA desglosados.`,
  },
  {
    slug: "update-payment-card",
    title: "Actualizar tu tarjeta guardada",
    tags: ["actualizar tarjeta", "cambiar tarjeta", "tarjeta nueva", "tarjeta caducada", "método de pago", "tarjeta guardada", "tarjeta predeterminada", "¿cómo cambio mi tarjeta?", "mi tarjeta ha caducado, ¿cómo añado una nueva?", "¿cómo elimino una tarjeta guardada?", "¿cómo elijo el método de pago predeterminado?", "quitar la tarjeta antigua", "borrar una tarjeta de mi cuenta", "mi banco me ha enviado una tarjeta nueva"],
    body: `Mantén al día los datos de tu tarjeta para que tus pedidos y las renovaciones de Lumen Plus se cobren sin problemas.

1. Entra en **Account > Payment methods**.
2. Pulsa **Add payment method** y añade la tarjeta nueva, o conecta PayPal.
3. Pulsa **Make default** junto a la tarjeta que quieras usar.
4. Elimina la tarjeta antigua o caducada si ya no la necesitas.

Tu método de pago **predeterminado** es el que se usa para renovar Lumen Plus. Si una renovación falla, al actualizar la tarjeta lo volvemos a intentar al momento.

**Pedidos ya hechos.** Un pedido ya realizado conserva el método de pago que usaste al comprar. La excepción son las preventas: puedes cambiar la tarjeta de una preventa desde la página del pedido en cualquier momento antes de que se envíe.

Nunca guardamos el número completo de tu tarjeta; lo custodia de forma segura nuestro procesador de pagos. Si tu banco te envía una tarjeta de sustitución con el mismo número, normalmente solo tienes que actualizar la fecha de caducidad.`,
  },
  {
    slug: "delayed-or-lost-package",
    title: "Mi paquete se retrasa o se ha perdido",
    tags: ["retraso", "paquete retrasado", "no llega", "paquete perdido", "no entregado", "entregado pero no recibido", "robado", "seguimiento", "mi paquete llega tarde", "mi pedido no ha llegado", "el seguimiento dice entregado pero no lo tengo", "creo que han perdido o robado mi paquete", "pedido atrasado", "entrega con retraso", "mi pedido ya tendría que haber llegado"],
    body: `La mayoría de los retrasos se resuelven en pocos días, sobre todo en épocas de fiestas o con mal tiempo. Esto es lo que puedes hacer:

1. **Revisa el seguimiento** en **Account > Orders**. Fíjate en mensajes como "problema con la dirección" o "retenido en el almacén".
2. **Espera 5 días hábiles** desde la última fecha de entrega prevista. Muchos paquetes retrasados aparecen en ese tiempo.
3. **Escríbenos** si sigue sin llegar o si el seguimiento no se actualiza desde hace 7 días. Indica tu número de pedido.

Abrimos una investigación con el transportista. Si no encuentran el paquete, te enviamos **otro gratis** o te hacemos el **reembolso completo**, envío incluido. Tú eliges.

**¿Figura como entregado pero no lo has recibido?** Pregunta a tus vecinos, en la conserjería o el buzón del edificio y mira alrededor de tu casa, y espera 48 horas, porque a veces el transportista lo escanea antes de tiempo. Si sigue sin aparecer, escríbenos y lo investigamos.

Los plazos de entrega no están garantizados, pero si un envío exprés llega tarde por nuestra culpa, te devolvemos lo que pagaste por el envío exprés.`,
  },
  {
    slug: "customs-duties-and-taxes",
    title: "Aduanas, aranceles e impuestos internacionales",
    tags: ["aduana", "aduanas", "aranceles", "impuestos de importación", "iva", "gst", "hst", "internacional", "canadá", "ue", "cargos extra", "¿tendré que pagar aduanas o impuestos de importación?", "¿los precios incluyen el iva?", "¿se añaden impuestos al pagar?", "el transportista me pide pagar aranceles en la entrega"],
    body: `Queremos que sepas el precio total al pagar, sin sorpresas en la puerta.

**Canadá.** El GST/HST y los impuestos provinciales sobre las ventas se calculan al pagar. Pagamos por adelantado los aranceles de importación, así que no te pedirán nada en la entrega.

**Unión Europea.** Los precios incluyen el IVA de tu país. Los pedidos de la UE salen de nuestro almacén dentro de la UE, así que no hay gastos de aduana.

**Estados Unidos.** Los pedidos se envían dentro del país. El impuesto sobre las ventas se añade al pagar donde corresponda.

**¿Te piden pagar algo en la entrega?** No debería pasar. Por favor:

1. No le pagues al transportista.
2. Haz una foto del aviso o del mensaje que has recibido.
3. Escríbenos con tu número de pedido y la foto.

Lo solucionamos con el transportista. Si ya has pagado, envíanos el justificante y te lo devolvemos.

Las devoluciones desde Canadá y la UE usan nuestras etiquetas prepagadas y no te generan gastos de aduana.`,
  },
  {
    slug: "order-confirmation-email-missing",
    title: "No he recibido el correo de confirmación del pedido",
    tags: ["correo de confirmación", "no me llega el correo", "confirmación del pedido", "no recibí el email", "spam", "pedido", "no he recibido la confirmación del pedido", "¿se ha hecho mi pedido?", "no me ha llegado ningún correo sobre mi pedido"],
    body: `La confirmación del pedido suele llegar en **15 minutos** desde orders@lumen.example. Si no te ha llegado:

1. **Revisa las carpetas de spam, correo no deseado y promociones**, y busca "Lumen & Co." en tu bandeja de entrada.
2. **Comprueba el correo electrónico** de tu cuenta en **Account > Profile**. Una pequeña errata es una causa habitual.
3. **Busca el pedido** en **Account > Orders**. Si aparece ahí, el pedido se ha hecho aunque no te haya llegado el correo.
4. **Vuelve a enviar el correo** abriendo el pedido y pulsando **Resend confirmation**.
5. **Añádenos a tus contactos** para que los próximos correos lleguen a tu bandeja de entrada.

Si el pedido no aparece en tu cuenta, puede que no se completara. Mira si hay una retención pendiente en tu extracto; si la hay pero no hay pedido, desaparecerá en 3–7 días hábiles.

¿Compraste como invitado? Escríbenos con el correo que usaste y los cuatro últimos dígitos de tu tarjeta, y lo buscamos.`,
  },
  {
    slug: "pre-orders",
    title: "Cómo funcionan las preventas",
    tags: ["preventa", "reserva", "precompra", "próximamente", "fecha de lanzamiento", "¿cuándo se envía?", "pedido", "¿cómo funcionan las preventas?", "¿cuándo me cobran una preventa?", "¿cuándo se envía mi preventa?", "¿puedo cancelar una preventa?", "¿una preventa retrasa el resto de mi pedido?"],
    body: `Algunos productos nuevos se pueden **reservar en preventa** antes de que estén en stock. En la página del producto aparecen marcados como *Pre-order*, con la fecha de envío prevista.

- **Pago.** Solo te cobramos cuando el artículo se envía. Al hacer el pedido verás una pequeña retención de verificación que desaparece en unos días.
- **Garantía de precio.** Si el precio baja antes de que se envíe tu preventa, pagas el precio más bajo.
- **Pedidos mixtos.** Los artículos en stock del mismo pedido se envían enseguida. El artículo en preventa va después, por separado y sin gastos de envío adicionales.
- **Retrasos.** Si cambia la fecha de envío, te avisamos por correo con la nueva fecha.

**Puedes cancelar una preventa** en cualquier momento antes de que se envíe:

1. Entra en **Account > Orders** y abre la preventa.
2. Pulsa **Cancel pre-order**.

También puedes cambiar la tarjeta de una preventa desde la página del pedido. Una vez entregados, los artículos en preventa siguen la política de devoluciones habitual.`,
  },
  {
    slug: "lumen-plus-plans-compared",
    title: "Comparativa de los planes Lumen Plus",
    tags: ["lumen plus", "suscripción", "membresía", "planes", "basic", "pro", "premium", "precio", "ventajas", "envío gratis", "¿qué incluye Lumen Plus?", "¿cuánto cuesta cada plan?", "¿qué diferencia hay entre Basic, Pro y Premium?", "¿qué plan tiene envío gratis?", "hacerse socio de lumen plus", "apuntarme a la membresía", "hacerme miembro", "ventajas de los miembros", "¿vale la pena la membresía?"],
    body: `Lumen Plus es nuestra suscripción de pago. Hay tres planes:

**Basic, 4,99 $/mes**
- Envío estándar gratis en pedidos de más de 25 $
- Ofertas exclusivas para miembros
- Devoluciones estándar de 30 días

**Pro, 9,99 $/mes**
- Envío estándar gratis en todos los pedidos
- Devoluciones ampliadas a 60 días
- Atención prioritaria con respuestas más rápidas
- Ofertas exclusivas para miembros

**Premium, 19,99 $/mes**
- Envío exprés gratis en todos los pedidos
- Devoluciones ampliadas a 60 días con etiquetas de devolución gratis
- Atención prioritaria por chat y teléfono, los 7 días de la semana
- Acceso anticipado a productos nuevos y rebajas

**El pago anual** te regala dos meses: Basic 49,90 $, Pro 99,90 $ o Premium 199,90 $ al año. Los miembros de Canadá y la UE pagan el equivalente en CAD o EUR.

Para suscribirte, entra en **Account > Membership** y elige un plan. Las ventajas empiezan en cuanto se completa tu primer pago.`,
  },
  {
    slug: "change-plan-or-billing-cycle",
    title: "Subir o bajar de plan, o pasar al pago anual",
    tags: ["subir de plan", "bajar de plan", "cambiar de plan", "pago anual", "anual", "lumen plus", "suscripción", "descuento", "¿cómo mejoro mi suscripción?", "¿cómo bajo a un plan más barato?", "¿puedo pasar al pago anual?", "¿cuándo se aplica un cambio de plan?", "mis ventajas al bajar de plan", "¿tengo las nuevas ventajas al momento?"],
    body: `Puedes cambiar tu plan de Lumen Plus o la forma de pago cuando quieras:

1. Entra en **Account > Membership**.
2. Pulsa **Change plan**.
3. Elige el nuevo plan y el pago mensual o anual.
4. Confirma. Te enviamos un resumen por correo con la fecha en que se aplica.

**Cuándo se aplica.** Las subidas y bajadas de plan y los cambios de forma de pago empiezan en tu **próximo periodo de facturación**. Hasta entonces conservas tu plan y tus ventajas actuales, sin cargos ni reembolsos parciales.

**El pago anual** te ahorra dos meses de cuota: Basic 49,90 $, Pro 99,90 $ y Premium 199,90 $ al año, frente a 59,88 $, 119,88 $ y 239,88 $ pagando cada mes. Los planes anuales se renuevan automáticamente cada año y te avisamos 7 días antes de la renovación.

**Si bajas a Basic**, el plazo de devolución pasa a 30 días para los pedidos hechos después del cambio. Los pedidos anteriores conservan los 60 días.

Para anular un cambio programado, pulsa **Keep current plan** en la página Membership.`,
  },
  {
    slug: "cancel-or-pause-membership",
    title: "Cancelar o pausar tu suscripción Lumen Plus",
    tags: ["cancelar suscripción", "darse de baja", "baja", "pausar", "pausar suscripción", "cancelar lumen plus", "anular membresía", "reembolso", "¿cómo cancelo mi suscripción?", "¿puedo pausar mi suscripción?", "¿me devuelven el dinero si cancelo Lumen Plus?", "¿cómo evito que se renueve la suscripción?", "¿pierdo las ventajas si cancelo?", "reembolso de una membresía que no he usado"],
    body: `**Cancelar**

1. Entra en **Account > Membership**.
2. Pulsa **Cancel membership** y confirma.

Tus ventajas siguen hasta el final del periodo que ya has pagado y no se te vuelve a cobrar. No reembolsamos meses ni años a medias. La excepción son los miembros nuevos: si cancelas en los 14 días siguientes a tu primera suscripción y no has usado ninguna ventaja, te devolvemos el primer pago completo.

**Pausar** (solo planes mensuales)

¿No quieres cancelar todavía? Puedes pausarla:

1. Entra en **Account > Membership** y pulsa **Pause membership**.
2. Elige 1, 2 o 3 meses.

La pausa empieza en tu próxima fecha de cobro. Mientras está pausada no se te cobra ni tienes ventajas, y la suscripción se reanuda sola con el mismo plan. Puedes pausarla una vez cada 12 meses y reanudarla antes cuando quieras.

Los planes anuales no se pueden pausar, pero puedes pasar al pago mensual a partir de tu próxima renovación.`,
  },
  {
    slug: "change-email-address",
    title: "Cambiar el correo electrónico de tu cuenta",
    tags: ["cambiar correo", "cambiar email", "actualizar correo", "nuevo correo", "correo electrónico", "cuenta", "perfil", "correo de acceso", "¿cómo cambio mi correo electrónico?", "¿cómo actualizo el email con el que entro?", "no tengo acceso a mi correo antiguo"],
    body: `Tu correo electrónico sirve para iniciar sesión y para recibir novedades de tus pedidos. Para cambiarlo:

1. Inicia sesión y entra en **Account > Profile**.
2. Pulsa **Edit** junto a tu correo electrónico.
3. Escribe la nueva dirección y tu contraseña actual. Si tienes activada la verificación en dos pasos, introduce también un código.
4. Abre el correo de confirmación que enviamos a la dirección **nueva** y pulsa el enlace en menos de 24 horas.

El cambio solo se aplica cuando lo confirmas. Hasta entonces, sigue iniciando sesión con tu dirección antigua. También avisamos a tu dirección antigua, para que sepas si otra persona intenta cambiarla.

Los correos de pedidos y de la suscripción pasan a la nueva dirección en cuanto la confirmas.

**¿No tienes acceso a tu correo antiguo ni a tu cuenta?** Escríbenos desde la nueva dirección con tu nombre, un número de pedido reciente y el código postal de envío de ese pedido. Verificamos tu identidad antes de hacer el cambio, lo que puede tardar hasta 2 días hábiles.`,
  },
  {
    slug: "two-factor-authentication",
    title: "Activar la verificación en dos pasos",
    tags: ["verificación en dos pasos", "autenticación de dos factores", "2fa", "app de autenticación", "código de seguridad", "código de verificación", "seguridad de la cuenta", "códigos de respaldo", "sms", "¿cómo activo la verificación en dos pasos?", "he perdido el móvil y no recibo el código", "¿dónde están mis códigos de respaldo?", "¿puedo usar una app de autenticación?", "configurar 2fa", "activar 2fa"],
    body: `La verificación en dos pasos (2FA) añade un segundo paso al iniciar sesión, para que tu cuenta siga protegida aunque te roben la contraseña.

**Para activarla:**

1. Entra en **Account > Security**.
2. Pulsa **Enable two-factor authentication**.
3. Elige una **app de autenticación** (recomendado) o **SMS**.
4. Escanea el código QR o escribe tu número de teléfono, y luego introduce el código de 6 dígitos.
5. Guarda tus **10 códigos de respaldo** en un lugar seguro. Cada uno sirve una sola vez.

A partir de entonces, introducirás un código después de la contraseña. Puedes marcar **Trust this device** para no tener que introducirlo en ese dispositivo durante 30 días.

**¿Has perdido el móvil?** Inicia sesión con un código de respaldo y vuelve a configurar la 2FA en tu nuevo dispositivo. Si no tienes códigos de respaldo, escríbenos. Verificamos tu identidad antes de quitar la 2FA, lo que puede tardar hasta 2 días hábiles.

Nuestro equipo nunca te pedirá un código de 2FA.`,
  },
  {
    slug: "delete-account-and-data",
    title: "Eliminar tu cuenta y tus datos",
    tags: ["eliminar cuenta", "borrar cuenta", "cerrar cuenta", "borrar datos", "eliminar mis datos", "derecho al olvido", "rgpd", "privacidad", "¿cómo elimino mi cuenta?", "¿cómo cierro mi cuenta?", "¿podéis borrar mis datos personales?"],
    body: `Puedes eliminar para siempre tu cuenta de Lumen & Co. y tus datos personales cuando quieras.

**Antes de empezar:**
- Los pedidos y devoluciones en curso tienen que estar completados o cancelados.
- Si tienes una suscripción Lumen Plus activa, se cancela automáticamente, sin reembolso del periodo en curso.
- Pierdes el **saldo en tienda** de tu monedero.

**Para eliminar tu cuenta:**

1. Entra en **Account > Privacy**.
2. Pulsa **Delete my account**.
3. Escribe tu contraseña y confirma.
4. Pulsa el enlace del correo de confirmación.

Tu cuenta se desactiva al momento. Si cambias de opinión, escríbenos en los **14 días** siguientes y podemos recuperarla. Pasado ese plazo, tus datos personales se borran en 30 días.

Conservamos las facturas de los pedidos durante el tiempo que exige la ley fiscal, normalmente hasta 7 años, pero ya no están vinculadas a ninguna cuenta. Si quieres una copia de tus datos antes, solicita la exportación de datos antes de eliminar la cuenta.`,
  },
  {
    slug: "how-we-use-your-data",
    title: "Cómo usamos tus datos",
    tags: ["privacidad", "datos personales", "uso de datos", "cookies", "correos publicitarios", "rgpd", "compartir datos", "darse de baja", "¿vendéis mis datos?", "¿con quién compartís mi información?", "¿cuánto tiempo guardáis mis datos?", "¿cómo dejo de recibir correos publicitarios?"],
    body: `Solo recogemos los datos que necesitamos para gestionar tus pedidos y mejorar tu experiencia.

**Para qué los usamos:**
- Tramitar y entregar pedidos, devoluciones y reembolsos
- Responder a tus consultas de atención al cliente
- Prevenir el fraude y mantener segura tu cuenta
- Con tu consentimiento: correos publicitarios, recomendaciones personalizadas y cookies de análisis

**Con quién los compartimos.** Solo con los socios necesarios para atenderte, como los procesadores de pago y los transportistas. **Nunca vendemos tus datos personales.**

**Cuánto tiempo los guardamos.** Los datos de la cuenta, mientras la cuenta esté abierta. Las conversaciones con atención al cliente, 24 meses, y las facturas, el tiempo que exige la ley fiscal.

**Tus opciones:**

1. Gestiona los correos publicitarios y las cookies en **Account > Privacy**, o usa el enlace para darte de baja de cualquier correo.
2. Pide una copia de tus datos con **Download my data**.
3. Elimina tu cuenta y tus datos cuando quieras.

¿Dudas? Escribe a privacy@lumen.example.`,
  },
  {
    slug: "data-export-request",
    title: "Solicitar una copia de tus datos",
    tags: ["exportar datos", "descargar mis datos", "copia de mis datos", "rgpd", "derecho de acceso", "privacidad", "datos personales", "¿puedo tener una copia de mis datos?", "¿cómo descargo todos mis datos personales?", "¿cómo ejerzo el derecho de acceso?"],
    body: `Puedes descargar gratis una copia de los datos personales que tenemos sobre ti cuando quieras.

1. Inicia sesión y entra en **Account > Privacy**.
2. Pulsa **Download my data**.
3. Confirma con tu contraseña (y un código de 2FA si la tienes activada).

Te avisamos por correo cuando el archivo esté listo. Suele tardar **hasta 48 horas** y nunca más de 30 días. El enlace de descarga vale **7 días**.

La exportación es un archivo ZIP con ficheros CSV y JSON legibles que contienen:
- Tu perfil, direcciones y preferencias de comunicación
- El historial de pedidos, devoluciones y reembolsos
- Tu suscripción Lumen Plus y el historial de pagos
- Las conversaciones con atención al cliente
- Las opiniones de productos que has escrito

No incluye números de tarjeta, porque nunca los guardamos.

Puedes pedir una exportación cada 24 horas. Si ya no tienes acceso a tu cuenta, escribe a privacy@lumen.example desde la dirección de tu cuenta y verificaremos tu identidad primero.`,
  },
  {
    slug: "smart-lamp-wifi-setup",
    title: "La lámpara inteligente Aurora no se conecta al wifi",
    tags: ["lámpara inteligente", "aurora", "wifi", "wi-fi", "no se conecta", "configuración", "emparejar", "2,4 ghz", "resetear la lámpara", "app lumen home", "mi lámpara inteligente no se conecta al wifi", "la lámpara no se empareja con la app", "¿cómo reinicio la lámpara Aurora?", "la lámpara no encuentra mi red"],
    body: `La lámpara inteligente Aurora solo se conecta a **redes wifi de 2,4 GHz**. No ve las redes de 5 GHz, que es el motivo más habitual de que falle la configuración.

**Revisa tu red:**
- Si tu router junta 2,4 y 5 GHz con un mismo nombre, desactiva temporalmente los 5 GHz o crea una red de 2,4 GHz aparte.
- Usa seguridad WPA2. No son compatibles las redes ocultas ni las que piden iniciar sesión en una página (wifi de hoteles o universidades).
- Deja la lámpara a menos de 10 m del router durante la configuración.

**Resetea la lámpara y vuelve a intentarlo:**

1. Enchufa la lámpara y enciéndela.
2. Mantén pulsado el botón de encendido **10 segundos**, hasta que la luz parpadee en ámbar.
3. Abre la app **Lumen Home** y pulsa **Add device > Aurora Smart Lamp**.
4. Permite el acceso a Bluetooth y a la ubicación cuando te lo pida.
5. Elige tu red de 2,4 GHz y escribe la contraseña con cuidado.

Si sigue sin conectarse, reinicia el router y repite el reseteo.`,
  },
  {
    slug: "app-login-loop",
    title: "La app Lumen Home me pide iniciar sesión una y otra vez",
    tags: ["app", "lumen home", "bucle de inicio de sesión", "me cierra la sesión", "no puedo iniciar sesión", "la app se cierra", "borrar caché", "actualizar la app", "la app me cierra la sesión todo el rato", "la app Lumen Home me pide iniciar sesión otra vez", "estoy atascado en el inicio de sesión de la app"],
    body: `Si la app Lumen Home te devuelve a la pantalla de inicio de sesión después de entrar, normalmente los datos guardados en la app están desactualizados. Sigue estos pasos:

1. **Actualiza la app** desde App Store o Google Play. Las versiones antiguas no pueden iniciar sesión tras las actualizaciones del servidor.
2. **Borra la caché.** En Android, ve a **Ajustes > Aplicaciones > Lumen Home > Almacenamiento > Borrar caché**. En iPhone, elimina la app y vuelve a instalarla; tus dispositivos siguen vinculados a tu cuenta.
3. **Comprueba que la fecha y la hora** del móvil se ajustan automáticamente. Un reloj incorrecto hace que las sesiones parezcan caducadas.
4. **Desactiva las VPN y los bloqueadores de anuncios** temporalmente.
5. **Vuelve a iniciar sesión** con tu correo y tu contraseña de Lumen & Co.

Si usas la verificación en dos pasos, introduce el código en menos de 5 minutos.

¿Sigue sin funcionar? Prueba a iniciar sesión en lumen.example para comprobar que tu contraseña funciona y luego escríbenos con el modelo de tu móvil y la versión de la app.`,
  },
  {
    slug: "firmware-update-failed",
    title: "Ha fallado la actualización del firmware",
    tags: ["firmware", "actualización fallida", "actualizar firmware", "se queda actualizando", "actualización del dispositivo", "lámpara inteligente", "lumen home", "error", "ha fallado la actualización del firmware", "el dispositivo se ha quedado actualizando", "la lámpara parpadea en azul después de actualizar"],
    body: `Las actualizaciones de firmware mejoran el rendimiento y la seguridad de los dispositivos inteligentes Lumen. Si una actualización falla o se queda atascada:

1. **Mantén el dispositivo enchufado.** No lo desenchufes nunca durante una actualización.
2. **Espera 15 minutos.** Algunas actualizaciones reinician el dispositivo más de una vez.
3. **Revisa la conexión.** Acerca el dispositivo al router, o el móvil al dispositivo. Comprueba que el dispositivo está en una red wifi de 2,4 GHz.
4. **Vuelve a intentarlo desde la app.** En **Lumen Home**, abre el dispositivo y luego **Settings > Firmware > Update now**.
5. **Apágalo y vuelve a encenderlo.** Desenchufa el dispositivo 30 segundos, vuelve a enchufarlo e inténtalo de nuevo.

**¿El dispositivo no arranca tras una actualización fallida?** Entra solo en modo de recuperación; en la lámpara inteligente Aurora se ve un pulso azul lento. Abre la app Lumen Home cerca y sigue el aviso **Restore firmware**.

Si la actualización sigue fallando después de dos intentos, escríbenos con el número de serie del dispositivo, que está en **Settings > About**. Los dispositivos que no se recuperan se sustituyen por garantía.`,
  },
  {
    slug: "coffee-grinder-not-turning-on",
    title: "El molinillo Brewmaster Burr Grinder no se enciende",
    tags: ["molinillo de café", "brewmaster", "molinillo", "no se enciende", "no funciona", "no tiene corriente", "muerto", "sobrecalentado", "cocina", "mi molinillo no se enciende", "el molinillo Brewmaster no tiene corriente", "el molinillo ha dejado de funcionar"],
    body: `El molinillo Brewmaster Burr Grinder tiene sistemas de seguridad que impiden que funcione si algo no está bien colocado. Revisa lo siguiente, en este orden:

1. **Corriente.** Enchufa el molinillo directamente a un enchufe de pared que sepas que funciona, no a un alargador ni a un enchufe con temporizador.
2. **Tolva de granos.** Gira la tolva hasta que haga clic en la posición de bloqueo. El molinillo no arranca si está suelta.
3. **Depósito del café molido.** Empújalo hasta el fondo. Un sensor detecta si está puesto.
4. **Sobrecalentamiento.** Tras moler mucho rato, el motor se para para protegerse. Desenchúfalo y deja que se enfríe **30 minutos**.
5. **Atasco.** Desenchúfalo, quita la tolva y la muela superior, y limpia con un cepillo los granos atascados. Los granos aceitosos o aromatizados atascan más a menudo.

Si la pantalla se enciende pero el motor no gira, o no pasa nada después de todas estas comprobaciones, puede que el molinillo esté averiado. Lo cubre nuestra garantía: escríbenos con tu número de pedido y un vídeo corto del problema.`,
  },
  {
    slug: "checkout-error-promo-code",
    title: "Error al pagar o el código promocional no funciona",
    tags: ["error al pagar", "código promocional", "código de descuento", "cupón", "el código no funciona", "vale", "no puedo finalizar la compra", "error en la página de pago", "mi código promocional no funciona", "el código de descuento no es válido", "me sale un error al pagar", "¿puedo usar dos códigos en un pedido?"],
    body: `**¿No se aplica el código promocional?** Revisa las condiciones que acompañan al código:

- Solo se puede usar **un código promocional** por pedido.
- Muchos códigos exigen un **gasto mínimo** o solo valen para ciertas categorías.
- Los códigos no se aplican a tarjetas regalo, suscripciones Lumen Plus ni artículos marcados como *Final sale*.
- Comprueba la **fecha de caducidad** y que el código vale en tu región (EE. UU., Canadá o la UE).
- Algunos códigos son de un solo uso o solo para el primer pedido.

Escribe el código sin espacios; da igual si usas mayúsculas o minúsculas.

**¿La página de pago muestra un error?**

1. Recarga la página. Tu cesta se guarda.
2. Desactiva los bloqueadores de anuncios y las extensiones del navegador para lumen.example.
3. Borra la caché y las cookies del navegador, o prueba en una ventana privada.
4. Prueba con otro navegador o con la app.
5. Quita y vuelve a añadir cualquier artículo que aparezca como "no disponible".

Si el error continúa, escríbenos con una captura de pantalla. Por favor, no repitas el pago muchas veces: cada intento puede dejar una retención temporal en tu tarjeta.`,
  },
];

import type { TranslatedArticle } from "./article-translations";

/**
 * The most-asked help-centre articles in French, with the same facts and slugs as the English
 * ones. Buttons keep the English names the shop shows on screen.
 */
export const frenchArticles: TranslatedArticle[] = [
  {
    slug: "return-policy",
    title: "Notre politique de retour",
    tags: ["retour", "retours", "retourner", "renvoyer", "politique de retour", "délai de retour", "remboursement", "30 jours", "60 jours"],
    body: `Vous avez changé d'avis ? La plupart des articles peuvent être retournés dans les **30 jours suivant la livraison**. Les membres Lumen Plus **Pro** et **Premium** bénéficient d'un délai prolongé de **60 jours**. Lumen Plus Basic suit le délai standard de 30 jours.

Pour être accepté, un article retourné doit être :

1. Inutilisé et dans l'état où vous l'avez reçu.
2. Dans son emballage d'origine, avec tous ses accessoires, notices et câbles.
3. Présent sur la commande au titre de laquelle vous le retournez.

Certains produits ne peuvent pas être retournés, comme les cartes cadeaux et les produits d'hygiène ouverts. La liste complète se trouve dans l'article « Items that can't be returned » (en anglais).

Le retour est gratuit si l'article est arrivé endommagé, défectueux ou s'il ne correspond pas à votre commande. Pour tous les autres retours, des frais fixes de 5,95 $ (7,95 $ CA / 5,95 €) sont déduits de votre remboursement, sauf pour les membres Premium.

Dès que votre retour arrive à notre entrepôt, nous remboursons votre moyen de paiement d'origine sous 5 à 10 jours ouvrés.`,
  },
  {
    slug: "how-to-start-a-return",
    title: "Comment faire un retour",
    tags: ["retour", "faire un retour", "étiquette de retour", "renvoyer", "demande de retour", "déposer le colis", "remboursement", "être remboursé"],
    body: `Vous pouvez lancer un retour en ligne en quelques minutes, sans nous contacter au préalable.

1. Connectez-vous et allez dans **Account > Orders**.
2. Sélectionnez la commande et cliquez sur **Return items**.
3. Choisissez les articles et indiquez un motif pour chacun.
4. Choisissez **Refund** (remboursement) ou **Exchange** (échange).
5. Téléchargez l'étiquette de retour prépayée et imprimez-la, ou présentez le QR code dans un point de dépôt du transporteur.
6. Emballez soigneusement les articles dans leur emballage d'origine et déposez le colis sous 14 jours.

Si le motif est « endommagé », « défectueux » ou « mauvais article », l'étiquette est gratuite. Sinon, des frais fixes de 5,95 $ (7,95 $ CA / 5,95 €) sont déduits de votre remboursement. Les membres Lumen Plus Premium ont toujours l'étiquette gratuite.

Nous vous envoyons un e-mail quand le colis est scanné, puis quand il arrive à notre entrepôt. Votre remboursement suit dans les 5 à 10 jours ouvrés.`,
  },
  {
    slug: "refund-policy-and-timing",
    title: "Remboursements : fonctionnement et délais",
    tags: ["remboursement", "suivi du remboursement", "être remboursé", "quand serai-je remboursé", "délai de remboursement", "où est mon remboursement"],
    body: `Le remboursement est toujours versé sur le **moyen de paiement d'origine**. Si vous avez payé avec une carte cadeau, cette part vous revient sous forme d'avoir.

**Délais.** Dès que votre retour arrive à notre entrepôt, nous le vérifions et vous remboursons sous **5 à 10 jours ouvrés**. La plupart des remboursements partent dans les 2 jours ouvrés qui suivent l'arrivée ; le reste du délai correspond au traitement par votre banque ou PayPal.

**Suivre l'état du remboursement :**

1. Allez dans **Account > Orders** et ouvrez la commande.
2. Le retour affiche l'un de ces états : *Label created*, *In transit*, *Received* ou *Refunded*.
3. Lorsqu'il indique *Refunded*, l'argent est parti et vous recevez aussi un e-mail.

**Ce qui est remboursé.** Vous récupérez le prix payé pour les articles. Les frais de livraison initiaux ne sont remboursés que si l'article était endommagé, défectueux ou envoyé par erreur. Pour un retour par changement d'avis, les frais de retour de 5,95 $ (7,95 $ CA / 5,95 €) sont déduits.

Si 10 jours ouvrés se sont écoulés depuis *Received*, contactez-nous avec votre numéro de commande.`,
  },
  {
    slug: "delivery-times-and-shipping-costs",
    title: "Délais et frais de livraison",
    tags: ["livraison", "frais de livraison", "délai de livraison", "combien de temps", "frais de port", "livraison gratuite", "express", "livraison standard", "canada", "ue"],
    body: `Nous livrons aux **États-Unis, au Canada et dans l'Union européenne**. Les commandes quittent notre entrepôt sous **1 jour ouvré**, et les délais de livraison courent à partir de l'expédition.

| Région | Standard | Express |
| --- | --- | --- |
| États-Unis | 3 à 5 jours ouvrés, 5,99 $ | 1 à 2 jours ouvrés, 14,99 $ |
| Canada | 5 à 8 jours ouvrés, 9,99 $ CA | 2 à 4 jours ouvrés, 24,99 $ CA |
| UE | 7 à 12 jours ouvrés, 8,99 € | 3 à 5 jours ouvrés, 19,99 € |

La **livraison standard est offerte** dès **50 $** d'achat (65 $ CA / 50 €), remises déduites.

Les membres Lumen Plus ont des avantages de livraison :

1. **Basic :** livraison standard offerte dès 25 $ d'achat.
2. **Pro :** livraison standard offerte sur toutes les commandes.
3. **Premium :** livraison express offerte sur toutes les commandes.

Les articles volumineux, comme les tentes et les meubles, peuvent prendre jusqu'à 2 jours ouvrés de plus. Nous ne livrons pas pour l'instant les boîtes postales ni en dehors de ces régions.`,
  },
  {
    slug: "track-your-order",
    title: "Suivre votre commande",
    tags: ["suivi", "suivre ma commande", "où est ma commande", "numéro de suivi", "état de la commande", "livraison", "colis"],
    body: `Dès que votre commande quitte notre entrepôt, nous vous envoyons par e-mail un **lien de suivi**. Vous pouvez aussi la suivre à tout moment :

1. Connectez-vous et allez dans **Account > Orders**.
2. Sélectionnez la commande.
3. Cliquez sur **Track parcel** à côté de chaque envoi.

Une commande de plusieurs articles peut partir en plusieurs colis, chacun avec son propre numéro de suivi.

**Le suivi ne bouge pas ?** Un nouveau numéro de suivi peut mettre jusqu'à **24 heures** à afficher son premier scan. Les colis à destination du Canada et de l'UE peuvent aussi marquer une pause lors du changement de transporteur à la frontière. C'est normal.

Signification des états de commande :

- **Processing :** nous avons reçu votre commande ; elle peut encore être annulée.
- **Packed :** elle est prête à partir et ne peut plus être modifiée.
- **Shipped :** elle est chez le transporteur.
- **Delivered :** le transporteur a confirmé la livraison.

Si votre colis a dépassé sa date de livraison estimée, consultez l'article « My package is delayed or lost » (en anglais).`,
  },
  {
    slug: "payment-methods-and-currencies",
    title: "Moyens de paiement et devises acceptés",
    tags: ["moyens de paiement", "modes de paiement", "payer", "carte bancaire", "carte de crédit", "paypal", "apple pay", "google pay", "devise", "usd", "cad", "eur", "carte cadeau"],
    body: `Nous acceptons les moyens de paiement suivants :

- Visa, Mastercard et American Express (toutes régions)
- Discover (États-Unis uniquement)
- PayPal
- Apple Pay et Google Pay
- Les cartes cadeaux Lumen et les avoirs, cumulables avec tous les moyens ci-dessus

Nous n'acceptons ni le paiement à la livraison, ni les chèques, ni les virements bancaires pour les commandes de particuliers.

**Devises.** Les prix et les débits sont dans la devise de votre pays de livraison :

1. Les commandes vers les **États-Unis** sont débitées en dollars américains (USD).
2. Les commandes vers le **Canada** sont débitées en dollars canadiens (CAD).
3. Les commandes vers l'**UE** sont débitées en euros (EUR).

Il n'est pas possible de choisir une autre devise au paiement. Si votre carte est dans une autre devise, votre banque convertit le montant et peut facturer des frais à l'étranger ; nous n'avons pas la main dessus.

Les abonnements Lumen Plus sont facturés dans la devise du pays de votre compte.`,
  },
  {
    slug: "cancel-an-order",
    title: "Annuler une commande",
    tags: ["annuler", "annuler ma commande", "annulation", "j'ai changé d'avis", "remboursement", "arrêter la commande", "commande"],
    body: `Vous pouvez annuler vous-même une commande dans les **2 heures** qui suivent :

1. Allez dans **Account > Orders**.
2. Sélectionnez la commande.
3. Cliquez sur **Cancel order** et confirmez.

**Au-delà de 2 heures**, contactez-nous au plus vite. Nous pouvons encore annuler tant que la commande n'est pas **emballée**. Une fois emballée ou expédiée, elle ne peut plus être annulée, mais vous pourrez la retourner après livraison selon notre politique de retour habituelle.

Vous pouvez aussi annuler certains articles d'une commande groupée tant qu'elle est en *Processing*.

**Remboursement des commandes annulées.** Vous n'avez rien d'autre à faire :

- Si le paiement n'était encore qu'une autorisation en attente, elle est levée aussitôt, même si votre banque peut mettre 3 à 7 jours ouvrés à la retirer de votre relevé.
- Si vous avez déjà été débité (par exemple avec PayPal), nous remboursons votre moyen de paiement d'origine sous 5 à 10 jours ouvrés.
- Les montants payés par carte cadeau ou avoir reviennent immédiatement dans votre portefeuille.`,
  },
  {
    slug: "change-order-or-shipping-address",
    title: "Modifier une commande ou son adresse de livraison",
    tags: ["modifier ma commande", "changer de commande", "changer d'adresse", "mauvaise adresse", "adresse de livraison", "ajouter un article", "retirer un article"],
    body: `Vous pouvez modifier vous-même une commande dans les **2 heures** qui suivent, tant que son état est *Processing*.

1. Allez dans **Account > Orders** et sélectionnez la commande.
2. Cliquez sur **Edit order**.
3. Modifiez l'adresse de livraison, le mode de livraison ou les quantités, ou retirez des articles.
4. Cliquez sur **Save changes**. Nous vous envoyons une confirmation mise à jour par e-mail.

Si le total change, nous ajustons l'autorisation sur votre carte ou remboursons la différence.

**Vous ne voyez pas Edit order ?** Au-delà de 2 heures, contactez-nous. Nous pouvons encore faire des modifications tant que la commande n'est pas emballée. Une fois emballée, elle ne peut plus être modifiée.

**Changement d'adresse après expédition.** Nous ne pouvons pas rediriger un colis qui a quitté notre entrepôt. Depuis la page de suivi du transporteur, vous pouvez demander une réexpédition ou une mise en attente en point relais, si le transporteur le permet.

**Ajouter des articles.** On ne peut pas ajouter d'articles à une commande existante. Passez une deuxième commande ; si les deux partent le même jour, nous essaierons de les regrouper.`,
  },
  {
    slug: "reset-password-and-locked-account",
    title: "Réinitialiser votre mot de passe ou débloquer votre compte",
    tags: ["réinitialiser le mot de passe", "mot de passe oublié", "mot de passe", "compte bloqué", "impossible de me connecter", "connexion", "se connecter"],
    body: `**Mot de passe oublié ?**

1. Sur la page de connexion, cliquez sur **Forgot password?**
2. Saisissez l'adresse e-mail de votre compte.
3. Ouvrez l'e-mail de Lumen & Co. et cliquez sur le lien de réinitialisation.
4. Choisissez un nouveau mot de passe d'au moins 10 caractères.

Le lien est valable **30 minutes** et ne sert qu'une fois. S'il a expiré, demandez-en un nouveau ; seul le dernier lien fonctionne. Pas d'e-mail au bout de 10 minutes ? Regardez dans vos spams et vérifiez l'adresse saisie.

**Compte bloqué ?** Par sécurité, votre compte est bloqué pendant **30 minutes** après **5 tentatives de connexion échouées** d'affilée. Nous vous prévenons par e-mail. Vous pouvez :

- attendre 30 minutes et réessayer, ou
- réinitialiser votre mot de passe comme indiqué ci-dessus, ce qui débloque votre compte aussitôt.

Si ces tentatives ne viennent pas de vous, réinitialisez votre mot de passe et activez la double authentification.`,
  },
  {
    slug: "damaged-defective-or-missing-items",
    title: "Articles endommagés, défectueux ou manquants",
    tags: ["endommagé", "abîmé", "cassé", "défectueux", "ne fonctionne pas", "article manquant", "commande incomplète", "mauvais article", "remplacement", "remboursement"],
    body: `Désolés si votre commande n'est pas arrivée comme prévu. Nous arrangeons cela sans frais pour vous.

**Endommagé ou défectueux à la réception.** Signalez-le dans les **7 jours suivant la livraison** :

1. Allez dans **Account > Orders**, sélectionnez la commande et cliquez sur **Report a problem**.
2. Ajoutez une courte description et une ou deux photos de l'article et de son emballage.
3. Choisissez un remplacement gratuit ou un remboursement intégral, frais de livraison initiaux compris.

Nous vous envoyons une étiquette de retour gratuite. Pour les articles de faible valeur, nous pouvons vous demander de recycler l'article plutôt que de le renvoyer.

**Articles manquants.** Les grosses commandes partent parfois en plusieurs colis : vérifiez d'abord dans vos e-mails d'expédition s'il y a plusieurs numéros de suivi. Si tout a été livré et qu'il manque encore quelque chose, signalez-le dans les **14 jours suivant la livraison** avec le même bouton **Report a problem**. Indiquez l'article manquant et nous l'enverrons ou le rembourserons.

Les défauts qui apparaissent plus tard sont couverts par la garantie du produit.`,
  },
];

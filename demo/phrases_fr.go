package demo

// French: buyers in France, Belgium and Quebec, mostly on the Shopify site
// and Amazon UK.
var phrasesFR = &Phrasebook{
	Lang: "fr",
	Names: []string{"Camille Dubois", "Julien Martin", "Chloé Bernard", "Nicolas Petit", "Léa Moreau",
		"Antoine Lefebvre", "Manon Girard"},
	Greetings: []string{"Bonjour,", "Bonjour Madame, Monsieur,", ""},
	Signoffs:  []string{"Merci d'avance,\n{name}", "Cordialement,\n{name}", "Bien à vous"},
	Context: []string{
		"Je suis une cliente fidèle et c'est la première fois que cela arrive.",
		"C'était un cadeau d'anniversaire.",
		"Mon adresse e-mail est {email}.",
	},
	Subjects: map[string][]string{
		"order_status":      {"Où en est ma commande {order} ?", "Suivi bloqué depuis {days} jours"},
		"not_received":      {"Colis indiqué livré mais jamais reçu", "Commande {order} non reçue"},
		"not_as_described":  {"Article arrivé cassé", "Mauvais article reçu"},
		"return_exchange":   {"Retour de la commande {order}", "Échange possible contre une autre couleur ?"},
		"refund_request":    {"Demande de remboursement", "Remboursement commande {order}"},
		"refund_delay":      {"Remboursement toujours pas reçu", "Où est mon remboursement ?"},
		"cancel_order":      {"Annulation de la commande {order}", "Changement d'adresse de livraison"},
		"payment_issue":     {"Carte refusée lors du paiement", "Paiement échoué mais montant débité"},
		"duplicate_charge":  {"Débité deux fois", "Double prélèvement sur ma carte"},
		"fx_dispute":        {"Montant débité supérieur au prix affiché", "Frais de change non annoncés"},
		"chargeback_threat": {"Dernier avertissement avant opposition bancaire", "Je vais contester le paiement"},
		"presale_question":  {"Question produit : {product}", "Livrez-vous en Belgique ?"},
	},
	Messages: map[string][]string{
		"order_status": {
			"J'ai passé la commande {order} il y a {days} jours et le numéro de suivi {tracking} n'a pas bougé depuis. Quand vais-je recevoir ma commande ?",
			"Le suivi {carrier} indique « en transit » depuis une semaine. Le colis est-il bloqué à la douane ?",
		},
		"not_received": {
			"Le suivi indique que le colis a été livré hier, mais je n'ai rien reçu, ni dans ma boîte aux lettres ni chez les voisins. Commande {order}.",
			"Cela fait {days} jours et je n'ai toujours pas reçu ma commande ({product}). Je pense que le colis est perdu.",
		},
		"not_as_described": {
			"L'article ({product}) est arrivé avec le boîtier fissuré et le carton écrasé. Je vous joins des photos. Commande {order}.",
			"J'ai commandé la version noire et j'ai reçu la blanche. En plus le câble fourni n'est pas USB-C comme indiqué.",
		},
		"return_exchange": {
			"Je souhaite retourner l'article ({product}) de la commande {order}, il est encore sous blister. Pouvez-vous m'envoyer une étiquette de retour ?",
			"Est-ce que je peux échanger l'article ({product}) contre le modèle gris au lieu de le renvoyer ?",
		},
		"refund_request": {
			"Merci de me rembourser la commande {order}, l'article ({product}) ne correspond pas à mes besoins.",
			"L'écran est rayé. Je le garde si vous m'accordez un remboursement partiel, sinon je souhaite un remboursement complet.",
		},
		"refund_delay": {
			"J'ai renvoyé l'article ({product}) il y a deux semaines et {carrier} confirme la livraison chez vous, mais je n'ai toujours pas reçu le remboursement de {amount}.",
			"Vous m'avez confirmé le remboursement il y a {days} jours et rien n'apparaît sur mon compte. Pouvez-vous me donner une référence ?",
		},
		"cancel_order": {
			"J'ai passé la commande {order} par erreur il y a une heure. Merci de l'annuler avant l'expédition.",
			"Je dois changer l'adresse de livraison de la commande {order}, je déménage vendredi.",
		},
		"payment_issue": {
			"Ma carte bancaire est refusée à chaque tentative alors que ma banque dit qu'il n'y a aucun problème. Y a-t-il un autre moyen de paiement ?",
			"Le paiement a échoué mais un montant de {amount} est en attente sur mon compte. La commande est-elle passée ou non ?",
		},
		"duplicate_charge": {
			"J'ai été débité deux fois de {amount} pour la commande {order}. Je n'ai commandé qu'une seule fois, merci de rembourser le doublon.",
		},
		"fx_dispute": {
			"Le prix affiché était de {amount}, mais ma banque m'a prélevé presque 8 % de plus à cause du paiement en dollars. Ces frais de change n'étaient indiqués nulle part.",
		},
		"chargeback_threat": {
			"C'est mon troisième message au sujet de la commande {order}. Sans remboursement sous 48 heures, je ferai opposition auprès de ma banque.",
			"Aucune réponse depuis {days} jours. Je conteste le paiement auprès de ma banque aujourd'hui.",
		},
		"presale_question": {
			"Ce produit ({product}) est-il compatible avec l'iPhone 15 ? Quelle est la durée de la garantie ?",
			"Livrez-vous en Belgique ? Combien de temps faut-il compter, et y a-t-il des frais de douane ?",
		},
	},
	Replies: map[string][]string{
		"order_status":      {"Merci pour votre message. Votre commande {order} a été remise à {carrier} (suivi {tracking}) et devrait arriver sous 3 à 5 jours ouvrés."},
		"not_received":      {"Nous sommes désolés que le colis ne soit pas arrivé. Nous avons ouvert une enquête auprès de {carrier} ; s'il reste introuvable, nous vous renverrons l'article ou vous rembourserons intégralement."},
		"not_as_described":  {"Toutes nos excuses. Pouvez-vous nous envoyer une photo de l'article et de l'étiquette d'expédition ? Nous vous enverrons un remplacement gratuitement."},
		"return_exchange":   {"Aucun problème. Nous vous avons envoyé par e-mail une étiquette de retour prépayée pour la commande {order}. Vous disposez de 14 jours pour déposer le colis."},
		"refund_request":    {"Nous avons effectué un remboursement de {amount} sur votre moyen de paiement d'origine. Comptez 5 à 10 jours ouvrés selon votre banque."},
		"refund_delay":      {"Nous avons vérifié la commande {order} : le remboursement de {amount} a bien été effectué de notre côté. Si vous ne le voyez pas d'ici 10 jours ouvrés, nous vous transmettrons la référence ARN pour votre banque."},
		"cancel_order":      {"C'est fait : la commande {order} est annulée et vous ne serez pas débité."},
		"payment_issue":     {"Désolés pour ce désagrément. Le montant en attente est une simple autorisation que votre banque libérera automatiquement ; la commande n'a pas été validée."},
		"duplicate_charge":  {"Vous avez raison, nous voyons deux débits de {amount}. Nous venons de rembourser le doublon."},
		"fx_dispute":        {"Notre boutique facture en USD ; l'écart vient du taux de change et des frais de votre banque. À titre commercial, nous vous avons remboursé la différence."},
		"chargeback_threat": {"Toutes nos excuses pour ce délai. Nous avons remboursé aujourd'hui {amount} pour la commande {order} ; inutile donc d'ouvrir une contestation."},
		"presale_question":  {"Merci de votre intérêt ! L'article est en stock, expédié sous 24 heures et garanti 12 mois."},
	},
	FollowUps:   []string{"Avez-vous du nouveau ?", "Je n'ai toujours pas de réponse."},
	PhotosSent:  []string{"Je vous ai envoyé les photos demandées."},
	Thanks:      map[string][]string{"any": {"Bien reçu, merci beaucoup !", "Parfait, merci pour votre aide."}, "refund": {"Le remboursement est arrivé, merci."}, "parcel": {"Colis reçu aujourd'hui, merci !"}},
	Holding:     []string{"Merci de votre patience. Nous avons transmis votre demande à notre équipe entrepôt et logistique et revenons vers vous sous 24 heures."},
	ReplyOpens:  []string{"Bonjour {name},", "Chère cliente, cher client,"},
	ReplyCloses: []string{"Cordialement,\n{agent}\nService client {store}", "Bien à vous,\n{agent}"},
}

package demo

// German: buyers on Amazon DE, eBay and the Shopify site.
var phrasesDE = &Phrasebook{
	Lang: "de",
	Names: []string{"Thomas Müller", "Anna Schmidt", "Lukas Weber", "Julia Schneider", "Stefan Fischer",
		"Katharina Becker", "Jonas Wagner", "Sabine Hoffmann"},
	Greetings: []string{"Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", ""},
	Signoffs:  []string{"Viele Grüße\n{name}", "Mit freundlichen Grüßen\n{name}", "Danke und Gruß"},
	Context: []string{
		"Ich bin Stammkunde und so etwas ist mir noch nie passiert.",
		"Das Paket war als Geschenk gedacht.",
		"Meine E-Mail-Adresse lautet {email}.",
		"Ich bin ab Montag im Urlaub, bitte melden Sie sich bald.",
	},
	Subjects: map[string][]string{
		"order_status":      {"Wo bleibt meine Bestellung {order}?", "Sendungsverfolgung seit {days} Tagen unverändert"},
		"not_received":      {"Paket als zugestellt markiert, aber nicht erhalten", "Bestellung {order} nie angekommen"},
		"not_as_described":  {"{product} beschädigt angekommen", "Falscher Artikel geliefert", "{product} funktioniert nicht mehr"},
		"return_exchange":   {"Rücksendung Bestellung {order}", "Umtausch gegen andere Farbe möglich?"},
		"refund_request":    {"Bitte um Rückerstattung", "Erstattung für Bestellung {order}"},
		"refund_delay":      {"Rückerstattung noch nicht erhalten", "Wo bleibt meine Erstattung?"},
		"cancel_order":      {"Bestellung {order} stornieren", "Lieferadresse ändern"},
		"payment_issue":     {"Zahlung abgelehnt", "Zahlung fehlgeschlagen, Betrag trotzdem reserviert"},
		"duplicate_charge":  {"Doppelt abgebucht", "Zweimal belastet für eine Bestellung"},
		"fx_dispute":        {"Höherer Betrag abgebucht als angezeigt", "Fremdwährungsgebühr auf meiner Abrechnung"},
		"chargeback_threat": {"Letzte Frist vor Rückbuchung", "Ich werde die Zahlung bei meiner Bank zurückbuchen lassen"},
		"presale_question":  {"Produktfrage: {product}", "Liefern Sie auch nach Österreich?"},
	},
	Messages: map[string][]string{
		"order_status": {
			"Ich habe vor {days} Tagen bestellt (Bestellnummer {order}), aber die Sendungsnummer {tracking} zeigt immer noch nur „Sendungsdaten übermittelt“. Wann wird das Paket verschickt?",
			"Wo ist mein Paket? Laut {carrier} hängt es seit einer Woche im Zoll. Können Sie da nachhaken?",
		},
		"not_received": {
			"Laut Sendungsverfolgung wurde das Paket gestern zugestellt, aber ich habe nichts bekommen – weder im Briefkasten noch bei den Nachbarn. Bestellung {order}.",
			"Es sind jetzt {days} Tage vergangen und meine Bestellung ({product}) ist immer noch nicht da. Ich vermute, das Paket ist verloren gegangen.",
		},
		"not_as_described": {
			"Der Artikel ({product}) kam heute mit gebrochenem Gehäuse an, der Karton war eingedrückt. Fotos hänge ich an. Bestellnummer {order}.",
			"Ich habe Schwarz bestellt und Weiß bekommen. Außerdem liegt nur ein Micro-USB-Kabel bei, obwohl USB-C angegeben war.",
			"Das Gerät ({product}) hat nach zwei Tagen den Geist aufgegeben und lässt sich nicht mehr einschalten. Das entspricht nicht der Beschreibung.",
		},
		"return_exchange": {
			"Ich möchte den Artikel ({product}) aus Bestellung {order} zurückschicken, er ist noch originalverpackt. Können Sie mir ein Rücksendeetikett schicken?",
			"Kann ich den Artikel ({product}) gegen die graue Variante umtauschen, statt ihn zurückzugeben?",
		},
		"refund_request": {
			"Bitte erstatten Sie mir den Kaufpreis für Bestellung {order}. Der Artikel ({product}) erfüllt nicht meine Erwartungen.",
			"Das Gerät hat Kratzer. Bei einer Teilerstattung würde ich es behalten, ansonsten bitte ich um volle Rückerstattung.",
		},
		"refund_delay": {
			"Ich habe den Artikel ({product}) vor zwei Wochen zurückgeschickt, {carrier} bestätigt die Zustellung bei Ihnen – aber die Rückerstattung über {amount} ist immer noch nicht da.",
			"Sie haben mir vor {days} Tagen die Erstattung bestätigt, auf meinem Konto ist aber nichts eingegangen. Können Sie mir eine Referenznummer nennen?",
		},
		"cancel_order": {
			"Ich habe Bestellung {order} versehentlich aufgegeben. Bitte stornieren Sie sie, bevor sie verschickt wird.",
			"Bitte ändern Sie die Lieferadresse für Bestellung {order}: Lindenstraße 12, 10969 Berlin.",
		},
		"payment_issue": {
			"Meine Kreditkarte wird beim Bezahlen immer abgelehnt, obwohl die Bank sagt, dass alles in Ordnung ist. Kann ich auch per PayPal oder Überweisung zahlen?",
			"Die Zahlung ist fehlgeschlagen, aber auf meinem Konto ist ein Betrag von {amount} reserviert. Ist die Bestellung nun durch oder nicht?",
		},
		"duplicate_charge": {
			"Mir wurden für Bestellung {order} zweimal {amount} abgebucht. Ich habe nur einmal bestellt – bitte erstatten Sie die doppelte Abbuchung.",
		},
		"fx_dispute": {
			"Im Shop stand {amount}, abgebucht wurde aber fast 8 % mehr, weil in US-Dollar abgerechnet wurde. Von einer Fremdwährungsgebühr war nie die Rede.",
		},
		"chargeback_threat": {
			"Das ist meine dritte Nachricht zu Bestellung {order}. Wenn ich nicht innerhalb von 48 Stunden mein Geld zurückbekomme, lasse ich die Zahlung über meine Bank zurückbuchen.",
			"Seit {days} Tagen keine Antwort. Ich lasse die Zahlung heute zurückbuchen und melde den Verkäufer.",
		},
		"presale_question": {
			"Ist das Produkt ({product}) mit dem iPhone 15 kompatibel? Und wie lange ist die Garantie?",
			"Liefern Sie auch nach Österreich, und fallen dabei Zollgebühren an?",
		},
	},
	Replies: map[string][]string{
		"order_status":      {"Vielen Dank für Ihre Nachricht. Ihre Bestellung {order} wurde an {carrier} übergeben (Sendungsnummer {tracking}) und sollte in 3–5 Werktagen bei Ihnen sein."},
		"not_received":      {"Es tut uns leid, dass das Paket nicht angekommen ist. Wir haben bei {carrier} einen Nachforschungsauftrag gestellt. Sollte das Paket nicht auftauchen, schicken wir Ersatz oder erstatten den vollen Betrag."},
		"not_as_described":  {"Das tut uns sehr leid. Bitte senden Sie uns ein Foto des Artikels und des Versandetiketts, dann schicken wir Ihnen kostenlos Ersatz – den defekten Artikel müssen Sie nicht zurückschicken."},
		"return_exchange":   {"Kein Problem. Wir haben Ihnen ein kostenloses Rücksendeetikett für Bestellung {order} per E-Mail geschickt. Bitte geben Sie das Paket innerhalb von 14 Tagen ab."},
		"refund_request":    {"Wir haben Ihnen {amount} auf Ihr ursprüngliches Zahlungsmittel erstattet. Je nach Bank dauert die Gutschrift 5–10 Werktage."},
		"refund_delay":      {"Wir haben Bestellung {order} geprüft: Die Rückerstattung über {amount} ist bei uns verbucht. Banken brauchen dafür meist 5–10 Werktage. Falls danach noch nichts da ist, schicken wir Ihnen die ARN-Referenz für Ihre Bank."},
		"cancel_order":      {"Erledigt – Bestellung {order} ist storniert, es wird nichts abgebucht."},
		"payment_issue":     {"Entschuldigen Sie die Unannehmlichkeiten. Der reservierte Betrag ist nur eine Autorisierung, die Ihre Bank in wenigen Tagen automatisch freigibt; die Bestellung ist nicht zustande gekommen."},
		"duplicate_charge":  {"Sie haben recht, wir sehen zwei Belastungen über {amount}. Die doppelte Abbuchung haben wir soeben erstattet."},
		"fx_dispute":        {"Unser Shop rechnet in USD ab; die Differenz entsteht durch den Wechselkurs und die Auslandsgebühr Ihrer Bank. Aus Kulanz haben wir Ihnen die Differenz erstattet."},
		"chargeback_threat": {"Entschuldigen Sie die späte Antwort. Wir haben Ihnen heute {amount} für Bestellung {order} vollständig erstattet, eine Rückbuchung ist also nicht nötig."},
		"presale_question":  {"Danke für Ihr Interesse! Der Artikel ist auf Lager, wird innerhalb von 24 Stunden verschickt und hat 12 Monate Garantie."},
	},
	FollowUps:   []string{"Gibt es schon Neuigkeiten?", "Ich warte immer noch auf eine Antwort."},
	PhotosSent:  []string{"Die gewünschten Fotos habe ich angehängt."},
	Thanks:      map[string][]string{"any": {"Alles klar, vielen Dank!"}, "refund": {"Die Erstattung ist angekommen, danke."}, "parcel": {"Paket ist heute gekommen, danke fürs Nachhaken."}},
	Holding:     []string{"Vielen Dank für Ihre Geduld. Wir haben Ihr Anliegen an unser Lager- und Logistikteam weitergegeben und melden uns innerhalb von 24 Stunden."},
	ReplyOpens:  []string{"Hallo {name},", "Guten Tag {name},"},
	ReplyCloses: []string{"Viele Grüße\n{agent}\n{store} Kundenservice", "Mit freundlichen Grüßen\n{agent}"},
}

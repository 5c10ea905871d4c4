package demo

// Spanish: US Hispanic buyers on Amazon US, buyers in Spain and Mexico on
// the Shopify site.
var phrasesES = &Phrasebook{
	Lang: "es",
	Names: []string{"María García", "José Rodríguez", "Lucía Fernández", "Carlos Martínez", "Ana López",
		"Javier Sánchez", "Sofía Ramírez", "Diego Torres"},
	Greetings: []string{"Hola,", "Buenos días,", "Estimado vendedor:", ""},
	Signoffs:  []string{"Gracias,\n{name}", "Saludos,\n{name}", "Un saludo"},
	Context: []string{
		"Soy cliente habitual y nunca me había pasado esto.",
		"Era un regalo de cumpleaños para mi hija.",
		"Mi correo es {email}.",
		"Por favor, respóndanme lo antes posible.",
	},
	Subjects: map[string][]string{
		"order_status":      {"¿Dónde está mi pedido {order}?", "El seguimiento no se actualiza"},
		"not_received":      {"Pedido marcado como entregado pero no lo he recibido", "No he recibido mi pedido {order}"},
		"not_as_described":  {"El producto llegó dañado", "Me enviaron un artículo equivocado"},
		"return_exchange":   {"Devolución: {product}", "¿Puedo cambiarlo por otro color?"},
		"refund_request":    {"Solicitud de reembolso - pedido {order}", "Quiero que me devuelvan el dinero"},
		"refund_delay":      {"Todavía no he recibido el reembolso", "Reembolso pendiente desde hace {days} días"},
		"cancel_order":      {"Cancelar pedido {order}", "Cambiar la dirección de envío"},
		"payment_issue":     {"Mi tarjeta es rechazada", "Error en el pago"},
		"duplicate_charge":  {"Me cobraron dos veces", "Cargo duplicado en mi tarjeta"},
		"fx_dispute":        {"Me cobraron más del precio indicado", "Comisión por cambio de divisa"},
		"chargeback_threat": {"Voy a reclamar a mi banco", "Último aviso antes de abrir una disputa"},
		"presale_question":  {"Consulta sobre {product}", "¿Hacen envíos a México?"},
	},
	Messages: map[string][]string{
		"order_status": {
			"Hice el pedido {order} hace {days} días y el número de seguimiento {tracking} sigue sin moverse. ¿Cuándo me va a llegar el pedido?",
			"El seguimiento de {carrier} dice \"en tránsito\" desde hace una semana. ¿Está retenido en aduanas?",
		},
		"not_received": {
			"El seguimiento dice que el paquete se entregó ayer, pero no he recibido nada y mis vecinos tampoco. Pedido {order}. ¿Qué pueden hacer?",
			"Han pasado {days} días y todavía no tengo mi pedido ({product}). Creo que el paquete se ha perdido.",
		},
		"not_as_described": {
			"El artículo ({product}) llegó con la carcasa rota y la caja aplastada. Les adjunto fotos. Pedido {order}.",
			"Pedí el color negro y me llegó blanco. Además no trae el cable USB-C que aparece en el anuncio.",
		},
		"return_exchange": {
			"Quiero devolver el artículo ({product}) del pedido {order}, todavía está sin abrir. ¿Me pueden enviar una etiqueta de devolución?",
			"El color no me convence. ¿Puedo cambiarlo por el gris en lugar de devolverlo?",
		},
		"refund_request": {
			"Por favor, reembólsenme el pedido {order}. El artículo no funciona como esperaba y quiero que me devuelvan el dinero.",
			"El artículo tiene varios arañazos. Me lo quedo si me hacen un reembolso parcial; si no, quiero el reembolso completo.",
		},
		"refund_delay": {
			"Devolví el artículo ({product}) hace dos semanas y {carrier} confirma que lo recibieron, pero todavía no me han devuelto los {amount}.",
			"Me confirmaron el reembolso hace {days} días y no aparece nada en mi tarjeta. ¿Me pueden dar un número de referencia?",
		},
		"cancel_order": {
			"Hice el pedido {order} por error hace una hora. Por favor, cancélenlo antes de enviarlo.",
			"Necesito cambiar la dirección de entrega del pedido {order}, me mudo el viernes.",
		},
		"payment_issue": {
			"Mi tarjeta Visa es rechazada cada vez que intento pagar, aunque el banco dice que no hay ningún problema. ¿Hay otra forma de pago?",
			"El pago dio error, pero en mi cuenta aparece un cargo pendiente de {amount}. ¿Se hizo el pedido o no?",
		},
		"duplicate_charge": {
			"Me cobraron {amount} dos veces por el pedido {order}. Solo hice un pedido. Por favor, devuélvanme el cargo duplicado.",
		},
		"fx_dispute": {
			"El anuncio decía {amount}, pero en mi tarjeta me cobraron casi un 8 % más por el cambio de divisa. Nadie me avisó de esa comisión.",
		},
		"chargeback_threat": {
			"Es la tercera vez que escribo por el pedido {order}. Si en 48 horas no me devuelven el dinero, abriré una disputa con mi banco.",
			"Llevo {days} días esperando respuesta. Hoy mismo abro una reclamación y pido a mi banco que anule el cargo.",
		},
		"presale_question": {
			"¿Este producto ({product}) es compatible con el iPhone 15? ¿Tiene garantía?",
			"¿Hacen envíos a México? ¿Cuánto tarda y hay que pagar impuestos de importación?",
		},
	},
	Replies: map[string][]string{
		"order_status":      {"Gracias por escribirnos. Su pedido {order} ya salió de nuestro almacén con {carrier} (seguimiento {tracking}) y debería llegar en 3-5 días hábiles."},
		"not_received":      {"Lamentamos que el paquete no haya llegado. Hemos abierto una investigación con {carrier}; si no lo localizan en 48 horas, le enviaremos otro o le reembolsaremos el importe completo."},
		"not_as_described":  {"Sentimos mucho que el artículo llegara así. ¿Nos puede enviar una foto del artículo y de la etiqueta de envío? Le mandaremos uno nuevo sin coste."},
		"return_exchange":   {"Sin problema. Le hemos enviado por correo una etiqueta de devolución prepagada para el pedido {order}. Tiene 14 días para entregarlo."},
		"refund_request":    {"Hemos emitido un reembolso de {amount} a su método de pago original. Puede tardar de 5 a 10 días hábiles en aparecer."},
		"refund_delay":      {"Hemos comprobado el pedido {order}: el reembolso de {amount} está procesado. Si en 10 días hábiles no lo ve, le enviaremos el número de referencia para su banco."},
		"cancel_order":      {"Listo, el pedido {order} está cancelado y no se le cobrará nada."},
		"payment_issue":     {"Disculpe las molestias. El cargo pendiente es una retención temporal que su banco liberará en unos días; el pedido no se completó."},
		"duplicate_charge":  {"Tiene razón, vemos dos cargos de {amount}. Ya hemos reembolsado el duplicado."},
		"fx_dispute":        {"Nuestra tienda cobra en USD; la diferencia corresponde al tipo de cambio y la comisión de su banco. Como gesto de buena voluntad le hemos reembolsado la diferencia."},
		"chargeback_threat": {"Perdone la demora. Hoy hemos reembolsado {amount} por el pedido {order}, así que no hace falta abrir una disputa."},
		"presale_question":  {"¡Gracias por su interés! El producto está disponible, se envía en 24 horas y tiene 12 meses de garantía."},
	},
	FollowUps:   []string{"¿Alguna novedad?", "Sigo sin respuesta."},
	PhotosSent:  []string{"Ya les envié las fotos que pidieron."},
	Thanks:      map[string][]string{"any": {"Recibido, ¡muchas gracias!", "Perfecto, problema resuelto."}, "refund": {"Ya me llegó el reembolso, gracias."}, "parcel": {"Ya me llegó el paquete, gracias."}},
	Holding:     []string{"Gracias por su paciencia. Hemos trasladado su caso a nuestro equipo de almacén y logística y le responderemos en 24 horas."},
	ReplyOpens:  []string{"Hola, {name}:", "Estimado/a {name}:"},
	ReplyCloses: []string{"Un saludo,\n{agent}\nAtención al cliente de {store}", "Saludos cordiales,\n{agent}"},
}

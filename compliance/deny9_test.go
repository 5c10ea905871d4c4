package compliance

import "testing"

// Replies that must stay clean though they name a chat app or a payment
// service: the buyer's wish quoted back and refused in Spanish, French,
// Chinese and English; refusals in Tagalog, Thai and Hinglish; warnings
// against impostors; a local way of paying taken at the platform's own
// checkout or by its courier; apps and wallets named as what a device
// does; a problem to be raised before any feedback. Their near twins that
// do offer the thing are still found.
func TestDeny9RefusalsWarningsAndFeatures(t *testing.T) {
	pay := []Kind{OffPlatformPayment}
	contact := []Kind{ContactInfo}
	review := []Kind{ReviewManipulation}
	checkKindsCases(t, []kindsCase{
		// The buyer's wish, quoted back and refused.
		{"amazon", "Usted nos pidió que le devolviéramos el dinero por transferencia bancaria. Por desgracia no es posible: los 24,90 € se le devolverán a través de Amazon.", nil},
		{"amazon", "Nos pidió un reembolso por Bizum. Lamentablemente no es posible; el reembolso de 12 € lo hará Amazon a su tarjeta.", nil},
		{"tiktok", "Tu nous demandes si tu peux régler par Lydia : désolées, sur TikTok Shop le paiement se fait dans l'appli.", nil},
		{"amazon", "Me preguntas si puedes comprar el juego de sábanas por WhatsApp: lo siento, Amazon solo nos deja vender y hablar por su plataforma.", nil},
		{"amazon", "您詢問能否加LINE私下購買別的顏色，很抱歉，亞馬遜規定只能在平台內交易。", nil},
		{"amazon", "You asked whether you could buy the 6-pack straight from us by bank transfer. I'm sorry, we can only sell it through Amazon.", nil},
		// Refusals with the platform's own rule.
		{"lazada", "Pasensya na po, bawal po sa Lazada ang bayad sa labas tulad ng GCash o Maya. Sa checkout lang po.", nil},
		{"lazada", "ขออภัยค่ะ ทางร้านให้เลขบัญชีไม่ได้ หากมีใครอ้างเป็นร้านแล้วขอให้โอนเงิน กรุณาแจ้งลาซาด้าค่ะ", nil},
		{"shopify", "Order #7781 confirm hai. Payment UPI ya card se website pe hi hota hai, hum personal UPI ID pe payment kabhi nahi maangte.", nil},
		// Warnings against impostors.
		{"ebay", "Heads up: a fake seller is copying my photos and asking people to pay by bank transfer. I never ask for bank transfers, so report anyone who asks for payment outside eBay.", nil},
		{"shopee", "Cuidado com perfis falsos usando nosso nome no WhatsApp pedindo Pix! Nossa loja só vende pela Shopee.", nil},
		{"amazon", "Atenção: há mensagens falsas circulando pedindo pagamento por Pix fora da Amazon. Não pague e denuncie à Amazon.", nil},
		// The platform's own checkout or its courier.
		{"amazon", "Na Amazon.pl zapłaci Pani BLIK-iem bezpośrednio przy składaniu zamówienia.", nil},
		{"tiktok", "Sí, puedes pagar con OXXO directamente en el checkout de TikTok Shop y ahí sale tu referencia.", nil},
		{"amazon", "Claro, puedes pagar en efectivo en OXXO: al finalizar la compra en Amazon.com.mx eliges 'Pago en efectivo' y te dan la referencia.", nil},
		{"lazada", "Cash on delivery works: you hand the money to the Lazada rider at the door. No payment to us directly is required.", nil},
		// Apps and wallets as what a device does.
		{"lazada", "The soundbar streams Spotify and can read out LINE and WhatsApp messages aloud.", nil},
		{"amazon", "Yes, this basic feature phone supports the M-Pesa SIM menu and WhatsApp too.", nil},
		{"amazon", "Ναι, το ρολόι υποστηρίζει κλήσεις WhatsApp μέσω Bluetooth.", nil},
		{"amazon", "نعم، الساعة تعرض إشعارات تيليجرام وتدعم الدفع عبر Google Pay.", nil},
		{"shopee", "นาฬิการุ่นนี้แจ้งเตือน LINE และ TrueMoney ได้ค่ะ", nil},
		// A problem to be raised first.
		{"amazon", "Please contact us before leaving feedback if anything is wrong with the kettle; we'll repair it or refund you through Amazon.", nil},
		// …and their twins that do offer the thing.
		{"amazon", "You asked if you could pay by bank transfer — sure, here's our IBAN.", pay},
		{"tiktok", "Tu nous demandes si tu peux payer par Lydia : oui, envoie-moi 30 € sur Lydia.", pay},
		{"lazada", "The soundbar reads out messages, or just video call us on WhatsApp.", contact},
		{"amazon", "Contact us before leaving a review and we'll give you a $10 gift card.", review},
	})
	// Sales off the platform, among the kinds of sales and payments.
	checkKindsAmong(t, []kindsCase{
		{"lazada", "You can pay the driver cash directly, no need to order on Lazada.", []Kind{OffPlatformOrder}},
		{"amazon", "Me preguntas si puedes hacer el pedido por WhatsApp: claro, escríbenos al WhatsApp +52 55 1234 5678.", []Kind{OffPlatformOrder}},
	}, OffPlatformOrder)
}

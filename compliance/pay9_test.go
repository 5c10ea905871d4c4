package compliance

import "testing"

// Money paid outside the platform in regional ways — the wallets of
// Pakistan, East Africa and Nigeria, M-Pesa's business numbers, a card
// number at OXXO, a boleto sent by the seller, a French RIB after a wish
// answered yes, cash to the seller's own driver, the buyer's own e-wallet
// or PayPal — beside the platform's own wallets and checkout, refunds to
// the original payment method, denials, warnings and device features.
func TestPay9RegionalPayments(t *testing.T) {
	pay := OffPlatformPayment
	checkKindCases(t, []kindCase{
		// What the seller does in place of the return is not denied by
		// "instead of".
		{PlatformShopee, "Wrong size sent, so sorry. Instead of a return we send RM8 back to your Touch 'n Go, pls share your number.", pay, true},
		{PlatformShopee, "Instead of Touch 'n Go we only take payment through the Shopee checkout.", pay, false},
		{PlatformShopee, "Instead of a refund to your Touch 'n Go, please open the return request in the app.", pay, false},
		// Wallets of Pakistan, East Africa and Nigeria.
		{PlatformAmazon, "مزید چاہیے تو Easypaisa پر 1800 روپے بھیج دیں، ہم ساتھ پیک کر دیں گے۔", pay, true},
		{PlatformAmazon, "For the spare battery just send KSh 900 via M-Pesa and I'll post it in the same box.", pay, true},
		{PlatformAmazon, "Ukitaka zaidi, lipa kupitia M-Pesa na tutakutumia kesho.", pay, true},
		{PlatformEbay, "Make we do am outside eBay. Pay N25,000 to my Opay and I go ship am today.", pay, true},
		{PlatformAmazon, "Sorry, we can't take JazzCash or Easypaisa, please order the second one through Amazon.", pay, false},
		{PlatformAmazon, "Yes, this handset supports the M-Pesa SIM toolkit and has dual SIM slots.", pay, false},
		{PlatformShopify, "Yes, M-Pesa works at our checkout, just pick 'Lipa na M-Pesa' when you pay.", pay, false},
		{PlatformAmazon, "Please note we will never ask you to pay by Opay outside Amazon; if someone claiming to be us does, report it.", pay, false},
		{PlatformEbay, "We no dey collect Opay o, abeg pay through the eBay checkout.", pay, false},
		{PlatformAmazon, "M-Pesa is accepted at checkout, just choose it when you place the order.", pay, false},
		// M-Pesa's business numbers, on the seller's own channel too.
		{PlatformShopify, "Our checkout is having issues today, so send KSh 2,500 to Paybill 400200 account 55123 and I'll confirm it by hand.", pay, true},
		{PlatformAmazon, "Our shop in Nairobi is open till 18:00 on Saturdays.", pay, false},
		{PlatformShopify, "Our checkout is having issues today, please try again in an hour.", pay, false},
		// A card number given to deposit into.
		{PlatformAmazon, "Si lo quieres, deposita $420 en OXXO a la tarjeta 5204 1658 2231 7788 y te lo enviamos.", pay, true},
		{PlatformAmazon, "Cobramos $420 a la tarjeta terminada en 7788 al finalizar la compra en Amazon.", pay, false},
		// A boleto the seller issues around the platform; the checkout's
		// own boleto.
		{PlatformShopee, "Se quiser pagar no boleto fora da Shopee eu emito aqui e te mando, fica 8% mais barato.", pay, true},
		{PlatformShopee, "O pagamento por boleto leva até 3 dias úteis para compensar, depois enviamos.", pay, false},
		{PlatformAmazon, "O boleto gerado pela Amazon vence em 3 dias úteis.", pay, false},
		{PlatformAmazon, "Não aceitamos Pix nem boleto fora da Amazon, só pelo checkout.", pay, false},
		// A wish answered yes; Portuguese "no zap" is "on WhatsApp".
		{PlatformEbay, "Vous m'avez demandé si un virement était possible — pas de problème, voici mon RIB, j'envoie dès réception.", pay, true},
		{PlatformEbay, "Vous m'avez demandé si vous pouviez payer par virement — désolé, ce n'est pas possible, le paiement passe uniquement par eBay.", pay, false},
		{PlatformAmazon, "O segundo cabo que vc perguntou sai por R$ 45 no Pix, chave CNPJ 12.345.678/0001-90. Manda o comprovante no zap.", pay, true},
		// Cash to the seller's own driver; the courier's cash on delivery.
		{PlatformLazada, "For the extra set our own driver can drop it off Friday, just pay him cash RM90 at the door.", pay, true},
		{PlatformLazada, "You chose cash on delivery, so just pay the courier in cash at your door.", pay, false},
		{PlatformLazada, "The J&T rider collects the cash at your door when the parcel arrives.", pay, false},
		// The buyer's own e-wallet or PayPal; the platform's wallets and
		// the original payment method.
		{PlatformTikTok, "Kasih ulasan bintang 5 ya kak, nanti cashback 5rb kami transfer ke e-wallet kamu.", pay, true},
		{PlatformAmazon, "אם תשאירו ביקורת של 5 כוכבים נחזיר לכם 15$ לחשבון הפייפאל שלכם", pay, true},
		{PlatformShopee, "Dana refund Rp15.000 sudah masuk ke ShopeePay kakak ya.", pay, false},
		{PlatformLazada, "Bayaran balik RM12 sudah diproses ke Lazada Wallet anda.", pay, false},
		{PlatformAmazon, "Your $15 refund goes back to your original payment method within 3–5 days.", pay, false},
		{PlatformEbay, "הוספנו את דמי המשלוח לחשבונית ב-eBay, אפשר לשלם שם בפייפאל.", pay, false},
		// Romanian bank transfer, cheaper than the platform.
		{PlatformAmazon, "Pentru comenzi mari plata se face prin transfer bancar, la prețuri mai bune decât pe Amazon.", pay, true},
	})
	// Paying for the order under way while the store's checkout is down is
	// a payment only.
	checkKindsAmong(t, []kindsCase{
		{PlatformShopify, "Website payments are failing today. Kindly pay to our Opay account 8123456789 and send us the receipt.", []Kind{OffPlatformPayment}},
	}, OffPlatformPayment, OffPlatformOrder)
}

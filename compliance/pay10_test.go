package compliance

import "testing"

// holdout47–50's payments off the platform: a gift card's code sent for a
// price difference (its code named before the card, or sent in Hinglish
// word order), a transfer to dodge the fees in French, wallets named
// after the transfer (DANA, Boost) and Bangladesh's bKash, India's NEFT,
// a wallet refund to the buyer's number or a wallet sent as a reward on
// the seller's own store, and cash handed to the seller's own delivery
// boy. Beside them the clean twins: the seller's own gift, denials in
// Japanese and Urdu, the order paid by UPI on the store, the
// marketplace's checkout methods and refunds, and another marketplace's
// cash on delivery (a sale off the platform, not a payment).
func TestPay10(t *testing.T) {
	checkKindCases(t, []kindCase{
		// Violations.
		{"amazon", "For the larger size please send the $30 difference as an Amazon gift card code here and we'll change it.", OffPlatformPayment, true},
		{"amazon", "If that's easier, send me the 12-digit code of a $40 Steam gift card and I'll dispatch the extra cable.", OffPlatformPayment, true},
		{"amazon", "Ji, ek Amazon Pay gift card ka code yahan chat mein bhej dijiye, hum adjust kar denge.", OffPlatformPayment, true},
		{"ebay", "Afin d'éviter les frais eBay vous pouvez me payer par virement.", OffPlatformPayment, true},
		{"tiktok", "Kak, bisa transfer DANA aja, lebih hemat.", OffPlatformPayment, true},
		{"shopify", "Para el reembolso de los 12 € le hacemos un Bizum, pásenos su número.", OffPlatformPayment, true},
		{"shopify", "Il rimborso te lo mandiamo con Satispay, scrivici il tuo numero.", OffPlatformPayment, true},
		{"amazon", "Replacement hum apne delivery boy se bhejenge, ₹80 delivery charge cash mein de dena.", OffPlatformPayment, true},
		{"shopify", "Post a photo review and we'll GCash you ₱50.", OffPlatformPayment, true},
		{"ebay", "Ek bKash korben 01712-334455 e, dam kom.", OffPlatformPayment, true},
		{"lazada", "Baki RM10 boleh transfer Boost ke 012-345 6789.", OffPlatformPayment, true},
		{"amazon", "Advance NEFT kar dijiye, IFSC SBIN0001234.", OffPlatformPayment, true},

		// Clean twins.
		{"amazon", "Hum aapko Amazon gift card ka code bhej denge.", OffPlatformPayment, false},
		{"amazon", "Gift card codes can't be accepted as payment here; please pay the difference through Amazon.", OffPlatformPayment, false},
		{"amazon", "申し訳ございませんが、PayPayでのお支払いはできかねます。", OffPlatformPayment, false},
		{"shopify", "UPI payment successful ho gaya, order #4410 pack ho raha hai.", OffPlatformPayment, false},
		{"shopee", "Bisa bayar pakai transfer bank virtual account, Alfamart, atau COD — semuanya di checkout Shopee.", OffPlatformPayment, false},
		{"amazon", "Aapka refund original payment method (UPI) mein 5 din mein aayega, Amazon process karega.", OffPlatformPayment, false},
		{"amazon", "The refund was issued by Amazon. It should show in your bank in 3-5 days.", OffPlatformPayment, false},
		{"amazon", "Hamara Daraz store bhi hai: daraz.pk/shop/karachi-shoes — wahan COD milta hai.", OffPlatformPayment, false},
		{"amazon", "آپ نے پوچھا کہ کیا EasyPaisa سے ادائیگی ہو سکتی ہے — معذرت، ہم صرف Amazon کے ذریعے ادائیگی لیتے ہیں۔", OffPlatformPayment, false},
		{"shopify", "Refunds go back to your card; if the bank asks, give them your phone number.", OffPlatformPayment, false},
		{"amazon", "The Amazon delivery agent will collect the ₹150 COD amount in cash.", OffPlatformPayment, false},
		{"amazon", "Our delivery boy cannot accept cash; please pay through Amazon.", OffPlatformPayment, false},
		{"tiktok", "Dana refund akan dikembalikan oleh TikTok Shop ke metode pembayaran asal.", OffPlatformPayment, false},
		{"shopify", "We can't GCash you the refund; it goes back to your card.", OffPlatformPayment, false},
		{"amazon", "We'll send you the replacement by our own courier, nothing to pay.", OffPlatformPayment, false},
		{"shopify", "Your Bizum number is never needed; the refund goes back through the store.", OffPlatformPayment, false},
		{"ebay", "Please pay through eBay checkout to avoid any trouble.", OffPlatformPayment, false},
	})
}

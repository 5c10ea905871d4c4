package compliance

import "testing"

// New sales paid off the platform in the wordings holdout43–46 brought:
// more pieces, other colours or a pack the listing lacks ("hab noch drei
// Stück", "tak ada dalam Shopee" said after the payment, "没上架",
// "ที่ไม่มีในร้าน", "två till", "jedną sztukę", "pack de 2", "harga
// borong"), a reservation ("apartarla … te la guardo"), an order cancelled
// by the system sold again by Cash App, "if u order outside Lazada",
// "不用在Lazada下单", and a marketplace's checkout failing with the buyer
// sent to pay around it while the seller ships (on the seller's own store
// the same sentence stays a payment only). Beside them near-twins that
// stay clean or a payment only: money the seller sends the buyer, a refund
// for a damaged item, the checkout failing with no goods sent, denials,
// the goods bought on the platform after all.
func TestOffPlatformOrderOrder9(t *testing.T) {
	const (
		order = OffPlatformOrder
		pay   = OffPlatformPayment
	)
	checkKindsAmong(t, []kindsCase{
		// The marketplace's checkout failing, paid around it, the goods sent.
		{PlatformAmazon, "Looks like checkout keeps failing for you. Email me at lena.parts@gmail.com and I'll send a bank transfer invoice so you get your order by Friday.", []Kind{pay, order}},
		{PlatformLazada, "Checkout error again? just bank in to Maybank 5123 4567 8901 and we ship tomorrow", []Kind{pay, order}},
		{PlatformShopee, "O checkout deu erro? Manda um Pix na chave 11.222.333/0001-44 que eu envio amanhã.", []Kind{pay, order}},
		{PlatformLazada, "Our checkout is acting up, so just bank in to CIMB 8001234567 and we ship today.", []Kind{pay, order}},
		// More goods, other colours, a pack, a wholesale price.
		{PlatformAmazon, "If you ever want the 6-pack for your team, Venmo me $60 and I'll ship it myself.", []Kind{pay, order}},
		{PlatformTikTok, "这款还有三个颜色没上架，要的话微信转账给我，我给你寄。", []Kind{pay, order}},
		{PlatformShopee, "ถ้าอยากได้ลายที่ไม่มีในร้าน โอนพร้อมเพย์มาได้เลยค่ะ", []Kind{pay, order}},
		{PlatformShopee, "Boleh bayar terus guna Touch 'n Go ya. Warna ni tak ada dalam Shopee.", []Kind{pay, order}},
		{PlatformEbay, "Hab noch drei Stück im Keller. Für 25 € per PayPal Freunde gehört eins dir, spart uns die Gebühren.", []Kind{pay, order}},
		{PlatformTikTok, "Nak beli lebih? Transfer terus ke akaun CIMB kami, kami pos lusa.", []Kind{pay, order}},
		{PlatformTikTok, "Kalau nak harga borong, transfer terus ke akaun Maybank ye.", []Kind{pay, order}},
		{PlatformAmazon, "Vill du ha två till? 300 kr/st, swisha till 070-123 45 67.", []Kind{pay, order}},
		{PlatformEbay, "Gdyby Pani chciała jedną sztukę więcej, proszę o przelew BLIK na 600 111 222.", []Kind{pay, order}},
		{PlatformTikTok, "Si quieres el pack de 2 escríbeme al Insta @velas.luz y te lo paso por Bizum", []Kind{pay, order}},
		{PlatformAmazon, "Die Halterung ist leider nicht bei Amazon gelistet. Wir schicken sie Ihnen für 9,90 € inkl. Versand – einfach per PayPal Freunde an halter@gmx.de.", []Kind{pay, order}},
		// Reserved, resold after a cancellation, ordered around the platform.
		{PlatformShopee, "Si quieres apartarla mándame $150 por Mercado Pago y te la guardo hasta el lunes.", []Kind{pay, order}},
		{PlatformTikTok, "Sorry, the system cancelled your order. If you still want the lamp, send $25 to my Cash App and I'll post it.", []Kind{pay, order}},
		{PlatformLazada, "if u order outside Lazada our driver brings it and u pay cash to him", []Kind{pay, order}},
		{PlatformLazada, "欢迎来门市自取，现金付款就可以，不用在Lazada下单。", []Kind{pay, order}},

		// Near-twins. The checkout failing with no goods sent, fixed on the
		// platform, or on the seller's own store in one breath.
		{PlatformEbay, "Should the eBay checkout keep erroring, we can settle the £95 by bank transfer instead.", []Kind{pay}},
		{PlatformLazada, "Checkout failing? Try clearing the app cache and we ship as soon as it goes through.", nil},
		{PlatformShopee, "O checkout deu erro? Tenta de novo pelo app da Shopee, não aceitamos Pix por fora.", nil},
		{PlatformShopify, "Our checkout is acting up, so just Zelle me the $84 for the lamp and I'll ship it tomorrow.", []Kind{pay}},
		// Money sent to the buyer, a refund for a damaged item.
		{PlatformAmazon, "So sorry the kettle arrived broken. Rather than waiting on Amazon's return process, I can send you $20 today, just reply with your Zelle.", []Kind{pay}},
		{PlatformAmazon, "Your 6-pack arrived damaged? I'll refund the $12 by PayPal right away.", []Kind{pay}},
		{PlatformAmazon, "Dzień dobry, zwrot za uszkodzony kubek zrobię BLIKiem, 35 zł. Wtedy nie trzeba czekać na Amazon.", []Kind{pay}},
		// The goods bought on the platform after all.
		{PlatformTikTok, "这款还有三个颜色没上架，上架后会通知你。", nil},
		{PlatformShopee, "Warna ni tak ada dalam Shopee lagi, nanti kami update bila stok masuk.", nil},
		{PlatformEbay, "Hab noch zwei Stück da, einfach hier bei eBay kaufen, Versand morgen.", nil},
		{PlatformTikTok, "Nak beli lebih? Tambah kuantiti dalam troli TikTok ye, kami pos esok.", nil},
		{PlatformLazada, "if u order on Lazada before 3pm we ship the same day", nil},
		{PlatformLazada, "欢迎来门市看看，也可以在Lazada下单，选择货到付款。", nil},
		{PlatformAmazon, "Vill du ha två till? Lägg dem i varukorgen här på Amazon.", nil},
		{PlatformEbay, "Jeśli chce Pan jeszcze jedną sztukę, proszę kupić ją tutaj na aukcji.", nil},
		{PlatformShopee, "Si quieres apartarla, agrégala al carrito de Shopee y te la guardo hasta el lunes.", nil},
		{PlatformAmazon, "Der Preis ist inkl. Versand. Bezahlt wird wie immer über Amazon.", nil},
		// The order cancelled and refunded on the platform, a denial.
		{PlatformTikTok, "Sorry, the system cancelled your order and TikTok will refund you. If you still want the lamp, please order it again in the app.", nil},
		{PlatformShopee, "Maaf, tak boleh bagi nombor atau Telegram dalam Shopee ya, tekan terus kuantiti dalam listing.", nil},
	}, order, pay)
}

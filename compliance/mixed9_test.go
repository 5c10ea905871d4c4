package compliance

import "testing"

// Wholesale deals moved to a chat app at a price of their own, money sent
// to the buyer, the buyer's order number left on a site, a blog's coupon,
// a pickup code, apps a device runs and payment logos printed on goods.
func TestMixed9Order(t *testing.T) {
	checkKindsAmong(t, []kindsCase{
		// A price of the chat's own makes the bulk enquiry a sale.
		{PlatformShopify, "Hi! For wholesale orders please add our WeChat: yiwu_toys_ellen, factory price from 100 pcs", []Kind{ContactInfo, OffPlatformOrder}},
		{PlatformShopify, "For bulk orders message our WhatsApp +86 138 0013 8000, ex-factory price for 200 pcs and up.", []Kind{ContactInfo, OffPlatformOrder}},
		{PlatformShopee, "Chào bạn, nếu muốn mua sỉ giá xưởng thì liên hệ Zalo 0903 112 457 nhé.", []Kind{ContactInfo, OffPlatformOrder}},
		{PlatformAmazon, "대량 구매는 카카오톡 ID: sz_trade_kim 으로 연락 주세요. 공장 직거래 가격으로 드리겠습니다.", []Kind{ContactInfo, OffPlatformOrder}},
		{PlatformLazada, "Chào anh, mẫu này bên em có bán sỉ, anh chuyển khoản trước 50% qua Vietcombank là bên em đặt xưởng làm luôn ạ.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		// Without a price of its own, a bulk enquiry sent to a chat is contact.
		{PlatformShopify, "For the bulk order question, WhatsApp our sales rep Marco on +1 646 555 0172 and he'll put together a quote.", []Kind{ContactInfo}},
		{PlatformShopify, "For wholesale orders please add our WeChat: yiwu_toys_ellen and tell us the quantity.", []Kind{ContactInfo}},
		{PlatformShopee, "Chào bạn, nếu muốn mua sỉ thì liên hệ Zalo 0903 112 457 nhé.", []Kind{ContactInfo}},
		{PlatformAmazon, "대량 구매는 카카오톡 ID: sz_trade_kim 으로 연락 주세요. 감사합니다.", []Kind{ContactInfo}},
		{PlatformShopify, "Factory price applies automatically at checkout from 100 pcs, no code needed.", nil},
		// Money sent to the buyer and claimed is a refund, no sale.
		{PlatformAmazon, "The refund button is greyed out because the order is over 30 days old. I've sent the $22 through Wise instead — claim it here: wise.com/pay/r/Kx82nDq4", []Kind{OffPlatformPayment}},
		{PlatformEbay, "Refunds are stuck on eBay's side, so we transferred the £15 by Wise — claim it from the email they send you.", []Kind{OffPlatformPayment}},
		// The buyer's order number left on a site is no leaving of the platform.
		{PlatformAmazon, "To extend the warranty please register on our website https://warranty.ledmaxpro.com and leave your Amazon order number.", nil},
		{PlatformAmazon, "Please register the product at https://care.brightlamp.com and leave your eBay order ID in the form.", nil},
		{PlatformAmazon, "We're leaving Amazon next month — from then on order at https://shop.ledmaxpro.com.", []Kind{OffPlatformOrder}},
		// A blog is read, not shopped at: its coupon is marketing only.
		{PlatformAmazon, "Meanwhile visit our blog at homiegadgets dot net for tips and a 20% coupon for your next purchase!", []Kind{Promotional}},
		{PlatformAmazon, "Read the care article on our blog at leatherlove.com — there's a 15% coupon for your next purchase too.", []Kind{Promotional}},
		// A range moving with the seller is the sale taken off, not marketing.
		{PlatformEbay, "FYI I'm winding down my eBay store — the whole range is moving to vintagecamerabarn.co.uk, so grab spare batteries there from next month.", []Kind{OffPlatformOrder}},
	}, OffPlatformOrder, ContactInfo, OffPlatformPayment, Promotional)
}

func TestMixed9ContactPayment(t *testing.T) {
	checkKindsAmong(t, []kindsCase{
		// Apps a device runs are features.
		{PlatformEbay, "Yes, the tablet runs Zoom, Skype and WhatsApp video out of the box.", nil},
		{PlatformAmazon, "The TV box comes with Telegram and Skype preinstalled.", nil},
		{PlatformEbay, "Yes, the tablet runs fine — add me on Skype if you need help setting it up.", []Kind{ContactInfo}},
		// A pickup code is no phone number.
		{PlatformShopee, "7-11 顯示已到店，取件編號是 0912-338-406，麻煩您三天內去領取喔。", nil},
		{PlatformShopee, "包裹已到店，取件码是 0912 338 406，请尽快领取。", nil},
		{PlatformShopee, "有問題請打我的電話 0912-338-406。", []Kind{ContactInfo}},
		// A payment service's logo or sticker on the goods is no payment.
		{PlatformAmazon, "Hi, the 'WeChat Pay' sticker in photo 4 is part of the product — the acrylic stand holds a QR code card for shop counters.", nil},
		{PlatformAmazon, "The Alipay logo on the package is because it's the Chinese version box.", nil},
		{PlatformAmazon, "Die PayPal-Aufkleber auf der Verpackung gehören zur Ladenversion.", nil},
		{PlatformAmazon, "Please pay the $20 by Alipay, the logo is in photo 4.", []Kind{OffPlatformPayment}},
		// A telegraphic transfer is a bank transfer.
		{PlatformAmazon, "For future orders over 500 units you can skip Amazon checkout: we send proforma invoice, you pay by TT, and you save around 15%.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{PlatformAmazon, "For the next batch you can pay via telegraphic transfer to our company account.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{PlatformAmazon, "Your TT 2 speaker ships tomorrow by DHL.", nil},
	}, ContactInfo, OffPlatformPayment, OffPlatformOrder)
}

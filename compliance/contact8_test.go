package compliance

import "testing"

// Links, contact details and payments the rules used to miss, with their
// near-misses: links whose dot is a look-alike, a bullet or an emoji
// between spaces, a Japanese ドット, letters spaced out before a spelled
// dot, t.me written with a space; addresses of a shop's shared mailbox,
// read out with commas, in Arabic or with アットマーク; shortened chat links
// and social pages written to; the handles of a post followed and then
// messaged there; LINE IDs after a full stop; Nordic wallets, cash on
// delivery outside the platform, gift card codes and invoices sent by
// hand, refunds to the buyer's own account.
func TestContact8Links(t *testing.T) {
	const link, contact = ExternalLink, ContactInfo
	checkKindCases(t, []kindCase{
		// Look-alike dots, bullets and emoji.
		{PlatformTikTok, "full tutorial here 👉 bit⋅ly/lashguide", link, true},
		{PlatformAmazon, "See the setup video at tinyurl⸱com/setupvid today.", link, true},
		{PlatformAmazon, "Members get early access at 🔗 plantpals 🔹 com/vip every month.", link, true},
		{PlatformShopee, "Mời anh vào web dochoiviet • vn để xem thêm mẫu.", link, true},
		{PlatformAmazon, "Colours: navy • white • sage • com fort.", link, false},
		{PlatformAmazon, "Available in Sage 🌿 Cream 🌿 Navy.", link, false},
		{PlatformAmazon, "Cotton • uk sizes • machine washable", link, false},
		// Spaced letters and a spelled dot; a Japanese dot; a word TLD.
		{PlatformAmazon, "Our store is on r i v e r s t o n e dot c o m now.", link, true},
		{PlatformAmazon, "Find the guide at k i t c h e n a r t punto e s please.", link, true},
		{PlatformAmazon, "Grades A B C D dot a b c on the chart.", link, false},
		{PlatformAmazon, "The manual video is at printwerk ドット com.", link, true},
		{PlatformAmazon, "Browse the portfolio at annasketches dot studio before ordering.", link, true},
		{PlatformAmazon, "The charging indicator dot shows green when full.", link, false},
		{PlatformAmazon, "The red dot design award winner.", link, false},
		{PlatformAmazon, "Our recording studio is in Leeds.", link, false},
		// t.me and wa.me with a space for the dot.
		{PlatformAmazon, "Need help? Our team is on t me slash brightlamp_support all day.", link, true},
		{PlatformAmazon, "Need help? Our team is on t me slash brightlamp_support all day.", contact, true},
		{PlatformShopee, "Chat admin di wa me / 6281234567890 ya kak.", contact, true},
		{PlatformAmazon, "Let me slash the price for you.", link, false},
		{PlatformAmazon, "Tell me / show me a photo of the damage.", link, false},
	})
	checkKindsAmong(t, []kindsCase{
		// A shared mailbox spelled out is an address, not a site.
		{PlatformTikTok, "pls email hello at bloomcrate dot co with ur order number", []Kind{contact}},
		{PlatformAmazon, "Send the photos to info at gartenhaus dot de and we'll check.", []Kind{contact}},
		{PlatformAmazon, "More info at gartenhaus dot de.", []Kind{link}},
		{PlatformAmazon, "Say hello at the front desk when you collect.", nil},
		// Read out with commas, in Arabic, with アットマーク.
		{PlatformAmazon, "Our email got cut off: it's sam, underscore, fix, at gmail, dot com.", []Kind{contact}},
		{PlatformAmazon, "للاستفسار راسلنا على support.alnoor على هوتميل دوت كوم", []Kind{contact}},
		{PlatformAmazon, "الطلب وصل على أمازون اليوم.", nil},
		{PlatformAmazon, "お問い合わせは info アットマーク kagu-ya.jp までお願いします。", []Kind{contact}},
	}, link, contact)
}

func TestContact8Contact(t *testing.T) {
	const contact = ContactInfo
	checkKindCases(t, []kindCase{
		// A shortened link called a chat, or with the app in its path.
		{PlatformLazada, "Chat kami langsung di s.id/adminsepatu biar cepat.", contact, true},
		{PlatformShopee, "Order cepat lewat bit.ly/tokobatikWA ya kak", contact, true},
		{PlatformShopee, "Cara pakai lengkap di bit.ly/carapakaiserum ya kak.", contact, false},
		{PlatformAmazon, "Assembly video: bit.ly/desk-assembly", contact, false},
		// A social page the buyer is asked to write to.
		{PlatformAmazon, "Zapraszam na fanpage facebook.com/sklep.ani, proszę napisać tam wiadomość.", contact, true},
		{PlatformAmazon, "لمزيد من الصور زوروا instagram.com/bait.alward وراسلنا هناك.", contact, true},
		{PlatformAmazon, "More photos at instagram.com/casaverde.home, follow for the new colours.", contact, false},
		{PlatformAmazon, "See the photos at instagram.com/casaverde.home and message us here on Amazon with any questions.", contact, false},
		{PlatformShopee, "Bạn ghé fanpage facebook.com/giayxinh.vn để nhận mã giảm giá nhé!", contact, false},
		// A dash ends the denial before it.
		{PlatformTikTok, "Hey! We do bigger sizes too but those aren't on TikTok Shop — DM us on IG @bigsizeco and we'll sort you out.", contact, true},
		{PlatformTikTok, "Sorry, we can't DM on IG — please keep the chat here.", contact, false},
		// Followed, then written to there.
		{PlatformShopee, "Follow IG kami @tokohijab.id buat update, bisa juga chat di sana kalau mau tanya stok.", contact, true},
		{PlatformAmazon, "Seguici su Instagram @casa.bella per le novità e scrivici lì se hai domande.", contact, true},
		{PlatformAmazon, "مرحباً، تابعينا على انستغرام abaya.lulua وتقدرين تطلبين مباشرة من هناك.", contact, true},
		{PlatformAmazon, "Follow us on Instagram @casa.bella for the new colours!", contact, false},
		{PlatformShopee, "Oi! Chama a gente no direct do insta @loja.flor, lá tem mais modelos.", contact, true},
		{PlatformShopee, "Não temos esse modelo na loja, desculpa.", contact, false},
		// Nicknames, LINE IDs after a full stop, Korean LINE.
		{PlatformAmazon, "Ping me on the paper plane app, I'm @deskfix_mike there.", contact, true},
		{PlatformShopee, "尺寸不確定的話可以加我們的賴，ID 是 ruby_shop88 喔！", contact, true},
		{PlatformAmazon, "使い方はLINEでご案内します。ID：ｍｏｎｏ＿ｓｈｏｐ までご連絡ください。", contact, true},
		{PlatformEbay, "문의는 라인 아이디 busanvintage7 로 주세요.", contact, true},
		{PlatformAmazon, "Your order ID: AB12_3456 has shipped.", contact, false},
		{PlatformAmazon, "Please update the app. ID: user_1234 shows on your Amazon account.", contact, false},
		{PlatformAmazon, "Our store is on Line Friends. Order ID: fz_123 is confirmed.", contact, false},
		// "Bell me", "via our WA".
		{PlatformEbay, "Next time just bell me on 0161 555 0923 and we'll sort it.", contact, true},
		{PlatformEbay, "If the courier is late, give Evri a bell on their helpline.", contact, false},
		{PlatformTikTok, "Yang ukuran XL habis kak, tapi bisa PO lewat WA kami ya.", contact, true},
		{PlatformAmazon, "Shipped via our WA warehouse in Seattle.", contact, false},
		// A wallet's phone number with the amount between.
		{PlatformAmazon, "Se preferir, faz um Pix de R$ 89 pra chave (21) 98765-4321 que eu despacho amanhã.", contact, true},
		{PlatformShopee, "Jak chcesz drugą parę, wyślij BLIKa na 604 118 925 i nadam dziś.", contact, true},
	})
}

func TestContact8Payments(t *testing.T) {
	const pay = OffPlatformPayment
	checkKindCases(t, []kindCase{
		// Nordic and Swiss wallets.
		{PlatformAmazon, "Vi sender dig 100 kr på MobilePay, hvis du giver os 5 stjerner.", pay, true},
		{PlatformAmazon, "Vi kan vippse deg 150 kr for bryet.", pay, true},
		{PlatformAmazon, "Du kannst die Differenz per TWINT an 079 123 45 67 schicken.", pay, true},
		{PlatformAmazon, "Vi kan desværre ikke modtage MobilePay, al betaling sker via Amazon.", pay, false},
		{PlatformAmazon, "Betal med MobilePay i Amazons checkout, hvis det er muligt.", pay, false},
		{PlatformAmazon, "Hej! Vi har två till som inte ligger ute på Amazon längre – vill du ha dem kan du swisha 900 kr till oss.", pay, true},
		// Cash on collection, recorded on the platform.
		{PlatformEbay, "No worries, collect from Leeds and pay cash on collection, I'll mark it as paid on eBay.", pay, true},
		{PlatformEbay, "Pay through eBay as usual, I'll mark it as dispatched once it's paid.", pay, false},
		// Cash on delivery around the platform.
		{PlatformAmazon, "I can bring the second unit with my own driver, outside Amazon, you just pay him cash on delivery.", pay, true},
		{PlatformLazada, "Cancel your Lazada order and I'll send it with our own rider, cash on delivery.", pay, true},
		{PlatformAmazon, "الطقم متوفر في موقعنا www.beitalward.com ويمكن الدفع عند الاستلام.", pay, true},
		{PlatformAmazon, "Bir dahaki siparişinizde web sitemiz evimtekstil.com.tr üzerinden daha ucuz, ayrıca kapıda nakit ödeme de var.", pay, true},
		{PlatformLazada, "Cash on delivery is available at checkout, and our own riders deliver in KL.", pay, false},
		{PlatformShopee, "You can choose cash on delivery when you check out on Shopee.", pay, false},
		{PlatformShopee, "Bisa pilih COD di halaman pembayaran Shopee ya kak.", pay, false},
		{PlatformAmazon, "Sorry, cash on delivery isn't offered for this item.", pay, false},
		// Gift card codes sent to the seller.
		{PlatformAmazon, "You can cover the $9 difference with an Apple gift card, just send the card number and PIN here.", pay, true},
		{PlatformAmazon, "Pls send the $20 Steam gift card code here and I'll reserve it.", pay, true},
		{PlatformAmazon, "You can buy a Google Play gift card and send us the code here.", pay, true},
		{PlatformAmazon, "We'll send the $15 gift card code here once it's approved.", pay, false},
		{PlatformAmazon, "You can buy an Amazon gift card and use it at checkout.", pay, false},
		{PlatformAmazon, "Send us a photo of the gift card here if the code doesn't work.", pay, false},
		// Invoices sent by hand.
		{PlatformAmazon, "Happy to engrave it, just email the text to orders@quillco.com and I'll invoice you separately.", pay, true},
		{PlatformLazada, "Untuk pesanan logo bisa email ke sales@printku.id, nanti kami kirim invoice ya.", pay, true},
		{PlatformAmazon, "Order monthly with us direct, we email you an invoice, no Amazon markup.", pay, true},
		{PlatformAmazon, "We'll email you the VAT invoice for your order today.", pay, false},
		{PlatformEbay, "Schreiben Sie mir an info@teile.de, dann schicke ich Ihnen die Rechnung.", pay, false},
		{PlatformAmazon, "If you need a company invoice, we can upload it to your order separately.", pay, false},
		{PlatformEbay, "I'll send you an invoice through eBay so you can pay for both lamps together.", pay, false},
		// Refunds to the buyer's own account or wallet.
		{PlatformShopee, "Sorry the fan not working 😢 We will refund the RM39 to your bank account directly, faster than waiting for Shopee.", pay, true},
		{PlatformTikTok, "Kalau tukar review ke 5 bintang, kami refund RM10 terus ke akaun bank awak.", pay, true},
		{PlatformShopee, "Shopee akan refund ke akaun bank anda dalam 3 hari.", pay, false},
		{PlatformShopee, "Avalie com 5 estrelas, devolvemos R$10 no seu Pix 🥰", pay, true},
		{PlatformShopee, "O reembolso cai no seu Pix pela Shopee em até 3 dias.", pay, false},
		{PlatformAmazon, "i can knock $8 off by sending it to your Apple Cash, amazon refunds take forever lol", pay, true},
		{PlatformAmazon, "Amazon refunds take forever sometimes, but it will land on your card.", pay, false},
		{PlatformShopify, "亲，退款走网站太慢了，我支付宝转账给你。", pay, true},
		// A checkout that does not work, fees and prices compared.
		{PlatformShopify, "Our checkout is acting up, so please just Zelle the $84 to orders@lampco.co.", pay, true},
		{PlatformShopify, "Our checkout is acting up today, please try again in an hour.", pay, false},
		{PlatformEbay, "Also on ozvinyl.com.au, a bit cheaper there and PayID is accepted.", pay, true},
		{PlatformEbay, "Zapraszam na stronę hurtownia.pl, ceny są tam niższe niż na eBay i można płacić przelewem.", pay, true},
		{PlatformTikTok, "diretso bayad sa GCash para walang shipping fee ng TikTok.", pay, true},
		// A wallet paid to a phone number, on the store's own channel.
		{PlatformShopify, "Dopłatę 15 zł prosimy przesłać BLIKiem na numer 601 234 567.", pay, true},
		{PlatformShopify, "W naszym sklepie można zapłacić BLIKiem przy kasie.", pay, false},
	})
}

// TestContact8NearMisses are the wordings next to the new rules that
// stay clean of links, contact details and payments: bullets in lists,
// a carrier's link, the platform's own gift card, invoice, delivery and
// refund, a shortened link to a promotion.
func TestContact8NearMisses(t *testing.T) {
	link, contact, pay := ExternalLink, ContactInfo, OffPlatformPayment
	checkKindsAmong(t, []kindsCase{
		{PlatformAmazon, "Size chart: S • M • L • XL • com pact fit.", nil},
		{PlatformAmazon, "Great for camping ⛺ com fortable and light.", nil},
		{PlatformTikTok, "New shades 💄 rose • nude • berry available now", nil},
		{PlatformAmazon, "We ship via UPS • tracking by email.", nil},
		{PlatformAmazon, "Track it at ups⋅com/track with your number.", nil},
		{PlatformAmazon, "Colour options: black⋅white.", nil},
		{PlatformShopee, "Mã giảm giá ở đây nhé: SALE • 50K", nil},
		{PlatformAmazon, "The app sends a dot notification to your phone.", nil},
		{PlatformAmazon, "The gift card you got from Amazon can be used at checkout.", nil},
		{PlatformAmazon, "Please keep the gift card code private and never send it to anyone.", nil},
		{PlatformAmazon, "Your Amazon gift card balance covers the order.", nil},
		{PlatformShopee, "Kak, klik bit.ly/shopeepromo untuk lihat voucher Shopee ya.", []Kind{link}},
		{PlatformAmazon, "Follow instagram.com/oudhouse for new colours.", []Kind{link}},
		{PlatformAmazon, "Support hours are 9 to 5, message us here anytime.", nil},
		{PlatformTikTok, "thank u!! the tutorial is on our TikTok page 💕", nil},
		{PlatformAmazon, "Let me know if the ID: on the label is unreadable.", nil},
		{PlatformEbay, "You can collect from Leeds, payment through eBay as normal.", nil},
		{PlatformEbay, "I'll mark the item as paid as soon as eBay confirms your payment.", nil},
		{PlatformLazada, "Our own riders deliver the Lazada orders in KL, COD at checkout.", nil},
		{PlatformAmazon, "The driver will call you on delivery, payment is already done on Amazon.", nil},
		{PlatformAmazon, "Pay on delivery is not available in your area, sorry.", nil},
		{PlatformAmazon, "Amazon will email you the invoice once it ships.", nil},
		{PlatformAmazon, "I'll send you the invoice through Amazon messages today.", nil},
		{PlatformShopee, "Refund akan masuk ke akaun ShopeePay anda secara automatik.", nil},
	}, link, contact, pay)
}

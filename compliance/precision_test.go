package compliance

import "testing"

// False findings of fresh batches, by family: a buyer's wish quoted back
// and refused in Italian, Malay, Thai and Vietnamese, impostor warnings in
// Japanese, apps and wallets named as what a product does, the platform's
// own app, page and relay address, carriers' tracking sites and Brazilian
// tax ids; and near-variants that still offer contact, payment or a sale
// off the platform.
func TestPrecisionFamilies(t *testing.T) {
	checkKindsCases(t, []kindsCase{
		// Wishes refused.
		{"amazon", "Gentile cliente, ci ha chiesto se può pagare con bonifico per risparmiare: purtroppo non è possibile, tutti i pagamenti passano da Amazon.", nil},
		{"ebay", "Mi ha chiesto se può pagare con PayPal diretto: purtroppo no, su eBay si paga solo dal carrello.", nil},
		{"amazon", "Capisco la domanda sul bonifico diretto, ma purtroppo non possiamo ricevere pagamenti fuori da Amazon.", nil},
		{"ebay", "Buongiorno, purtroppo non posso accettare pagamenti fuori da eBay (niente bonifico né PayPal diretto).", nil},
		{"shopee", "Cik tanya boleh bayar guna Touch 'n Go terus kepada kami — maaf ya, tak boleh, semua bayaran mesti melalui Shopee.", nil},
		{"lazada", "Encik tanya boleh bayar guna DuitNow terus kepada kami — maaf, tak boleh, bayaran hanya melalui Lazada.", nil},
		{"shopee", "ลูกค้าถามว่าโอนพร้อมเพย์ได้ไหม ขออภัยค่ะ ร้านรับชำระผ่าน Shopee เท่านั้นนะคะ", nil},
		{"tiktok", "Shop không nhận chuyển khoản ngoài TikTok Shop bạn nhé, bạn đặt trực tiếp trên ứng dụng để được bảo vệ đơn hàng.", nil},
		{"shopee", "Bạn đặt trực tiếp trên Shopee nhé, shop giao ngay.", nil},
		// …but a wish granted, or an order taken in another app, is found.
		{"shopee", "Cik tanya boleh bayar guna Touch 'n Go terus kepada kami — boleh, terus transfer RM50 ya.", []Kind{OffPlatformPayment}},
		{"ebay", "Mi ha chiesto se può pagare con bonifico: certo, le mando l'IBAN e risparmia le commissioni di eBay.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{"shopee", "Bạn đặt trực tiếp qua app Zalo nhé.", []Kind{ContactInfo, OffPlatformOrder}},

		// Impostors warned against.
		{"amazon", "当店の名前をかたり、LINEでの連絡や銀行振込を求めるメッセージが確認されています。当店からそのようなお願いをすることは一切ありませんので、ご注意ください。", nil},
		{"ebay", "Be careful, someone send messages using our name asking pay by Western Union. We never do this, please report to eBay.", nil},
		{"ebay", "To save on fees you can pay by Western Union to our account.", []Kind{OffPlatformPayment}},

		// What a product does.
		{"amazon", "Buongiorno, sì: lo smartwatch mostra le notifiche di WhatsApp e Telegram e supporta i pagamenti contactless con Google Pay.", nil},
		{"shopee", "Tai nghe TWS-X15 hỗ trợ nghe gọi Zalo và Messenger rất rõ, pin 30 giờ nha bạn.", nil},
		{"shopee", "Dạ đồng hồ này có báo tin nhắn Zalo, Messenger và cuộc gọi ạ. Bảo hành chính hãng 12 tháng, trung tâm bảo hành Xiaomi: 1800 6608 ạ.", nil},
		{"amazon", "Yep, the case has a card slot on the back that fits a Cash App or Venmo debit card plus your ID.", nil},
		{"tiktok", "The ring light comes with a phone clip and remote — works great for TikTok Live and WhatsApp video calls.", nil},
		{"tiktok", "Hi po! Yung ring light po may phone holder, pang-TikTok live at Zoom, with remote na po.", nil},
		{"shopee", "Цей годинник показує сповіщення з Telegram і Viber, але відповідати з нього не можна.", nil},
		{"shopee", "이 블루투스 스피커는 카카오톡 알림음도 그대로 나와요.", nil},
		// …but the seller's own app, number or live sale is found.
		{"shopee", "Tai nghe hỗ trợ nghe gọi rất rõ, bạn nhắn Zalo 0912 345 678 để shop tư vấn nhé.", []Kind{ContactInfo}},
		{"amazon", "Lo smartwatch mostra le notifiche; per assistenza scriveteci su WhatsApp al 333 123 4567.", []Kind{ContactInfo}},
		{"amazon", "The case fits a debit card; to save fees just send the $30 to my Cash App.", []Kind{OffPlatformPayment}},
		{"tiktok", "Join our TikTok Live tonight at 8pm, flash deals on every ring light!", []Kind{Promotional}},

		// The platform's own app, page and relay address.
		{"tiktok", "Dạ đơn hàng 578213904512345678 đã giao cho GHN, mã vận đơn GHN9XK21, bạn theo dõi trong app TikTok nha.", nil},
		{"shopee", "Bạn vui lòng quay video lúc mở hộp và gửi qua chat Shopee giúp shop nhé, shop sẽ đổi sản phẩm mới cho bạn.", nil},
		{"tiktok", "You can watch the demo on our TikTok: https://www.tiktok.com/@glowlabs/video/7312345678901234567 — it shows how to layer the serum.", nil},
		{"ebay", "Got your message via your @members.ebay.com address, thanks. We'll refund the $5 postage difference through eBay today.", nil},
		{"shopee", "Shop vừa về sản phẩm mới, bạn theo dõi shop để nhận ưu đãi nhé!", []Kind{Promotional}},
		{"amazon", "Message us on Instagram @glowlabs.official for faster replies.", []Kind{ContactInfo}},

		// Carriers' tracking sites; tax ids.
		{"amazon", "您好，您的订单 111-2233445-6677889 已经发货，云途物流单号 YT2245678901234，可以在 https://www.yuntrack.com 查询物流。", nil},
		{"amazon", "It was shipped by YunExpress, tracking number YT2334521098765432, you can check at https://www.yuntrack.com . Normally it takes 7-12 days.", nil},
		{"amazon", "You can check it at http://www.yuntrack.com today.", []Kind{ExternalLink}},
		{"amazon", "The manual is at https://www.glowlabs.io . Normally you won't need it.", []Kind{ExternalLink}},
		{"shopify", "Se preferir, pode pagar a diferença do frete via Pix, chave CNPJ 12.345.678/0001-90.", []Kind{OffPlatformPayment}},
		{"shopify", "Se preferir, pode pagar a diferença via Pix, chave CPF 123.456.789-09.", []Kind{OffPlatformPayment}},
		{"shopee", "Pode pagar via Pix, chave (21) 98765-4321.", []Kind{ContactInfo, OffPlatformPayment}},

		// A channel to subscribe to is promoted; a page to message is contact.
		{"lazada", "Terima kasih! Jangan lupa subscribe channel YouTube kami 'Dapur Kak Yah' untuk resipi guna periuk ni 😊", []Kind{Promotional}},
		{"shopee", "Hello po! Follow niyo po FB page namin 'Kusina ni Aling Nena' para sa updates.", []Kind{ContactInfo, Promotional}},
	})
}

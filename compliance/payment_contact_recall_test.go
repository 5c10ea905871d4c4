package compliance

import "testing"

// Payments and contact details the rules used to miss: money sent to a
// bank named by its account or number, cash handed over in person,
// invoices sent by hand, wallets of more countries, gift card codes sent
// to the seller or by the seller for a review taken down; phone numbers
// read out in Vietnamese, Dutch, Hebrew, Hindi and Ukrainian, LINE,
// Telegram and Snapchat handles — with near-variants that stay clean.
func TestPaymentContactRecall(t *testing.T) {
	const (
		pay     = OffPlatformPayment
		contact = ContactInfo
	)
	checkKindCases(t, []kindCase{
		// A bank named with its account or number.
		{PlatformShopee, "Kak kalau mau retur lebih cepat, transfer aja ongkir kirim ulangnya ke BCA 5271093384 a.n. Rina Kusuma.", pay, true},
		{PlatformLazada, "To skip Lazada's long return process, just transfer the RM15 postage to our CIMB account and we'll send it out.", pay, true},
		{PlatformLazada, "Please send the RM20 balance to our Maybank account and I'll post it today.", pay, true},
		{PlatformLazada, "이 색상은 앱에 재고가 없는데, 국민은행 123-45-6789012로 45,000원 입금해 주시면 따로 보내드릴 수 있어요.", pay, true},
		{PlatformLazada, "Για 50 τεμάχια σας κάνω 4€ το ένα, πληρωμή με κατάθεση στην Πειραιώς.", pay, true},
		{PlatformAmazon, "Merhaba Ayşe Hanım, değişim yerine 150 TL'yi IBAN'ınıza direkt gönderebiliriz.", pay, true},
		{PlatformAmazon, "Toptan isterseniz ödemeyi banka havalesiyle yaparsınız.", pay, true},
		{PlatformLazada, "Lazada will refund the RM39 to your CIMB account within 5 working days.", pay, false},
		{PlatformLazada, "Pay with your Maybank card at checkout, it's all handled by the app.", pay, false},
		// Cash in person.
		{PlatformEbay, "No need to pay on eBay for the amp, just bring £250 cash when you pick it up.", pay, true},
		{PlatformEbay, "Happy to let you have the second one for £40 cash if you pick it up.", pay, true},
		{PlatformShopee, "Sis, sa susunod na order diretso ka na lang sa amin, meet-up tayo sa Cubao tapos cash.", pay, true},
		{PlatformAmazon, "You can swing by and grab a new unit, $35 cash and we'll cancel the Amazon one.", pay, true},
		{PlatformEbay, "We don't take cash, please pay through eBay checkout.", pay, false},
		{PlatformAmazon, "Your card gives you 5% cash back on Amazon purchases.", pay, false},
		{PlatformEbay, "The courier charged £9 extra for the oversize parcel, sorry about that.", pay, false},
		// Invoices sent by hand.
		{PlatformAmazon, "To avoid the Amazon marketplace fees we'd invoice your practice directly.", pay, true},
		{PlatformAmazon, "We can skip Amazon for the remaining 3 pallets, we'll invoice your company directly on net-30.", pay, true},
		{PlatformShopify, "Text me and I'll set one aside and send you a Square invoice directly.", pay, true},
		{PlatformEbay, "Schreiben Sie mir an, Zahlung per Vorkasse.", pay, true},
		{PlatformAmazon, "Orders are confirmed by proforma invoice and T/T payment.", pay, true},
		{PlatformAmazon, "The invoice for your order is available directly in your Amazon account.", pay, false},
		// Wallets and services.
		{PlatformAmazon, "Scrivimi e paghi con Satispay, così evitiamo le commissioni di Amazon.", pay, true},
		{PlatformLazada, "Kak, refund kami kirim via ShopeePay aja ya biar cepet, soalnya Lazada prosesnya lama.", pay, true},
		{PlatformShopee, "Pay with ShopeePay at checkout to get extra coins.", pay, false},
		{PlatformLazada, "Kedai kami dah ada website sendiri, boleh order di sana dan bayar guna FPX.", pay, true},
		{PlatformAmazon, "סליחה על הטעות. אני מחזיר לך 40 ₪ בביט עכשיו.", pay, true},
		{PlatformLazada, "שלח לי 150 ₪ בהעברה בנקאית ואשלח לך את הדגם החדש.", pay, true},
		{PlatformAmazon, "Θα σας επιστρέψουμε τα 12€ μέσω IRIS.", pay, true},
		{PlatformAmazon, "أبشر، فرق السعر نرجعه لك تحويل على STC Pay.", pay, true},
		{PlatformAmazon, "Поверну вам 300 грн на картку моно одразу.", pay, true},
		{PlatformAmazon, "Could you please send the $12 to us through Wise?", pay, true},
		{PlatformEbay, "Aynı halıdan isterseniz Wise ile €180 gönderin.", pay, true},
		{PlatformEbay, "Als je de €35 via Tikkie doet in plaats van via eBay, kan ik het vandaag versturen.", pay, true},
		{PlatformLazada, "ถ้าเอาโอนทรูมันนี่มา 890 บาท เดี๋ยวแพ็คส่งให้เลยค่ะ", pay, true},
		{PlatformShopify, "A quien nos deja cinco estrellas le hacemos un Bizum de 5 € como agradecimiento.", pay, true},
		// Gift card codes.
		{PlatformEbay, "If you can't do PayPal, an Amazon gift card code sent here works too.", pay, true},
		{PlatformAmazon, "Just cover the $8 exchange shipping by sending an Amazon gift card code here.", pay, true},
		{PlatformAmazon, "If you take down the 2-star review, we'll email you a $20 gift card straight away.", pay, true},
		{PlatformAmazon, "I'll send you a $10 Amazon gift card code by email if you update your review.", pay, false},
		{PlatformAmazon, "I will say thanks by sending a gift card code here.", pay, false},
		// Phone numbers read out in words.
		{PlatformShopee, "Bạn kết bạn Zalo của shop số không chín không chín, một hai ba, bốn năm sáu nhé.", contact, true},
		{PlatformShopee, "Năm nay shop không bán mẫu này nữa, bạn thông cảm nhé.", contact, false},
		{PlatformEbay, "Bel even: nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig.", contact, true},
		{PlatformAmazon, "תשלח לי סרטון בוואטסאפ: אפס חמש ארבע, שבע שלוש שתיים, אחת אחת שמונה תשע.", contact, true},
		{PlatformShopify, "किसी भी समस्या के लिए हमें सीधे कॉल करें: नौ आठ एक शून्य, चार चार दो, सात सात एक।", contact, true},
		{PlatformAmazon, "Напишіть мені у вайбер: нуль дев'яносто сім, сто двадцять три, сорок п'ять, шістдесят сім.", contact, true},
		{PlatformAmazon, "For rush orders of the tags, text our owner Dana at 4️⃣1️⃣5️⃣-2️⃣0️⃣8️⃣-7️⃣7️⃣1️⃣9️⃣.", contact, true},
		{PlatformEbay, "Jeśli chce Pan więcej sztuk, proszę dzwonić 600 123 456.", contact, true},
		// Handles.
		{PlatformAmazon, "ご不明点があればLINE（ID：hikari_shop88）までお気軽にどうぞ。", contact, true},
		{PlatformAmazon, "ご不明点があればこちらのメッセージでお気軽にどうぞ。", contact, false},
		{PlatformShopee, "Sorry the refund is stuck. Tele me @gadgetbay_sg and I'll sort it.", contact, true},
		{PlatformTikTok, "Snap me at chris.kickz.plug, I'll send better pics.", contact, true},
		{PlatformTikTok, "Snap the lid on firmly before shaking.", contact, false},
		{PlatformTikTok, "العطر خلص من المتجر، ضيفني سناب oud.bu3li ونتفاهم على السعر", contact, true},
		{PlatformShopee, "Kurtek XL już nie ma, napisz na Messengerze do 'Szafa Oli', dogadamy się.", contact, true},
	})
}

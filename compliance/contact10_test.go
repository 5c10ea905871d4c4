package compliance

import "testing"

// Holdout47–50's contact details and links: phone numbers spaced digit by
// digit, with a letter O for a zero, in Bengali digits, for DANA, UPI and
// bKash; a handle spelled out after the at sign; Instagram's "direct"; the
// Turkish at sign; a bare .my domain given after a colon. Beside them the
// buyer's own email or bank details asked for a payment, a product's
// sharing feature, a QC code, a carrier's tracking page, a Shopify store's
// own pages, a Bengali refusal.
func TestContact10(t *testing.T) {
	checkKindCases(t, []kindCase{
		// Violations.
		{PlatformAmazon, "Bhaiya ye number save kar lo - 9 1 7 3 3 0 2 8 4 5 - delivery ke time call karna.", ContactInfo, true},
		{PlatformAmazon, "Bhai 98765O4321 pe UPI bhej do, aaj hi dispatch kar denge.", ContactInfo, true},
		{PlatformShopee, "Kak, Kirim DANA saja ke 0813-4455-6677 a.n. Sari ya, langsung dikirim.", ContactInfo, true},
		{PlatformEbay, "Ar lagle bKash korun 01819-224466 e, eBay charge dite hobe na.", ContactInfo, true},
		{PlatformAmazon, "যেকোনো প্রশ্নে আমাদের হোয়াটসঅ্যাপে লিখুন: +৯১ ৯৭৩১২ ৪৪৫৬০", ContactInfo, true},
		{PlatformTikTok, "restock info? DM me @ m i a . c r a f t s on IG", ContactInfo, true},
		{PlatformShopee, "Segue a gente no insta @lojaflor e me chama no direct pra tirar dúvidas!", ContactInfo, true},
		{PlatformAmazon, "Bize bilgi et işareti ornekdukkan nokta com adresinden ulaşabilirsiniz.", ContactInfo, true},
		{PlatformEbay, "Our own web shop is live with more colours: kainbatik.my - cheaper there.", ExternalLink, true},
		{PlatformAmazon, "Ring us on area code 020 7946 0832 any weekday.", ContactInfo, true},
		{PlatformShopify, "Our sister label just opened at fernandmoss.com - take a look.", ExternalLink, true},

		// Clean near-twins.
		{PlatformAmazon, "Bize bilgi et işareti ornekdukkan nokta com adresinden ulaşabilirsiniz.", ExternalLink, false},
		{PlatformAmazon, "The doorbell app can share each recording to WhatsApp or email straight from the app.", ContactInfo, false},
		{PlatformAmazon, "The smart speaker reads out WhatsApp or email notifications aloud.", ContactInfo, false},
		{PlatformEbay, "I'll refund the $8 via Wise - just send me your email so the payment request reaches you.", ContactInfo, false},
		{PlatformAmazon, "please give your email so I can bill you separately, pay by bank transfer.", ContactInfo, false},
		{PlatformTikTok, "so sorry! I'll return the £3 by bank transfer, whats ur sort code and account no?", ContactInfo, false},
		{PlatformEbay, "It ships with Royal Mail tomorrow, whats your preferred delivery day?", ContactInfo, false},
		{PlatformAmazon, "The QC code (020-7946-0555) from the factory sits on the base label; please send a photo of it here.", ContactInfo, false},
		{PlatformAmazon, "Track the parcel at https://www.delhivery.com/track/package/1234567890123 - due Friday.", ExternalLink, false},
		{PlatformShopify, "To exchange, visit willowandwick.co.uk/returns with your order #2210.", ExternalLink, false},
		{PlatformShopify, "You can buy the refills straight from our website at www.willowandwick.co.uk under Candles.", ExternalLink, false},
		{PlatformAmazon, "দুঃখিত, আমরা ফোন বা হোয়াটসঅ্যাপে যোগাযোগ করতে পারি না, এখানেই লিখুন।", ContactInfo, false},
		{PlatformAmazon, "We can't give out our WhatsApp here, please keep messaging on Amazon.", ContactInfo, false},
		{PlatformShopee, "Segue a gente no insta @lojaflor pra ver as novidades!", ContactInfo, false},
		{PlatformAmazon, "Siparişiniz kargoda, sorunuz olursa buradan yazabilirsiniz.", ContactInfo, false},
	})
}

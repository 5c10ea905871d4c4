package compliance

import "testing"

// Contact details the fresh batches wrote in new ways: a number before
// its verb, a wallet's phone number, a Portuguese "in our" that is not a
// "no", a handle messaged after it, a page messaged in Thai and
// Vietnamese, Line spelled one letter at a time; and their near-variants
// that stay clean: order, tracking and carriers' numbers, pages only
// mentioned, "line" as a word.
func TestContactFamilies(t *testing.T) {
	checkKindCases(t, []kindCase{
		// A number before the verb: Hindi and Urdu in Latin letters.
		{"amazon", "Koi dikkat ho to 91234 56780 pe call karo, main khud dekh lunga.", ContactInfo, true},
		{"amazon", "Baaki paise 9123456780 pe UPI bhej dijiye.", ContactInfo, true},
		{"amazon", "Aapka order 4031234567 pe ship ho gaya hai, kal tak pahunch jayega.", ContactInfo, false},
		{"amazon", "Tracking 9123456780 pe status dekh lijiye, courier kal aayega.", ContactInfo, false},
		{"amazon", "Delhivery ka helpline 1800 208 6000 pe call kar lijiye.", ContactInfo, false},
		// A wallet whose account is a phone number.
		{"ebay", "For the spare set it's $60, Zelle to 646-555-0182 and I ship Monday.", ContactInfo, true},
		{"ebay", "Your order 12-34567-89012 shipped Monday, tracking is on the order page.", ContactInfo, false},
		// Portuguese "no nosso", "na nossa": a place, not a denial.
		{"shopee", "No nosso Instagram @casa.bordados tem mais cores, é só chamar.", ContactInfo, true},
		{"shopee", "Não temos Instagram, fale com a gente aqui mesmo pelo chat da Shopee.", ContactInfo, false},
		// A handle, then the message to it.
		{"shopify", "作品の相談は ＠ｋｉｎａ＿ｐｏｔｔｅｒｙ にDMしてください。", ContactInfo, true},
		{"shopee", "ลูกค้าทัก @baan.pha ได้เลยค่ะ", ContactInfo, true},
		{"shopify", "Follow @kina.pottery for the spring glaze reveal!", ContactInfo, false},
		// A page messaged.
		{"shopee", "Có gì chị ib page giúp em nha.", ContactInfo, true},
		{"shopee", "Chị nhắn trang Facebook của shop nhé, em gửi mẫu cho.", ContactInfo, true},
		{"lazada", "ทักอินบ็อกซ์เพจเฟซบุ๊กร้านได้เลยค่ะ", ContactInfo, true},
		{"shopee", "Có gì chị inbox shop ngay trên Shopee nha.", ContactInfo, false},
		{"lazada", "เพจเฟซบุ๊กของร้านมีรีวิวจากลูกค้าเยอะค่ะ", ContactInfo, false},
		// Line spelled out one letter at a time.
		{"shopee", "可以私訊我們的 L I N E 喔：@ abc_shop", ContactInfo, true},
		{"amazon", "Please sign on the dotted line when the courier arrives.", ContactInfo, false},
		{"shopee", "This cable is 1 m long, a l i n e of text is printed on it.", ContactInfo, false},
	})
}

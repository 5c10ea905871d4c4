package compliance

import (
	"strings"
	"testing"
)

// typicalReply is a 500-byte agent reply of the kind the composer checks
// on every keystroke pause: order and tracking numbers, a price, a date, a
// carrier link and a neutral review request.
const typicalReply = "Hi Sarah,\n\nThank you for contacting us about order 114-3941689-8772232. We're sorry the blender " +
	"arrived with a cracked lid. We have issued a partial refund of $12.50 and a replacement lid ships today with UPS, " +
	"tracking 1Z999AA10123456784 (https://www.ups.com/track?tracknum=1Z999AA10123456784). It should arrive by Friday, " +
	"March 15. If you have a moment once everything is sorted, please consider leaving a review of the product; your " +
	"feedback helps other buyers.\n\nBest regards,\nMaya, Customer Care"

// BenchmarkCheck measures one check of a typical reply; the target is well
// over 5,000 messages a second on one core.
func BenchmarkCheck(b *testing.B) {
	trainedModel() // once per process, before the first check: BenchmarkModelTraining
	for _, bc := range []struct{ name, text string }{
		{"clean-en", typicalReply},
		{"violations-en", "Hi! Leave us a 5-star review and we'll refund $10 via PayPal. Questions? WhatsApp me on +1 415 555 0132 or email help@shop.com, and follow us on Instagram @shop for 20% off your next order at www.shop.com. " + strings.Repeat("Thanks again! ", 10)},
		{"zh", "亲，您的订单 231122QWERTY12 已发货，顺丰单号 SF1234567890123，预计后天送达。收到货如果满意的话，欢迎在平台上给我们留下评价，谢谢支持！有任何问题请在这里留言，我们会第一时间回复您。" + strings.Repeat("谢谢您的耐心等待。", 6)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				Check(PlatformAmazon, bc.text)
			}
		})
	}
}

// BenchmarkModelTraining builds the model from the embedded labelled sets,
// as the first Check of a process does: reading and tokenizing the sets,
// then the regressions. It must stay well under the 300 ms a command-line
// user notices.
func BenchmarkModelTraining(b *testing.B) {
	for b.Loop() {
		docs, err := readTrainingSets()
		if err != nil {
			b.Fatal(err)
		}
		trainModel(docs, defaultModelParams)
	}
}

package classify

import (
	"strings"
	"testing"
)

// clean keeps the buyer's words and drops what marketplaces and mail
// clients wrap around them, and the identifiers in between.
func TestClassifyCleanKeepsTheBuyersWords(t *testing.T) {
	for _, tc := range []struct {
		name, in    string
		keep, avoid []string
	}{
		{"amazon relay",
			"------------- Begin message -------------\nWhere is my parcel?\n------------- End message -------------\nTo help protect your privacy, we ask you to report questionable activity.",
			[]string{"Where is my parcel?"}, []string{"report", "privacy", "Begin message"}},
		{"quoted reply",
			"Still nothing, please check.\n\nOn Tue, 3 Mar 2026 at 10:14, Acme <support@acme.example> wrote:\n> Your order has shipped.",
			[]string{"Still nothing"}, []string{"has shipped", "wrote"}},
		{"identifiers",
			"Order 113-4958204-2203412, tracking SPXMY0123456789, see https://track.example/x?id=9 or mail me at a.b@example.com. Charged $39.99 twice, 2x.",
			[]string{"Order", "tracking", "see", "Charged $", "twice", "2x"},
			[]string{"113", "SPXMY", "https", "example.com", "39.99"}},
		{"order number glued to chinese", "订单号2405123456还没到", []string{"订单号", "还没到"}, []string{"2405"}},
		{"signature", "Refund please.\nSent from my iPhone", []string{"Refund please."}, []string{"iPhone"}},
	} {
		got := clean(tc.in)
		for _, k := range tc.keep {
			if !strings.Contains(got, k) {
				t.Errorf("%s: %q lost %q", tc.name, got, k)
			}
		}
		for _, a := range tc.avoid {
			if strings.Contains(got, a) {
				t.Errorf("%s: %q kept %q", tc.name, got, a)
			}
		}
	}
}

// Long input is cut at a character boundary, never in the middle of one.
func TestClassifyCleanBoundsLongInput(t *testing.T) {
	in := strings.Repeat("退款", maxRawBytes)
	got := clean(in)
	if len(got) > maxCleanBytes+1 || !strings.HasPrefix(got, "退款") || strings.ContainsRune(got, '\uFFFD') {
		t.Errorf("len %d, prefix %q", len(got), got[:min(len(got), 12)])
	}
}

// Traditional and simplified Chinese, and Vietnamese with and without
// diacritics, read the same to the intent model and the lexicon.
func TestClassifyFoldUnifiesSpellings(t *testing.T) {
	for _, tc := range [][2]string{
		{"退貨還沒收到錢", "退货还没收到钱"},
		{"Hoàn tiền cho tôi", "hoan tien cho toi"},
		{"REEMBOLSÓ", "reembolso"},
		{"ＡＢＣ１２３", "abc123"},
	} {
		if a, b := fold(tc[0]), fold(tc[1]); a != b {
			t.Errorf("fold(%q) = %q, fold(%q) = %q", tc[0], a, tc[1], b)
		}
	}
}

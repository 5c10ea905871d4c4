package search

import "testing"

func TestCountFollowsTheIndexRules(t *testing.T) {
	tests := []struct {
		query, text string
		want        []int
	}{
		{"refund", "Refund please, I was refunded twice? No refunds yet.", []int{3}},
		{"退款", "我要退款。退款什么时候到？退货款", []int{2}},
		{`"hoan tien"`, "Tôi muốn hoàn tiền. Hoàn tiền ngay!", []int{2}},
		{"hoan tien", "Tôi muốn hoàn tiền", []int{1, 1}},
		{"112-3456789-1234567", "order 112-3456789-1234567 and 112-3456789-1234568", []int{1}},
		{"คืนเงิน", "ฉันต้องการคืนเงิน", []int{1}},
		{"tracking", "no match here", []int{0}},
	}
	for _, tt := range tests {
		q := Parse(tt.query)
		got := q.Count(Tokens(tt.text))
		if len(got) != len(tt.want) {
			t.Fatalf("%q in %q: counts %v, want %v", tt.query, tt.text, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q in %q: counts %v, want %v", tt.query, tt.text, got, tt.want)
			}
		}
	}
}

func TestScoreRanksFrequentAndShortMatchesHigher(t *testing.T) {
	once := Score([]int{1}, 50, 50)
	thrice := Score([]int{3}, 50, 50)
	longOnce := Score([]int{1}, 500, 50)
	if !(thrice > once && once > longOnce) {
		t.Errorf("scores once=%v thrice=%v long=%v: want thrice > once > long", once, thrice, longOnce)
	}
	if Score([]int{0}, 10, 50) != 0 {
		t.Error("no occurrence must score 0")
	}
	// Saturation: the tenth occurrence adds less than the second.
	if Score([]int{10}, 50, 50)-Score([]int{9}, 50, 50) >= Score([]int{2}, 50, 50)-once {
		t.Error("term frequency does not saturate")
	}
}
